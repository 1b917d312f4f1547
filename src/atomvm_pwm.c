/*
 * PWM outputs for AtomVM's ledc module: output N is entry N of the pwms property of the
 * devicetree's /zephyr,user node (PWM_DT_SPEC_GET_BY_IDX), set with pwm_set_dt() in
 * nanoseconds (the entry's own period is not used: the module's timer gives it).
 * Without CONFIG_ATOMVM_PWM every call answers "unsupported".
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include <zephyr/kernel.h>

/* Codes shared with rust/zephyr/src/sys.rs. */
#define AVM_NO_SUCH     (-100000)
#define AVM_UNSUPPORTED (-100001)

#ifdef CONFIG_ATOMVM_PWM

#include <zephyr/devicetree.h>
#include <zephyr/drivers/pwm.h>

#define AVM_USER DT_PATH(zephyr_user)

#if DT_NODE_HAS_PROP(AVM_USER, pwms)
#define AVM_PWM_SPEC(node, prop, idx) PWM_DT_SPEC_GET_BY_IDX(node, idx),
static const struct pwm_dt_spec outputs[] = {
	DT_FOREACH_PROP_ELEM(AVM_USER, pwms, AVM_PWM_SPEC)
};
#define AVM_PWM_COUNT ARRAY_SIZE(outputs)
#else
#define AVM_PWM_COUNT 0
#endif

int avm_zephyr_pwm_set(uint32_t channel, uint32_t period_ns, uint32_t pulse_ns)
{
	if (channel >= AVM_PWM_COUNT) {
		return AVM_NO_SUCH;
	}
#if DT_NODE_HAS_PROP(AVM_USER, pwms)
	const struct pwm_dt_spec *spec = &outputs[channel];

	if (!pwm_is_ready_dt(spec)) {
		return -ENODEV;
	}
	int r = pwm_set_dt(spec, period_ns, pulse_ns);

	return r == -ENOSYS || r == -ENOTSUP ? AVM_UNSUPPORTED : r;
#else
	ARG_UNUSED(period_ns);
	ARG_UNUSED(pulse_ns);
	return AVM_NO_SUCH;
#endif
}

#else /* !CONFIG_ATOMVM_PWM */

int avm_zephyr_pwm_set(uint32_t channel, uint32_t period_ns, uint32_t pulse_ns)
{
	ARG_UNUSED(channel);
	ARG_UNUSED(period_ns);
	ARG_UNUSED(pulse_ns);
	return AVM_UNSUPPORTED;
}

#endif
