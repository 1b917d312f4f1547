/*
 * SPI for AtomVM's spi module: buses by their devicetree node labels (spi0 ... spi7,
 * status okay) as controllers, 8-bit words, most significant bit first. The chip select
 * is the bus's cs-gpios entry of the index asked for (the first when none is asked), or
 * the controller's own hardware select number when the bus has no cs-gpios. Transfers
 * block the VM's thread. Without CONFIG_ATOMVM_SPI every call answers "unsupported".
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zephyr/kernel.h>

/* Codes shared with rust/zephyr/src/sys.rs. */
#define AVM_NO_SUCH     (-100000)
#define AVM_UNSUPPORTED (-100001)

#ifdef CONFIG_ATOMVM_SPI

#include <zephyr/devicetree.h>
#include <zephyr/drivers/gpio.h>
#include <zephyr/drivers/spi.h>

#define AVM_SPI_CS_MAX 4

struct avm_spi_bus {
	const char *name;
	const struct device *dev;
	struct gpio_dt_spec cs[AVM_SPI_CS_MAX];
};

#define AVM_SPI_CS(node, i) GPIO_DT_SPEC_GET_BY_IDX_OR(node, cs_gpios, i, {0})

#define AVM_SPI_BUS_NODE(node, n)                                                              \
	{"spi" #n,                                                                             \
	 DEVICE_DT_GET(node),                                                                  \
	 {AVM_SPI_CS(node, 0), AVM_SPI_CS(node, 1), AVM_SPI_CS(node, 2), AVM_SPI_CS(node, 3)}},

#define AVM_SPI_BUS(n)                                                                         \
	IF_ENABLED(DT_NODE_HAS_STATUS(DT_NODELABEL(spi##n), okay),                             \
		   (AVM_SPI_BUS_NODE(DT_NODELABEL(spi##n), n)))

static const struct avm_spi_bus buses[] = {
	AVM_SPI_BUS(0) AVM_SPI_BUS(1) AVM_SPI_BUS(2) AVM_SPI_BUS(3)
	AVM_SPI_BUS(4) AVM_SPI_BUS(5) AVM_SPI_BUS(6) AVM_SPI_BUS(7)
	/* Never matches a name; keeps the table from being empty. */
	{NULL, NULL, {{0}}},
};

/* Open devices: a bus and its configuration. */
struct avm_spi_dev {
	const struct device *bus;
	struct spi_config config;
	bool used;
};

static struct avm_spi_dev devs[CONFIG_ATOMVM_SPI_DEVICES];

static int code(int r)
{
	return r == -ENOTSUP || r == -ENOSYS ? AVM_UNSUPPORTED : r;
}

int avm_zephyr_spi_open(const uint8_t *name, size_t len, uint32_t hz, uint32_t mode, int32_t cs)
{
	const struct avm_spi_bus *b = NULL;

	for (size_t i = 0; i < ARRAY_SIZE(buses); i++) {
		if (buses[i].name != NULL && strlen(buses[i].name) == len &&
		    memcmp(buses[i].name, name, len) == 0) {
			b = &buses[i];
			break;
		}
	}
	if (b == NULL || cs >= AVM_SPI_CS_MAX) {
		return AVM_NO_SUCH;
	}
	if (!device_is_ready(b->dev)) {
		return -ENODEV;
	}
	for (int d = 0; d < ARRAY_SIZE(devs); d++) {
		if (devs[d].used) {
			continue;
		}
		struct spi_config *c = &devs[d].config;
		uint32_t idx = cs < 0 ? 0 : (uint32_t)cs;

		memset(c, 0, sizeof(*c));
		c->frequency = hz;
		c->operation = SPI_OP_MODE_MASTER | SPI_WORD_SET(8) | SPI_TRANSFER_MSB |
			       ((mode & 2) ? SPI_MODE_CPOL : 0) | ((mode & 1) ? SPI_MODE_CPHA : 0);
		if (b->cs[idx].port != NULL) {
			c->cs.gpio = b->cs[idx];
		} else {
			c->slave = idx;
		}
		devs[d].bus = b->dev;
		devs[d].used = true;
		return d;
	}
	return -ENOMEM;
}

void avm_zephyr_spi_close(uint32_t dev)
{
	if (dev < ARRAY_SIZE(devs)) {
		devs[dev].used = false;
	}
}

int avm_zephyr_spi_transceive(uint32_t dev, const uint8_t *tx, uint8_t *rx, size_t len)
{
	if (dev >= ARRAY_SIZE(devs) || !devs[dev].used) {
		return AVM_NO_SUCH;
	}
	/* The first byte (a command or address) and the rest as two buffers of one
	 * transaction: the same on the wire, and what register-style device emulators
	 * expect.
	 */
	size_t n = len > 1 ? 2 : 1;
	const struct spi_buf tb[2] = {{.buf = (void *)tx, .len = len > 1 ? 1 : len},
				      {.buf = (void *)(tx + 1), .len = len > 1 ? len - 1 : 0}};
	const struct spi_buf rb[2] = {{.buf = rx, .len = len > 1 ? 1 : len},
				      {.buf = rx + 1, .len = len > 1 ? len - 1 : 0}};
	const struct spi_buf_set txs = {.buffers = tb, .count = n};
	const struct spi_buf_set rxs = {.buffers = rb, .count = n};

	return code(spi_transceive(devs[dev].bus, &devs[dev].config, &txs, &rxs));
}

#else /* !CONFIG_ATOMVM_SPI */

int avm_zephyr_spi_open(const uint8_t *name, size_t len, uint32_t hz, uint32_t mode, int32_t cs)
{
	ARG_UNUSED(name);
	ARG_UNUSED(len);
	ARG_UNUSED(hz);
	ARG_UNUSED(mode);
	ARG_UNUSED(cs);
	return AVM_UNSUPPORTED;
}

void avm_zephyr_spi_close(uint32_t dev)
{
	ARG_UNUSED(dev);
}

int avm_zephyr_spi_transceive(uint32_t dev, const uint8_t *tx, uint8_t *rx, size_t len)
{
	ARG_UNUSED(dev);
	ARG_UNUSED(tx);
	ARG_UNUSED(rx);
	ARG_UNUSED(len);
	return AVM_UNSUPPORTED;
}

#endif /* CONFIG_ATOMVM_SPI */
