#!/usr/bin/env python3
"""Prints `size`-style text/data/bss of ELF files (any architecture), so footprint
figures need no cross binutils: text = alloc+exec and read-only sections, data =
writable PROGBITS, bss = NOBITS."""
import struct
import sys


def sizes(path):
    d = open(path, "rb").read()
    if d[:4] != b"\x7fELF":
        raise SystemExit(f"{path}: not an ELF file")
    return elf_sizes(d)


def elf_sizes(d):
    """text, data and bss of the ELF file (or object) whose bytes are `d`."""
    is64 = d[4] == 2
    end = "<" if d[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(end + "Q", d, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", d, 0x3A)
    else:
        shoff, = struct.unpack_from(end + "I", d, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", d, 0x2E)
    text = data = bss = 0
    for i in range(shnum):
        off = shoff + i * shentsize
        if is64:
            _, typ, flags, _, _, size = struct.unpack_from(end + "IIQQQQ", d, off)
        else:
            _, typ, flags, _, _, size = struct.unpack_from(end + "IIIIII", d, off)
        if not flags & 0x2:  # SHF_ALLOC
            continue
        if typ == 8:  # SHT_NOBITS
            bss += size
        elif flags & 0x1:  # SHF_WRITE
            data += size
        else:
            text += size
    return text, data, bss


if __name__ == "__main__":
    print(f"{'text':>9} {'data':>9} {'bss':>9} {'dec':>9}  filename")
    for p in sys.argv[1:]:
        t, da, b = sizes(p)
        print(f"{t:>9} {da:>9} {b:>9} {t + da + b:>9}  {p}")
