/*
 * Test of AtomVM's i2c module on native_sim's emulated I2C controller: runs i2c_test.erl,
 * which prints "Return value: ...".
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <stddef.h>
#include <stdint.h>

#include "avm_test.h"

extern const uint8_t atomvm_avm_i2c_test[];
extern const size_t atomvm_avm_i2c_test_len;

int main(void)
{
	avm_test_run("i2c_test", atomvm_avm_i2c_test, atomvm_avm_i2c_test_len);
	return 0;
}
