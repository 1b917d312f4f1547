/*
 * The project's Erlang differential tests (tests/erlang) on a Zephyr target: every module
 * runs in a fresh VM, and its result must print exactly as OTP's did on the build host
 * (the table comes from expected.escript). It ends with "N passed, N failed", then, when
 * some failed, twister's "PROJECT EXECUTION FAILED" so that twister stops at once instead
 * of waiting for its timeout (the console harness only knows the passing line).
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <string.h>

#include <zephyr/kernel.h>
#include <zephyr/sys/printk.h>
#include <zephyr/sys/sys_heap.h>

#include <atomvm.h>

#include "suite.h"

extern const uint8_t atomvm_avm_suite[];
extern const size_t atomvm_avm_suite_len;
extern const uint8_t atomvm_avm_lib[];
extern const size_t atomvm_avm_lib_len;

/* Large enough for the longest expected result (bin_sub_offset: 30 KB). */
static char got[65536];

/* Bytes allocated on the kernel heap: what a VM leaves behind after atomvm_deinit() shows
 * up as growth between tests.
 */
static size_t heap_allocated(void)
{
	extern struct k_heap _system_heap;
	struct sys_memory_stats s;

	return sys_heap_runtime_stats_get(&_system_heap.heap, &s) == 0 ? s.allocated_bytes : 0;
}

static bool run_one(const struct suite_case *c)
{
	printk("RUN %s\n", c->module);
	int r = atomvm_init();

	if (r == ATOMVM_OK) {
		r = atomvm_load_avm(atomvm_avm_suite, atomvm_avm_suite_len);
	}
	if (r == ATOMVM_OK) {
		r = atomvm_load_avm(atomvm_avm_lib, atomvm_avm_lib_len);
	}
	if (r == ATOMVM_OK) {
		r = atomvm_start(c->module);
	}
	if (r == ATOMVM_OK) {
		r = atomvm_run();
	}
	bool ok = false;

	if (r >= 0) {
		int n = atomvm_result(got, sizeof(got));

		ok = r == ATOMVM_RUN_RETURNED && n >= 0 && (size_t)n < sizeof(got) &&
		     strcmp(got, c->expected) == 0;
		if (ok) {
			printk("PASS %s\n", c->module);
		} else {
			printk("FAIL %s: got %s (run %d), expected %s\n", c->module, got, r,
			       c->expected);
		}
	} else {
		printk("FAIL %s: C API error %d\n", c->module, r);
	}
	atomvm_deinit();
	return ok;
}

int main(void)
{
	size_t passed = 0;
	size_t failed = 0;
	size_t leaked = 0;
	size_t base = heap_allocated();

	printk("AtomVM Erlang suite on %s: %zu modules\n", CONFIG_BOARD_TARGET,
	       suite_case_count);
	for (size_t i = 0; i < suite_case_count; i++) {
		if (run_one(&suite_cases[i])) {
			passed++;
		} else {
			failed++;
		}
		size_t now = heap_allocated();

		if (now > base) {
			printk("LEAK %s: %zu bytes still allocated after atomvm_deinit\n",
			       suite_cases[i].module, now - base);
			leaked++;
			base = now;
		}
	}
	printk("%zu modules leaked memory\n", leaked);
	printk("%zu passed, %zu failed\n", passed, failed);
	if (failed > 0 || leaked > 0) {
		printk("PROJECT EXECUTION FAILED\n");
	}
	return 0;
}
