/*
 * CONFIG_ATOMVM_AUTOSTART: a thread that loads the packages the image carries and runs
 * the VM, with no C code from the application.
 *
 * Packages, searched for modules in this order:
 *   1. the `MAIN` package embedded by atomvm_add_avm(... MAIN ...)
 *   2. the partition chosen as `atomvm,main-avm` in the devicetree
 *   3. the `LIB` package embedded by atomvm_add_avm(... LIB ...)
 *   4. the partition chosen as `atomvm,lib-avm`
 * The entry point is the first module exporting start/0, as in AtomVM.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <zephyr/kernel.h>
#include <zephyr/devicetree.h>
#include <zephyr/logging/log.h>
#include <zephyr/storage/flash_map.h>

#include <atomvm.h>

LOG_MODULE_DECLARE(atomvm, CONFIG_ATOMVM_LOG_LEVEL);

/* Defined by the C files atomvm_add_avm() generates, when it was given MAIN or LIB. */
extern const uint8_t atomvm_main_avm[] __weak;
extern const size_t atomvm_main_avm_len __weak;
extern const uint8_t atomvm_lib_avm[] __weak;
extern const size_t atomvm_lib_avm_len __weak;

static int load(const char *what, const uint8_t *data, size_t len)
{
	int r = atomvm_load_avm(data, len);

	if (r != ATOMVM_OK) {
		LOG_ERR("cannot load %s (%d)", what, r);
	}
	return r;
}

static void atomvm_autostart(void *a, void *b, void *c)
{
	ARG_UNUSED(a);
	ARG_UNUSED(b);
	ARG_UNUSED(c);

	if (atomvm_init() != ATOMVM_OK) {
		LOG_ERR("atomvm_init failed");
		return;
	}
	if (atomvm_main_avm != NULL && &atomvm_main_avm_len != NULL) {
		(void)load("embedded main.avm", atomvm_main_avm, atomvm_main_avm_len);
	}
#if DT_HAS_CHOSEN(atomvm_main_avm)
	(void)load("atomvm,main-avm partition",
		   (const uint8_t *)DT_FIXED_PARTITION_ADDR(DT_CHOSEN(atomvm_main_avm)),
		   DT_REG_SIZE(DT_CHOSEN(atomvm_main_avm)));
#endif
	if (atomvm_lib_avm != NULL && &atomvm_lib_avm_len != NULL) {
		(void)load("embedded lib.avm", atomvm_lib_avm, atomvm_lib_avm_len);
	}
#if DT_HAS_CHOSEN(atomvm_lib_avm)
	(void)load("atomvm,lib-avm partition",
		   (const uint8_t *)DT_FIXED_PARTITION_ADDR(DT_CHOSEN(atomvm_lib_avm)),
		   DT_REG_SIZE(DT_CHOSEN(atomvm_lib_avm)));
#endif
	if (atomvm_start(NULL) != ATOMVM_OK) {
		LOG_ERR("nothing to start: no loaded package has a module exporting start/0");
		return;
	}
	int r = atomvm_run();

	LOG_INF("atomvm_run returned %d", r);
}

K_THREAD_DEFINE(atomvm_thread, CONFIG_ATOMVM_THREAD_STACK_SIZE, atomvm_autostart, NULL, NULL,
		NULL, CONFIG_ATOMVM_THREAD_PRIORITY, 0, 0);
