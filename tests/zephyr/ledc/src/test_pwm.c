/*
 * A PWM controller for the ledc test: prints every setting ("test-pwm Channel Period
 * Pulse", in cycles of a 1 GHz clock, so nanoseconds) for the console harness.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <zephyr/device.h>
#include <zephyr/drivers/pwm.h>
#include <zephyr/kernel.h>

#define DT_DRV_COMPAT avm_test_pwm

static int test_pwm_set_cycles(const struct device *dev, uint32_t channel, uint32_t period,
			       uint32_t pulse, pwm_flags_t flags)
{
	ARG_UNUSED(dev);
	ARG_UNUSED(flags);
	printk("test-pwm %u %u %u\n", channel, period, pulse);
	return 0;
}

static int test_pwm_cycles_per_sec(const struct device *dev, uint32_t channel, uint64_t *cycles)
{
	ARG_UNUSED(dev);
	ARG_UNUSED(channel);
	*cycles = 1000000000ULL;
	return 0;
}

static DEVICE_API(pwm, test_pwm_api) = {
	.set_cycles = test_pwm_set_cycles,
	.get_cycles_per_sec = test_pwm_cycles_per_sec,
};

DEVICE_DT_INST_DEFINE(0, NULL, NULL, NULL, NULL, POST_KERNEL, CONFIG_KERNEL_INIT_PRIORITY_DEVICE,
		      &test_pwm_api);
