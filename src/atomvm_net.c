/*
 * Sockets for the VM's socket, gen_tcp and gen_udp modules, on Zephyr's BSD socket API
 * (zsock_*). Every socket is non-blocking; the VM waits for readiness with zsock_poll()
 * in avm_zephyr_net_wait(), which also returns when the VM's semaphore is given (a GPIO
 * interrupt, a message from C), checking it at least every CONFIG_ATOMVM_NET_POLL_MS.
 *
 * Errors come back as negative AVM_NET_E* codes, whose order matches NAMES in
 * rust/zephyr/src/net.rs (Zephyr's errno values are not Linux's). Built only with
 * CONFIG_ATOMVM_NET, which also builds the Rust side (the crate's "net" feature).
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zephyr/kernel.h>

#ifdef CONFIG_ATOMVM_NET

#include <zephyr/net/socket.h>
#include <zephyr/net/hostname.h>
#include <zephyr/sys/fdtable.h>

/* atomvm_shim.c */
int avm_zephyr_woken(void);
uint64_t avm_zephyr_uptime_ns(void);

/* Error codes: -1 - index in this table (kept in step with rust/zephyr/src/net.rs). */
static const int errnos[] = {
	EAGAIN,       EINPROGRESS, EACCES,      EADDRINUSE,   EADDRNOTAVAIL, EAFNOSUPPORT,
	EALREADY,     EBADF,       ECONNABORTED, ECONNREFUSED, ECONNRESET,   EDESTADDRREQ,
	EHOSTDOWN,    EHOSTUNREACH, EINTR,      EINVAL,       EISCONN,      EMFILE,
	EMSGSIZE,     ENETDOWN,    ENETUNREACH, ENFILE,       ENOBUFS,      ENOMEM,
	ENOPROTOOPT,  ENOTCONN,    ENOTSOCK,    EOPNOTSUPP,   EPERM,        EPIPE,
	EPROTONOSUPPORT, ETIMEDOUT,
};

/* The last error as a code; unknown errors are EIO (one past the table). */
static int err(void)
{
	int e = errno;

	for (size_t i = 0; i < ARRAY_SIZE(errnos); i++) {
		if (errnos[i] == e) {
			return -1 - (int)i;
		}
	}
	return -1 - (int)ARRAY_SIZE(errnos);
}

static int check(int r)
{
	return r < 0 ? err() : r;
}

/* family 4 or 6; ip: 4 or 16 bytes in network order. */
static socklen_t to_sockaddr(struct sockaddr_storage *ss, int family, const uint8_t *ip,
			     uint16_t port)
{
	memset(ss, 0, sizeof(*ss));
	if (family == 4) {
		struct sockaddr_in *sin = (struct sockaddr_in *)ss;

		sin->sin_family = AF_INET;
		sin->sin_port = htons(port);
		memcpy(&sin->sin_addr, ip, 4);
		return sizeof(*sin);
	}
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;

	sin6->sin6_family = AF_INET6;
	sin6->sin6_port = htons(port);
	memcpy(&sin6->sin6_addr, ip, 16);
	return sizeof(*sin6);
}

/* Returns the family (4 or 6), or 0 for another one. */
static int from_sockaddr(const struct sockaddr_storage *ss, uint8_t *ip, uint16_t *port)
{
	if (ss->ss_family == AF_INET) {
		const struct sockaddr_in *sin = (const struct sockaddr_in *)ss;

		memcpy(ip, &sin->sin_addr, 4);
		*port = ntohs(sin->sin_port);
		return 4;
	}
	if (ss->ss_family == AF_INET6) {
		const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;

		memcpy(ip, &sin6->sin6_addr, 16);
		*port = ntohs(sin6->sin6_port);
		return 6;
	}
	return 0;
}

static int set_nonblocking(int fd)
{
	int flags = zsock_fcntl(fd, ZVFS_F_GETFL, 0);

	if (flags < 0 || zsock_fcntl(fd, ZVFS_F_SETFL, flags | ZVFS_O_NONBLOCK) < 0) {
		int e = err();

		zsock_close(fd);
		return e;
	}
	return fd;
}

int avm_zephyr_net_open(int family, int stream)
{
	int fd = zsock_socket(family == 4 ? AF_INET : AF_INET6, stream ? SOCK_STREAM : SOCK_DGRAM,
			      stream ? IPPROTO_TCP : IPPROTO_UDP);

	return fd < 0 ? err() : set_nonblocking(fd);
}

void avm_zephyr_net_close(int fd)
{
	(void)zsock_close(fd);
}

int avm_zephyr_net_bind(int fd, int family, const uint8_t *ip, uint16_t port)
{
	struct sockaddr_storage ss;
	socklen_t len = to_sockaddr(&ss, family, ip, port);

	return check(zsock_bind(fd, (struct sockaddr *)&ss, len));
}

int avm_zephyr_net_listen(int fd, int backlog)
{
	return check(zsock_listen(fd, backlog));
}

int avm_zephyr_net_accept(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int nfd = zsock_accept(fd, (struct sockaddr *)&ss, &len);

	return nfd < 0 ? err() : set_nonblocking(nfd);
}

int avm_zephyr_net_connect(int fd, int family, const uint8_t *ip, uint16_t port)
{
	struct sockaddr_storage ss;
	socklen_t len = to_sockaddr(&ss, family, ip, port);

	return check(zsock_connect(fd, (struct sockaddr *)&ss, len));
}

int avm_zephyr_net_connect_result(int fd)
{
	int e = 0;
	socklen_t len = sizeof(e);

	if (zsock_getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &len) < 0) {
		return err();
	}
	if (e != 0) {
		errno = e;
		return err();
	}
	return 0;
}

int avm_zephyr_net_send(int fd, const uint8_t *data, size_t len)
{
	return (int)check((int)zsock_send(fd, data, len, ZSOCK_MSG_DONTWAIT));
}

int avm_zephyr_net_recv(int fd, uint8_t *buf, size_t len)
{
	return (int)check((int)zsock_recv(fd, buf, len, ZSOCK_MSG_DONTWAIT));
}

int avm_zephyr_net_sendto(int fd, const uint8_t *data, size_t len, int family, const uint8_t *ip,
			  uint16_t port)
{
	struct sockaddr_storage ss;
	socklen_t alen = to_sockaddr(&ss, family, ip, port);

	return (int)check(
		(int)zsock_sendto(fd, data, len, ZSOCK_MSG_DONTWAIT, (struct sockaddr *)&ss, alen));
}

/* Writes the sender's family (4 or 6), address and port. */
int avm_zephyr_net_recvfrom(int fd, uint8_t *buf, size_t len, int *family, uint8_t *ip,
			    uint16_t *port)
{
	struct sockaddr_storage ss;
	socklen_t alen = sizeof(ss);
	ssize_t n = zsock_recvfrom(fd, buf, len, ZSOCK_MSG_DONTWAIT, (struct sockaddr *)&ss, &alen);

	if (n < 0) {
		return err();
	}
	*family = from_sockaddr(&ss, ip, port);
	return (int)n;
}

int avm_zephyr_net_shutdown(int fd, int how)
{
	static const int hows[] = {ZSOCK_SHUT_RD, ZSOCK_SHUT_WR, ZSOCK_SHUT_RDWR};

	return check(zsock_shutdown(fd, hows[how % 3]));
}

/* peer 0: the socket's own address, 1: its peer's. Returns the family (4 or 6). */
int avm_zephyr_net_name(int fd, int peer, uint8_t *ip, uint16_t *port)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int r = peer ? zsock_getpeername(fd, (struct sockaddr *)&ss, &len)
		     : zsock_getsockname(fd, (struct sockaddr *)&ss, &len);

	if (r < 0) {
		return err();
	}
	int f = from_sockaddr(&ss, ip, port);

	if (f == 0) {
		errno = EAFNOSUPPORT;
		return err();
	}
	return f;
}

/* The options in the order of avm_core::net::Opt. Zephyr has no struct linger: SO_LINGER
 * (an int here) is refused by the stack with ENOPROTOOPT. */
static const struct {
	int level;
	int name;
} opts[] = {
	{SOL_SOCKET, SO_REUSEADDR}, {SOL_SOCKET, SO_KEEPALIVE}, {SOL_SOCKET, SO_BROADCAST},
	{SOL_SOCKET, SO_RCVBUF},    {SOL_SOCKET, SO_SNDBUF},    {SOL_SOCKET, SO_LINGER},
	{IPPROTO_TCP, TCP_NODELAY}, {IPPROTO_IPV6, IPV6_V6ONLY},
};

int avm_zephyr_net_setopt(int fd, int opt, int value)
{
	if (opt < 0 || opt >= (int)ARRAY_SIZE(opts)) {
		errno = ENOPROTOOPT;
		return err();
	}
	return check(zsock_setsockopt(fd, opts[opt].level, opts[opt].name, &value, sizeof(value)));
}

/* Writes the value; returns 0 or an error code. */
int avm_zephyr_net_getopt(int fd, int opt, int *value)
{
	if (opt < 0 || opt >= (int)ARRAY_SIZE(opts)) {
		errno = ENOPROTOOPT;
		return err();
	}
	socklen_t len = sizeof(*value);

	return check(zsock_getsockopt(fd, opts[opt].level, opts[opt].name, value, &len)) < 0
		       ? err()
		       : 0;
}

/* Polls n sockets (masks: 1 read, 2 write) for up to timeout_ms; writes what each is
 * ready for (errors and hang-ups count as both). Returns how many are ready. */
int avm_zephyr_net_poll(const int *fds, const uint8_t *masks, uint8_t *ready, int n,
			int timeout_ms)
{
	struct zsock_pollfd pfds[CONFIG_ATOMVM_NET_MAX_SOCKETS];
	int count = 0;

	if (n > (int)ARRAY_SIZE(pfds)) {
		n = ARRAY_SIZE(pfds);
	}
	for (int i = 0; i < n; i++) {
		pfds[i].fd = fds[i];
		pfds[i].events = ((masks[i] & 1) ? ZSOCK_POLLIN : 0) | ((masks[i] & 2) ? ZSOCK_POLLOUT : 0);
		pfds[i].revents = 0;
	}
	if (zsock_poll(pfds, n, timeout_ms) <= 0) {
		memset(ready, 0, n);
		return 0;
	}
	for (int i = 0; i < n; i++) {
		short r = pfds[i].revents;
		int bad = (r & (ZSOCK_POLLERR | ZSOCK_POLLHUP | ZSOCK_POLLNVAL)) != 0;

		ready[i] = (uint8_t)(((bad || (r & ZSOCK_POLLIN)) ? 1 : 0) |
				     ((bad || (r & ZSOCK_POLLOUT)) ? 2 : 0)) & masks[i];
		count += ready[i] != 0;
	}
	return count;
}

/* The scheduler's idle wait while processes wait for sockets: until a socket is ready,
 * the VM's semaphore is given, or the deadline (ns of uptime; negative: none) passes. */
void avm_zephyr_net_wait(const int *fds, const uint8_t *masks, int n, int64_t deadline_ns)
{
	uint8_t ready[CONFIG_ATOMVM_NET_MAX_SOCKETS];

	for (;;) {
		int slice = CONFIG_ATOMVM_NET_POLL_MS;

		if (deadline_ns >= 0) {
			int64_t left = deadline_ns - (int64_t)avm_zephyr_uptime_ns();

			if (left <= 0) {
				return;
			}
			if (left < (int64_t)slice * 1000000) {
				slice = (int)((left + 999999) / 1000000);
			}
		}
		if (avm_zephyr_net_poll(fds, masks, ready, n, slice) > 0) {
			return;
		}
		if (avm_zephyr_woken()) {
			return;
		}
	}
}

/* Up to max addresses of a host name (4 or 16 bytes each in out, families in fam). */
int avm_zephyr_net_resolve(const char *name, int family, uint8_t *out, int *fam, int max)
{
	struct zsock_addrinfo hints = {0};
	struct zsock_addrinfo *res = NULL;

	hints.ai_family = family == 4 ? AF_INET : AF_INET6;
	hints.ai_socktype = SOCK_STREAM;
	if (zsock_getaddrinfo(name, NULL, &hints, &res) != 0) {
		return -1; /* the caller answers nxdomain */
	}
	int n = 0;

	for (struct zsock_addrinfo *ai = res; ai != NULL && n < max; ai = ai->ai_next) {
		uint16_t port;
		struct sockaddr_storage ss = {0};

		memcpy(&ss, ai->ai_addr, MIN((size_t)ai->ai_addrlen, sizeof(ss)));
		int f = from_sockaddr(&ss, out + 16 * n, &port);

		if (f != 0) {
			fam[n++] = f;
		}
	}
	zsock_freeaddrinfo(res);
	return n;
}

const char *avm_zephyr_net_hostname(void)
{
#ifdef CONFIG_NET_HOSTNAME_ENABLE
	return net_hostname_get();
#else
	return NULL;
#endif
}

#endif /* CONFIG_ATOMVM_NET */
