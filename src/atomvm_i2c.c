/*
 * I2C for AtomVM's i2c module: buses by their devicetree node labels (i2c0 ... i2c7, status
 * okay), as controllers. Transfers block the VM's thread for their duration, as the
 * driver's synchronous API does. Without CONFIG_ATOMVM_I2C every call answers
 * "unsupported".
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zephyr/kernel.h>

/* Codes shared with rust/zephyr/src/i2c.rs (and atomvm_gpio.c). */
#define AVM_NO_SUCH     (-100000)
#define AVM_UNSUPPORTED (-100001)

#ifdef CONFIG_ATOMVM_I2C

#include <zephyr/devicetree.h>
#include <zephyr/drivers/i2c.h>

struct avm_i2c_bus {
	const char *name;
	const struct device *dev;
};

#define AVM_I2C_BUS(n)                                                                         \
	IF_ENABLED(DT_NODE_HAS_STATUS(DT_NODELABEL(i2c##n), okay),                             \
		   ({"i2c" #n, DEVICE_DT_GET(DT_NODELABEL(i2c##n))}, ))

static const struct avm_i2c_bus buses[] = {
	AVM_I2C_BUS(0) AVM_I2C_BUS(1) AVM_I2C_BUS(2) AVM_I2C_BUS(3)
	AVM_I2C_BUS(4) AVM_I2C_BUS(5) AVM_I2C_BUS(6) AVM_I2C_BUS(7)
	/* A bus the table always has, so that it is never empty (never matches a name). */
	{NULL, NULL},
};

static int code(int r)
{
	return r == -ENOTSUP || r == -ENOSYS ? AVM_UNSUPPORTED : r;
}

static const struct device *bus_dev(uint32_t bus)
{
	return bus < ARRAY_SIZE(buses) && buses[bus].dev != NULL ? buses[bus].dev : NULL;
}

int avm_zephyr_i2c_open(const uint8_t *name, size_t len, uint32_t hz)
{
	for (size_t i = 0; i < ARRAY_SIZE(buses); i++) {
		const struct avm_i2c_bus *b = &buses[i];

		if (b->name == NULL || strlen(b->name) != len || memcmp(b->name, name, len) != 0) {
			continue;
		}
		if (!device_is_ready(b->dev)) {
			return -ENODEV;
		}
		uint32_t speed = hz <= 100000    ? I2C_SPEED_STANDARD
				 : hz <= 400000  ? I2C_SPEED_FAST
				 : hz <= 1000000 ? I2C_SPEED_FAST_PLUS
						 : I2C_SPEED_HIGH;
		int r = i2c_configure(b->dev, I2C_MODE_CONTROLLER | I2C_SPEED_SET(speed));

		/* Emulated and some fixed-speed controllers cannot be configured: they run at
		 * their devicetree clock-frequency.
		 */
		if (r != 0 && r != -ENOSYS && r != -ENOTSUP) {
			return r;
		}
		return (int)i;
	}
	return AVM_NO_SUCH;
}

int avm_zephyr_i2c_write(uint32_t bus, uint16_t addr, const uint8_t *data, size_t len)
{
	const struct device *dev = bus_dev(bus);

	return dev == NULL ? AVM_NO_SUCH : code(i2c_write(dev, data, len, addr));
}

int avm_zephyr_i2c_read(uint32_t bus, uint16_t addr, uint8_t *buf, size_t len)
{
	const struct device *dev = bus_dev(bus);

	return dev == NULL ? AVM_NO_SUCH : code(i2c_read(dev, buf, len, addr));
}

int avm_zephyr_i2c_write_read(uint32_t bus, uint16_t addr, const uint8_t *w, size_t wlen,
			      uint8_t *r, size_t rlen)
{
	const struct device *dev = bus_dev(bus);

	return dev == NULL ? AVM_NO_SUCH : code(i2c_write_read(dev, addr, w, wlen, r, rlen));
}

#else /* !CONFIG_ATOMVM_I2C */

int avm_zephyr_i2c_open(const uint8_t *name, size_t len, uint32_t hz)
{
	ARG_UNUSED(name);
	ARG_UNUSED(len);
	ARG_UNUSED(hz);
	return AVM_UNSUPPORTED;
}

int avm_zephyr_i2c_write(uint32_t bus, uint16_t addr, const uint8_t *data, size_t len)
{
	ARG_UNUSED(bus);
	ARG_UNUSED(addr);
	ARG_UNUSED(data);
	ARG_UNUSED(len);
	return AVM_UNSUPPORTED;
}

int avm_zephyr_i2c_read(uint32_t bus, uint16_t addr, uint8_t *buf, size_t len)
{
	ARG_UNUSED(bus);
	ARG_UNUSED(addr);
	ARG_UNUSED(buf);
	ARG_UNUSED(len);
	return AVM_UNSUPPORTED;
}

int avm_zephyr_i2c_write_read(uint32_t bus, uint16_t addr, const uint8_t *w, size_t wlen,
			      uint8_t *r, size_t rlen)
{
	ARG_UNUSED(bus);
	ARG_UNUSED(addr);
	ARG_UNUSED(w);
	ARG_UNUSED(wlen);
	ARG_UNUSED(r);
	ARG_UNUSED(rlen);
	return AVM_UNSUPPORTED;
}

#endif /* CONFIG_ATOMVM_I2C */
