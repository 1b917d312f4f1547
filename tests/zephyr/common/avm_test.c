/*
 * See avm_test.h.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <zephyr/sys/printk.h>

#include <atomvm.h>

#include "avm_test.h"

extern const uint8_t atomvm_avm_lib[];
extern const size_t atomvm_avm_lib_len;

int avm_test_run(const char *module, const uint8_t *app, size_t app_len)
{
	int r = atomvm_init();

	if (r == ATOMVM_OK) {
		r = atomvm_load_avm(app, app_len);
	}
	if (r == ATOMVM_OK) {
		r = atomvm_load_avm(atomvm_avm_lib, atomvm_avm_lib_len);
	}
	if (r == ATOMVM_OK) {
		r = atomvm_start(module);
	}
	if (r != ATOMVM_OK) {
		printk("AtomVM setup failed: %d\n", r);
		atomvm_deinit();
		return r;
	}
	r = atomvm_run();
	printk("atomvm_run: %d\n", r);
	atomvm_deinit();
	return r;
}
