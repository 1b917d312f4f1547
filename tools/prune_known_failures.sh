#!/usr/bin/env bash
# Runs the differential suite and removes from tests/known_failures.txt every module that
# now passes (XPASS). Usage: tools/prune_known_failures.sh [path/to/atomvm]
set -euo pipefail
cd "$(dirname "$0")/.."
vm="${1:-rust/target/release/atomvm}"
xpass=$(python3 tests/harness/run.py --vm "$vm" --known-failures tests/known_failures.txt 2>&1 |
    awk '/^XPASS/ {print $2}')
for m in $xpass; do
    sed -i "/^${m}\([[:space:]#].*\)\?$/d" tests/known_failures.txt
    echo "removed $m"
done
