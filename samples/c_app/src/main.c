/*
 * AtomVM c_app sample: a C thread and an Erlang process exchange messages.
 *
 * The VM runs in its own thread (atomvm_run); main() sends {add, 1} .. {add, 5} and stop
 * to the process registered as `counter` with atomvm_send(), and prints what the process
 * sends back with zephyr:c_send/1 (delivered to the receiver set with
 * atomvm_set_receiver()). Messages are in the external term format; this file encodes
 * and prints the few shapes it uses.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <string.h>

#include <zephyr/kernel.h>
#include <zephyr/sys/byteorder.h>
#include <zephyr/sys/printk.h>

#include <atomvm.h>

extern const uint8_t atomvm_avm_counter[];
extern const size_t atomvm_avm_counter_len;

#define ETF_VERSION 131
#define SMALL_INTEGER_EXT 97
#define INTEGER_EXT 98
#define SMALL_TUPLE_EXT 104
#define ATOM_UTF8_EXT 118
#define SMALL_ATOM_UTF8_EXT 119

K_SEM_DEFINE(replies, 0, 16);

/* Prints one term of the shapes above; returns the bytes used, or 0. */
static size_t print_term(const uint8_t *b, size_t len)
{
	if (len < 2) {
		return 0;
	}
	switch (b[0]) {
	case SMALL_INTEGER_EXT:
		printk("%u", b[1]);
		return 2;
	case INTEGER_EXT:
		if (len < 5) {
			return 0;
		}
		printk("%d", (int32_t)sys_get_be32(&b[1]));
		return 5;
	case SMALL_ATOM_UTF8_EXT:
		if (len < 2u + b[1]) {
			return 0;
		}
		printk("%.*s", b[1], (const char *)&b[2]);
		return 2u + b[1];
	case ATOM_UTF8_EXT: {
		size_t n = (len >= 3) ? sys_get_be16(&b[1]) : len;

		if (len < 3 + n) {
			return 0;
		}
		printk("%.*s", (int)n, (const char *)&b[3]);
		return 3 + n;
	}
	case SMALL_TUPLE_EXT: {
		size_t used = 2;

		printk("{");
		for (unsigned int i = 0; i < b[1]; i++) {
			size_t u = print_term(b + used, len - used);

			if (u == 0) {
				return 0;
			}
			used += u;
			if (i + 1 < b[1]) {
				printk(",");
			}
		}
		printk("}");
		return used;
	}
	default:
		printk("<term tag %u>", b[0]);
		return 0;
	}
}

/* Called in the VM's thread by zephyr:c_send/1: keep it short. */
static void on_message(const uint8_t *etf, size_t len, void *ctx)
{
	ARG_UNUSED(ctx);
	printk("C got: ");
	if (len > 1 && etf[0] == ETF_VERSION) {
		(void)print_term(etf + 1, len - 1);
	}
	printk("\n");
	k_sem_give(&replies);
}

static void vm_thread(void *a, void *b, void *c)
{
	ARG_UNUSED(a);
	ARG_UNUSED(b);
	ARG_UNUSED(c);
	printk("atomvm_run: %d\n", atomvm_run());
}

K_THREAD_STACK_DEFINE(vm_stack, 8192);
static struct k_thread vm_thread_data;

static int send_add(uint8_t n)
{
	/* {add, N} */
	const uint8_t etf[] = {ETF_VERSION, SMALL_TUPLE_EXT, 2, SMALL_ATOM_UTF8_EXT, 3, 'a', 'd',
			       'd', SMALL_INTEGER_EXT, n};

	return atomvm_send("counter", etf, sizeof(etf));
}

int main(void)
{
	static const uint8_t stop[] = {ETF_VERSION, SMALL_ATOM_UTF8_EXT, 4, 's', 't', 'o', 'p'};

	printk("AtomVM c_app on %s\n", CONFIG_BOARD_TARGET);
	if (atomvm_init() != ATOMVM_OK ||
	    atomvm_load_avm(atomvm_avm_counter, atomvm_avm_counter_len) != ATOMVM_OK) {
		printk("cannot set up the VM\n");
		return 0;
	}
	atomvm_set_receiver(on_message, NULL);
	if (atomvm_start("counter") != ATOMVM_OK) {
		printk("cannot start counter\n");
		return 0;
	}
	k_thread_create(&vm_thread_data, vm_stack, K_THREAD_STACK_SIZEOF(vm_stack), vm_thread,
			NULL, NULL, NULL, K_PRIO_PREEMPT(7), 0, K_NO_WAIT);

	/* Messages sent before the process has registered its name wait for it. */
	for (uint8_t n = 1; n <= 5; n++) {
		if (send_add(n) != ATOMVM_OK) {
			printk("atomvm_send failed\n");
		}
	}
	/* ready + five sums */
	for (int i = 0; i < 6; i++) {
		k_sem_take(&replies, K_FOREVER);
	}
	(void)atomvm_send("counter", stop, sizeof(stop));
	k_thread_join(&vm_thread_data, K_FOREVER);
	atomvm_deinit();
	printk("c_app done\n");
	return 0;
}
