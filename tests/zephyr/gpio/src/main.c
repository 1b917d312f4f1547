/*
 * Test of AtomVM's gpio module on native_sim's gpio_emul controller: a thread copies the
 * level of output pin 1 to input pin 2 every millisecond (a wire between them), and the
 * VM runs gpio_test.erl, which prints "Return value: ...".
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <zephyr/kernel.h>
#include <zephyr/drivers/gpio.h>
#include <zephyr/drivers/gpio/gpio_emul.h>
#include <zephyr/sys/printk.h>

#include "avm_test.h"

extern const uint8_t atomvm_avm_gpio_test[];
extern const size_t atomvm_avm_gpio_test_len;

static const struct device *const gpio0 = DEVICE_DT_GET(DT_NODELABEL(gpio0));

static void wire(void *a, void *b, void *c)
{
	ARG_UNUSED(a);
	ARG_UNUSED(b);
	ARG_UNUSED(c);
	for (;;) {
		int level = gpio_emul_output_get(gpio0, 1);

		if (level >= 0) {
			/* Fails (harmlessly) until the program makes pin 2 an input. */
			(void)gpio_emul_input_set(gpio0, 2, level);
		}
		k_msleep(1);
	}
}

K_THREAD_DEFINE(wire_thread, 1024, wire, NULL, NULL, NULL, 5, 0, 0);

int main(void)
{
	avm_test_run("gpio_test", atomvm_avm_gpio_test, atomvm_avm_gpio_test_len);
	return 0;
}
