/*
 * GPIO for AtomVM's gpio module: pin numbers to devicetree GPIO controllers, and the
 * interrupt events queued for the VM's scheduler.
 *
 * Pin 32 * K + N is pin N of the K-th GPIO controller (a node with `gpio-controller` and
 * status okay, in devicetree order): on an nRF52840 gpio0 is P0 and gpio1 is P1, so 35 is
 * P1.03. Interrupt callbacks run in interrupt context: they only queue the pin number and
 * wake the scheduler, which turns the queue into {gpio_interrupt, Pin} messages
 * (avm_zephyr_gpio_next_event). The Rust side calls these functions whatever the
 * configuration: without CONFIG_ATOMVM_GPIO they answer "unsupported".
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stdint.h>

#include <zephyr/kernel.h>

/* Codes shared with rust/zephyr/src/gpio.rs. */
#define AVM_GPIO_NO_PIN      (-100000)
#define AVM_GPIO_UNSUPPORTED (-100001)

void avm_zephyr_wake(void);

#ifdef CONFIG_ATOMVM_GPIO

#include <zephyr/devicetree.h>
#include <zephyr/drivers/gpio.h>
#include <zephyr/sys/util.h>

#define AVM_GPIO_DEV(node)                                                                     \
	IF_ENABLED(DT_NODE_HAS_PROP(node, gpio_controller), (DEVICE_DT_GET(node), ))

static const struct device *const controllers[] = {DT_FOREACH_STATUS_OKAY_NODE(AVM_GPIO_DEV)};

#define N_CONTROLLERS ARRAY_SIZE(controllers)

/* Direction flags last set per pin (a pull is applied on top of them). */
static gpio_flags_t dir_flags[N_CONTROLLERS * 32];
static gpio_flags_t pull_flags[N_CONTROLLERS * 32];
static struct gpio_callback callbacks[N_CONTROLLERS];
static bool callback_added[N_CONTROLLERS];

static uint32_t queue[CONFIG_ATOMVM_GPIO_EVENT_QUEUE];
static unsigned int queue_head, queue_len;
/* Interrupts lost to a full queue (for a debugger; see CONFIG_ATOMVM_GPIO_EVENT_QUEUE). */
static unsigned int queue_dropped;

static int lookup(uint32_t pin, const struct device **dev, gpio_pin_t *n)
{
	uint32_t k = pin / 32;

	if (k >= N_CONTROLLERS || !device_is_ready(controllers[k])) {
		return AVM_GPIO_NO_PIN;
	}
	const struct gpio_driver_config *cfg = controllers[k]->config;

	if ((cfg->port_pin_mask & BIT(pin % 32)) == 0) {
		return AVM_GPIO_NO_PIN;
	}
	*dev = controllers[k];
	*n = pin % 32;
	return 0;
}

static int code(int r)
{
	return r == -ENOTSUP || r == -ENOSYS ? AVM_GPIO_UNSUPPORTED : r;
}

static void push_event(uint32_t pin)
{
	unsigned int key = irq_lock();

	if (queue_len < ARRAY_SIZE(queue)) {
		queue[(queue_head + queue_len) % ARRAY_SIZE(queue)] = pin;
		queue_len++;
	} else {
		queue_dropped++;
	}
	irq_unlock(key);
	avm_zephyr_wake();
}

static void on_interrupt(const struct device *dev, struct gpio_callback *cb, uint32_t pins)
{
	ARG_UNUSED(dev);
	uint32_t k = cb - callbacks;

	while (pins != 0) {
		uint32_t n = find_lsb_set(pins) - 1;

		pins &= pins - 1;
		push_event(k * 32 + n);
	}
}

int avm_zephyr_gpio_mode(uint32_t pin, uint32_t mode)
{
	static const gpio_flags_t modes[] = {GPIO_INPUT, GPIO_OUTPUT, GPIO_OUTPUT | GPIO_OPEN_DRAIN};
	const struct device *dev;
	gpio_pin_t n;
	int r = lookup(pin, &dev, &n);

	if (r != 0) {
		return r;
	}
	if (mode >= ARRAY_SIZE(modes)) {
		return AVM_GPIO_UNSUPPORTED;
	}
	r = gpio_pin_configure(dev, n, modes[mode] | pull_flags[pin]);
	if (r == 0) {
		dir_flags[pin] = modes[mode];
	}
	return code(r);
}

int avm_zephyr_gpio_pull(uint32_t pin, uint32_t pull)
{
	static const gpio_flags_t pulls[] = {GPIO_PULL_UP, GPIO_PULL_DOWN,
					     GPIO_PULL_UP | GPIO_PULL_DOWN, 0};
	const struct device *dev;
	gpio_pin_t n;
	int r = lookup(pin, &dev, &n);

	if (r != 0) {
		return r;
	}
	if (pull >= ARRAY_SIZE(pulls)) {
		return AVM_GPIO_UNSUPPORTED;
	}
	gpio_flags_t dir = dir_flags[pin] != 0 ? dir_flags[pin] : GPIO_INPUT;

	r = gpio_pin_configure(dev, n, dir | pulls[pull]);
	if (r == 0) {
		dir_flags[pin] = dir;
		pull_flags[pin] = pulls[pull];
	}
	return code(r);
}

int avm_zephyr_gpio_write(uint32_t pin, int32_t high)
{
	const struct device *dev;
	gpio_pin_t n;
	int r = lookup(pin, &dev, &n);

	return r != 0 ? r : code(gpio_pin_set_raw(dev, n, high ? 1 : 0));
}

int avm_zephyr_gpio_read(uint32_t pin)
{
	const struct device *dev;
	gpio_pin_t n;
	int r = lookup(pin, &dev, &n);

	return r != 0 ? r : code(gpio_pin_get_raw(dev, n));
}

int avm_zephyr_gpio_trigger(uint32_t pin, uint32_t trigger)
{
	static const gpio_flags_t triggers[] = {GPIO_INT_DISABLE,   GPIO_INT_EDGE_RISING,
						GPIO_INT_EDGE_FALLING, GPIO_INT_EDGE_BOTH,
						GPIO_INT_LEVEL_LOW,  GPIO_INT_LEVEL_HIGH};
	const struct device *dev;
	gpio_pin_t n;
	int r = lookup(pin, &dev, &n);

	if (r != 0) {
		return r;
	}
	if (trigger >= ARRAY_SIZE(triggers)) {
		return AVM_GPIO_UNSUPPORTED;
	}
	uint32_t k = pin / 32;

	if (!callback_added[k] && trigger != 0) {
		gpio_init_callback(&callbacks[k], on_interrupt, UINT32_MAX);
		r = gpio_add_callback(dev, &callbacks[k]);
		if (r != 0) {
			return code(r);
		}
		callback_added[k] = true;
	}
	return code(gpio_pin_interrupt_configure(dev, n, triggers[trigger]));
}

int avm_zephyr_gpio_next_event(uint32_t *pin)
{
	unsigned int key = irq_lock();
	int got = queue_len > 0;

	if (got) {
		*pin = queue[queue_head];
		queue_head = (queue_head + 1) % ARRAY_SIZE(queue);
		queue_len--;
	}
	irq_unlock(key);
	return got;
}

#else /* !CONFIG_ATOMVM_GPIO */

int avm_zephyr_gpio_mode(uint32_t pin, uint32_t mode)
{
	ARG_UNUSED(pin);
	ARG_UNUSED(mode);
	return AVM_GPIO_UNSUPPORTED;
}

int avm_zephyr_gpio_pull(uint32_t pin, uint32_t pull)
{
	ARG_UNUSED(pin);
	ARG_UNUSED(pull);
	return AVM_GPIO_UNSUPPORTED;
}

int avm_zephyr_gpio_write(uint32_t pin, int32_t high)
{
	ARG_UNUSED(pin);
	ARG_UNUSED(high);
	return AVM_GPIO_UNSUPPORTED;
}

int avm_zephyr_gpio_read(uint32_t pin)
{
	ARG_UNUSED(pin);
	return AVM_GPIO_UNSUPPORTED;
}

int avm_zephyr_gpio_trigger(uint32_t pin, uint32_t trigger)
{
	ARG_UNUSED(pin);
	ARG_UNUSED(trigger);
	return AVM_GPIO_UNSUPPORTED;
}

int avm_zephyr_gpio_next_event(uint32_t *pin)
{
	ARG_UNUSED(pin);
	return 0;
}

#endif /* CONFIG_ATOMVM_GPIO */
