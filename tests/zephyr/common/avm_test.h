/*
 * What the peripheral tests' main() share: run one Erlang module of an embedded package,
 * with the standard library package ("lib", atomvm_add_avm(app NAME lib ...)) after it.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#ifndef AVM_TEST_H
#define AVM_TEST_H

#include <stddef.h>
#include <stdint.h>

/* Loads `app` and the library, runs module:start/0 (atomvm_run prints "Return value: ..."),
 * then frees the VM. Returns atomvm_run's result, or the failing setup call's.
 */
int avm_test_run(const char *module, const uint8_t *app, size_t app_len);

#endif
