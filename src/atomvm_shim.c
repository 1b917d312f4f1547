/*
 * The kernel services the Rust side of AtomVM uses (rust/zephyr/src/sys.rs declares these
 * functions): console, clocks, randomness, the semaphore the scheduler sleeps on, the
 * interrupt lock, logging, the kernel heap and the fatal-error path. They are compiled
 * here, with the board's configuration, because most of these APIs are macros or static
 * inline functions.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zephyr/kernel.h>
#include <zephyr/logging/log.h>
#include <zephyr/logging/log_ctrl.h>
#include <zephyr/sys/printk.h>
#include <zephyr/spinlock.h>
#if defined(CONFIG_ENTROPY_DEVICE_RANDOM_GENERATOR) || defined(CONFIG_TIMER_RANDOM_GENERATOR) ||   \
	defined(CONFIG_XOSHIRO_RANDOM_GENERATOR)
#include <zephyr/random/random.h>
#define AVM_HAVE_SYS_RAND 1
#endif

#include <atomvm.h>

LOG_MODULE_REGISTER(atomvm, CONFIG_ATOMVM_LOG_LEVEL);

/* Given by atomvm_send/atomvm_stop (and so by anything that must wake the scheduler). */
static K_SEM_DEFINE(avm_sem, 0, 1);

/* Wall-clock time minus uptime, in nanoseconds (set by atomvm_set_system_time_ns). */
static int64_t avm_realtime_offset_ns;
static struct k_spinlock avm_time_lock;

void avm_zephyr_console_write(const uint8_t *buf, size_t len)
{
#ifdef CONFIG_PRINTK
	/* k_str_out is printk's own output path: no formatting, embedded NULs kept. */
	k_str_out((char *)buf, len);
#else
	ARG_UNUSED(buf);
	ARG_UNUSED(len);
#endif
}

/*
 * Nanoseconds since boot, from the cycle counter rather than the tick count: many boards
 * tick at 100 Hz, and a 10 ms clock makes erlang:monotonic_time/1 jump and timers started
 * one after another (send_after(N) for N = 50, 49, ..., 1) expire out of order when a tick
 * falls between two of them, which OTP's clock never does.
 */
uint64_t avm_zephyr_uptime_ns(void)
{
#ifdef CONFIG_TIMER_HAS_64BIT_CYCLE_COUNTER
	return k_cyc_to_ns_floor64(k_cycle_get_64());
#else
	/*
	 * The 32-bit cycle counter wraps (every 172 s at 25 MHz); the tick count, read first,
	 * says which lap it is in: the cycle count meant is the one with those low 32 bits
	 * nearest to ticks * cycles-per-tick (the two counters share their origin, and less
	 * than a tick separates them, far below half a lap).
	 */
	uint64_t est = k_ticks_to_cyc_floor64((uint64_t)k_uptime_ticks());
	int32_t ahead = (int32_t)(k_cycle_get_32() - (uint32_t)est);
	uint64_t cyc = est + (uint64_t)(int64_t)ahead;

	if (ahead < 0 && (uint64_t)(-(int64_t)ahead) > est) {
		cyc = 0;
	}
	return k_cyc_to_ns_floor64(cyc);
#endif
}

uint64_t avm_zephyr_realtime_ns(void)
{
	k_spinlock_key_t key = k_spin_lock(&avm_time_lock);
	int64_t off = avm_realtime_offset_ns;

	k_spin_unlock(&avm_time_lock, key);
	return (uint64_t)((int64_t)avm_zephyr_uptime_ns() + off);
}

void atomvm_set_system_time_ns(int64_t unix_ns)
{
	int64_t off = unix_ns - (int64_t)avm_zephyr_uptime_ns();
	k_spinlock_key_t key = k_spin_lock(&avm_time_lock);

	avm_realtime_offset_ns = off;
	k_spin_unlock(&avm_time_lock, key);
}

void avm_zephyr_random(uint8_t *buf, size_t len)
{
#ifdef AVM_HAVE_SYS_RAND
	sys_rand_get(buf, len);
#else
	/* No generator configured: xorshift seeded from the cycle counter. Fine for
	 * rand:uniform/1 style uses, not for cryptography (enable an entropy driver).
	 */
	static uint32_t s;

	if (s == 0) {
		s = k_cycle_get_32() ^ 0x9e3779b9u;
		if (s == 0) {
			s = 1;
		}
	}
	for (size_t i = 0; i < len; i++) {
		s ^= s << 13;
		s ^= s >> 17;
		s ^= s << 5;
		buf[i] = (uint8_t)s;
	}
#endif
}

void avm_zephyr_wait(int64_t deadline_ns)
{
	k_timeout_t t;

	if (deadline_ns < 0) {
		t = K_FOREVER;
	} else {
#ifdef CONFIG_TIMEOUT_64BIT
		t = K_TIMEOUT_ABS_TICKS(k_ns_to_ticks_ceil64((uint64_t)deadline_ns));
#else
		int64_t left = deadline_ns - (int64_t)avm_zephyr_uptime_ns();

		if (left <= 0) {
			return;
		}
		t = K_NSEC(left);
#endif
	}
	(void)k_sem_take(&avm_sem, t);
}

void avm_zephyr_wake(void)
{
	k_sem_give(&avm_sem);
}

/* Whether the semaphore was given (taking it): for waits that poll (atomvm_net.c). */
int avm_zephyr_woken(void)
{
	return k_sem_take(&avm_sem, K_NO_WAIT) == 0;
}

uint32_t avm_zephyr_lock(void)
{
	return (uint32_t)irq_lock();
}

void avm_zephyr_unlock(uint32_t key)
{
	irq_unlock((unsigned int)key);
}

void avm_zephyr_log(int32_t level, const uint8_t *msg, size_t len)
{
	/* A NUL-terminated copy on the stack: deferred logging copies such strings. */
	char buf[128];
	size_t n = MIN(len, sizeof(buf) - 1);

	memcpy(buf, msg, n);
	buf[n] = '\0';
	switch (level) {
	case 1:
		LOG_ERR("%s", buf);
		break;
	case 2:
		LOG_WRN("%s", buf);
		break;
	case 3:
		LOG_INF("%s", buf);
		break;
	default:
		LOG_DBG("%s", buf);
		break;
	}
}

/* An application may define this (a strong symbol) to power off or reboot on halt/1. */
__weak void atomvm_halt_hook(int32_t code)
{
	ARG_UNUSED(code);
}

FUNC_NORETURN void avm_zephyr_halt(int32_t code)
{
	LOG_INF("erlang:halt(%d)", (int)code);
	atomvm_halt_hook(code);
	k_thread_abort(k_current_get());
	CODE_UNREACHABLE;
}

int32_t avm_zephyr_report_result(void)
{
	return IS_ENABLED(CONFIG_ATOMVM_REPORT_RESULT) ? 1 : 0;
}

size_t avm_zephyr_heap_budget(void)
{
	return CONFIG_ATOMVM_HEAP_SIZE;
}

void *avm_zephyr_malloc(size_t size)
{
	return k_malloc(size);
}

void *avm_zephyr_aligned_alloc(size_t align, size_t size)
{
	/* k_aligned_alloc wants a power of two that is a multiple of a pointer's size. */
	return k_aligned_alloc(MAX(align, sizeof(void *)), size);
}

void *avm_zephyr_realloc(void *p, size_t size)
{
	return k_realloc(p, size);
}

void avm_zephyr_free(void *p)
{
	k_free(p);
}

FUNC_NORETURN void avm_zephyr_panic(const uint8_t *msg, size_t len)
{
	printk("atomvm: Rust panic: ");
	avm_zephyr_console_write(msg, len);
	printk("\n");
	LOG_PANIC();
	k_panic();
	CODE_UNREACHABLE;
}

#if defined(CONFIG_X86) && !defined(CONFIG_X86_64)
/*
 * 32-bit x86 boards use Rust's i686/i586 Linux targets, whose prebuilt code calls two
 * things a Linux C library and libgcc would provide: bcmp (what LLVM turns equality
 * memcmp calls into) and _Unwind_Resume (from the unwinding paths of the prebuilt core,
 * which panic = "abort" never takes). Weak, in case the C library has them.
 */
__weak int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}

__weak FUNC_NORETURN void _Unwind_Resume(void *exception)
{
	ARG_UNUSED(exception);
	k_panic();
	CODE_UNREACHABLE;
}
#endif
