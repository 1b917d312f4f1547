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


/* Bytes allocated on the kernel heap: what a VM leaves behind after atomvm_deinit() shows
 * up as growth between tests.
 */
static size_t heap_allocated(void)
{
	extern struct k_heap _system_heap;
	struct sys_memory_stats s;

	return sys_heap_runtime_stats_get(&_system_heap.heap, &s) == 0 ? s.allocated_bytes : 0;
}

/* Prints at most this much of a result on each side of the first difference. */
#define CONTEXT 600

/* Prints s[from, to) (clamped to its length), with "..." where it was cut. */
static void print_part(const char *s, size_t from, size_t to)
{
	static char part[2 * CONTEXT + 1];
	size_t len = strlen(s);

	to = MIN(to, len);
	from = MIN(from, to);
	memcpy(part, s + from, to - from);
	part[to - from] = '\0';
	printk("%s%s%s", from > 0 ? "..." : "", part, to < len ? "..." : "");
}

/* "FAIL mod: got G (run R), expected E", where G and E are cut to the part around their
 * first difference when long (some results are over 100 KB).
 */
static void report_failure(const struct suite_case *c, int r, int n)
{
	size_t i = 0;

	while (suite_got[i] != '\0' && suite_got[i] == c->expected[i]) {
		i++;
	}
	size_t from = i > CONTEXT ? i - CONTEXT : 0;

	printk("FAIL %s: got ", c->module);
	print_part(suite_got, from, i + CONTEXT);
	printk(" (run %d, %d bytes), expected ", r, n);
	print_part(c->expected, from, i + CONTEXT);
	printk("\n");
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
		int n = atomvm_result(suite_got, suite_got_size);

		ok = r == ATOMVM_RUN_RETURNED && n >= 0 && (size_t)n < suite_got_size &&
		     strcmp(suite_got, c->expected) == 0;
		if (ok) {
			printk("PASS %s\n", c->module);
		} else {
			report_failure(c, r, n);
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
