/*
 * main() of a peripheral test whose only job is to run its Erlang module: the module
 * (and its package, atomvm_add_avm(app NAME <module> ...)) is named by the AVM_TEST
 * definition, e.g. target_compile_definitions(app PRIVATE AVM_TEST=i2c_test).
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <stddef.h>
#include <stdint.h>

#include "avm_test.h"

#define AVM_CAT(a, b)  a##b
#define AVM_XCAT(a, b) AVM_CAT(a, b)
#define AVM_STR(x)     #x
#define AVM_XSTR(x)    AVM_STR(x)
#define AVM_PKG        AVM_XCAT(atomvm_avm_, AVM_TEST)
#define AVM_PKG_LEN    AVM_XCAT(AVM_PKG, _len)

extern const uint8_t AVM_PKG[];
extern const size_t AVM_PKG_LEN;

int main(void)
{
	avm_test_run(AVM_XSTR(AVM_TEST), AVM_PKG, AVM_PKG_LEN);
	return 0;
}
