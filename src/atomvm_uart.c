/*
 * Serial ports for AtomVM's uart module: ports by their devicetree node labels (uart0 ...
 * uart7, status okay), configured with uart_configure() where the driver supports it,
 * written with uart_poll_out() and read with uart_poll_in() without waiting (the
 * module's driver process polls). Without CONFIG_ATOMVM_UART every call answers
 * "unsupported".
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

#ifdef CONFIG_ATOMVM_UART

#include <zephyr/devicetree.h>
#include <zephyr/drivers/uart.h>

struct avm_uart_port {
	const char *name;
	const struct device *dev;
};

#define AVM_UART_PORT(n)                                                                       \
	IF_ENABLED(DT_NODE_HAS_STATUS(DT_NODELABEL(uart##n), okay),                            \
		   ({"uart" #n, DEVICE_DT_GET(DT_NODELABEL(uart##n))}, ))

static const struct avm_uart_port ports[] = {
	AVM_UART_PORT(0) AVM_UART_PORT(1) AVM_UART_PORT(2) AVM_UART_PORT(3)
	AVM_UART_PORT(4) AVM_UART_PORT(5) AVM_UART_PORT(6) AVM_UART_PORT(7)
	/* Never matches a name; keeps the table from being empty. */
	{NULL, NULL},
};

static const struct device *port_dev(uint32_t port)
{
	return port < ARRAY_SIZE(ports) && ports[port].dev != NULL ? ports[port].dev : NULL;
}

int avm_zephyr_uart_open(const uint8_t *name, size_t len, uint32_t baud, uint32_t data_bits,
			 uint32_t stop_bits, uint32_t parity, uint32_t flow)
{
	for (size_t i = 0; i < ARRAY_SIZE(ports); i++) {
		const struct avm_uart_port *p = &ports[i];

		if (p->name == NULL || strlen(p->name) != len || memcmp(p->name, name, len) != 0) {
			continue;
		}
		if (!device_is_ready(p->dev)) {
			return -ENODEV;
		}
		static const uint8_t bits[] = {UART_CFG_DATA_BITS_5, UART_CFG_DATA_BITS_6,
					       UART_CFG_DATA_BITS_7, UART_CFG_DATA_BITS_8};
		static const uint8_t parities[] = {UART_CFG_PARITY_NONE, UART_CFG_PARITY_ODD,
						   UART_CFG_PARITY_EVEN};
		const struct uart_config cfg = {
			.baudrate = baud,
			.parity = parities[parity % 3],
			.stop_bits = stop_bits == 2 ? UART_CFG_STOP_BITS_2 : UART_CFG_STOP_BITS_1,
			.data_bits = bits[(data_bits - 5) % 4],
			.flow_ctrl = flow ? UART_CFG_FLOW_CTRL_RTS_CTS : UART_CFG_FLOW_CTRL_NONE,
		};
		int r = uart_configure(p->dev, &cfg);

		/* Drivers without run-time configuration keep their devicetree settings. */
		if (r != 0 && r != -ENOSYS && r != -ENOTSUP) {
			return r;
		}
		return (int)i;
	}
	return AVM_NO_SUCH;
}

int avm_zephyr_uart_write(uint32_t port, const uint8_t *data, size_t len)
{
	const struct device *dev = port_dev(port);

	if (dev == NULL) {
		return AVM_NO_SUCH;
	}
	for (size_t i = 0; i < len; i++) {
		uart_poll_out(dev, data[i]);
	}
	return 0;
}

int avm_zephyr_uart_read(uint32_t port, uint8_t *buf, size_t len)
{
	const struct device *dev = port_dev(port);
	size_t n = 0;

	if (dev == NULL) {
		return AVM_NO_SUCH;
	}
	while (n < len) {
		int r = uart_poll_in(dev, &buf[n]);

		if (r == -1) {
			break;
		}
		if (r < 0) {
			return r == -ENOSYS || r == -ENOTSUP ? AVM_UNSUPPORTED : r;
		}
		n++;
	}
	return (int)n;
}

#else /* !CONFIG_ATOMVM_UART */

int avm_zephyr_uart_open(const uint8_t *name, size_t len, uint32_t baud, uint32_t data_bits,
			 uint32_t stop_bits, uint32_t parity, uint32_t flow)
{
	ARG_UNUSED(name);
	ARG_UNUSED(len);
	ARG_UNUSED(baud);
	ARG_UNUSED(data_bits);
	ARG_UNUSED(stop_bits);
	ARG_UNUSED(parity);
	ARG_UNUSED(flow);
	return AVM_UNSUPPORTED;
}

int avm_zephyr_uart_write(uint32_t port, const uint8_t *data, size_t len)
{
	ARG_UNUSED(port);
	ARG_UNUSED(data);
	ARG_UNUSED(len);
	return AVM_UNSUPPORTED;
}

int avm_zephyr_uart_read(uint32_t port, uint8_t *buf, size_t len)
{
	ARG_UNUSED(port);
	ARG_UNUSED(buf);
	ARG_UNUSED(len);
	return AVM_UNSUPPORTED;
}

#endif /* CONFIG_ATOMVM_UART */
