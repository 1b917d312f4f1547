/*
 * The network link for AtomVM's network module: the default interface, joined as a
 * Wi-Fi station or started as an access point where the board has Wi-Fi
 * (CONFIG_WIFI), else a wired interface (or the loopback) that counts as connected
 * once up. Events from the network management thread are queued and the VM woken;
 * the scheduler takes them (avm_zephyr_link_next). Built with CONFIG_ATOMVM_NET.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zephyr/kernel.h>
#include <zephyr/net/net_if.h>
#include <zephyr/net/net_mgmt.h>
#include <zephyr/net/net_event.h>
#ifdef CONFIG_WIFI
#include <zephyr/net/wifi_mgmt.h>
#endif

#define AVM_UNSUPPORTED (-100001)

void avm_zephyr_wake(void); /* atomvm_shim.c */

/* Kinds, in step with rust/zephyr/src/link.rs. */
enum {
	EV_CONNECTED = 1,
	EV_DISCONNECTED,
	EV_GOT_IP,        /* data: address, netmask, gateway */
	EV_AP_STARTED,
	EV_AP_STA_CONNECTED, /* data: MAC */
	EV_AP_STA_DISCONNECTED,
};

struct avm_link_event {
	uint8_t kind;
	uint8_t data[12];
};

K_MSGQ_DEFINE(avm_link_q, sizeof(struct avm_link_event), 8, 1);

/* The events' type changed from 32 to 64 bits between Zephyr releases. */
typedef __typeof__(((struct net_mgmt_event_callback *)0)->event_mask) avm_mgmt_event_t;

static struct net_mgmt_event_callback ip_cb;
static bool started;
#ifdef CONFIG_WIFI
static struct net_mgmt_event_callback wifi_cb;
#endif

static void queue(uint8_t kind, const void *data, size_t len)
{
	struct avm_link_event e = {.kind = kind};

	memcpy(e.data, data, MIN(len, sizeof(e.data)));
	if (k_msgq_put(&avm_link_q, &e, K_NO_WAIT) == 0) {
		avm_zephyr_wake();
	}
}

/* got_ip for the interface's IPv4 address, if it has one. */
static void report_ip(struct net_if *iface)
{
	struct in_addr *a = net_if_ipv4_get_global_addr(iface, NET_ADDR_PREFERRED);
	uint8_t d[12];

	if (a == NULL) {
		/* An address still being checked (or set by hand) counts too. */
		a = net_if_ipv4_get_global_addr(iface, NET_ADDR_ANY_STATE);
	}
	if (a == NULL) {
		return;
	}
	struct in_addr mask = net_if_ipv4_get_netmask_by_addr(iface, a);
	struct in_addr gw = net_if_ipv4_get_gw(iface);

	memcpy(d, a, 4);
	memcpy(d + 4, &mask, 4);
	memcpy(d + 8, &gw, 4);
	queue(EV_GOT_IP, d, sizeof(d));
}

static void ip_handler(struct net_mgmt_event_callback *cb, avm_mgmt_event_t ev,
		       struct net_if *iface)
{
	ARG_UNUSED(cb);
	if (!started || iface != net_if_get_default()) {
		return;
	}
	if (ev == NET_EVENT_IPV4_ADDR_ADD) {
		report_ip(iface);
	} else if (ev == NET_EVENT_IF_UP && !net_if_is_wifi(iface)) {
		queue(EV_CONNECTED, NULL, 0);
	} else if (ev == NET_EVENT_IF_DOWN && !net_if_is_wifi(iface)) {
		queue(EV_DISCONNECTED, NULL, 0);
	}
}

#ifdef CONFIG_WIFI
static void wifi_handler(struct net_mgmt_event_callback *cb, avm_mgmt_event_t ev,
			 struct net_if *iface)
{
	ARG_UNUSED(iface);
	if (!started) {
		return;
	}
	const struct wifi_status *st = cb->info;

	switch (ev) {
	case NET_EVENT_WIFI_CONNECT_RESULT:
		queue(st != NULL && st->status == 0 ? EV_CONNECTED : EV_DISCONNECTED, NULL, 0);
		break;
	case NET_EVENT_WIFI_DISCONNECT_RESULT:
		queue(EV_DISCONNECTED, NULL, 0);
		break;
	case NET_EVENT_WIFI_AP_ENABLE_RESULT:
		if (st != NULL && st->status == 0) {
			queue(EV_AP_STARTED, NULL, 0);
		}
		break;
	case NET_EVENT_WIFI_AP_STA_CONNECTED:
	case NET_EVENT_WIFI_AP_STA_DISCONNECTED: {
		const struct wifi_ap_sta_info *sta = cb->info;

		if (sta != NULL) {
			queue(ev == NET_EVENT_WIFI_AP_STA_CONNECTED ? EV_AP_STA_CONNECTED
								   : EV_AP_STA_DISCONNECTED,
			      sta->mac, 6);
		}
		break;
	}
	default:
		break;
	}
}
#endif

static void add_callbacks(void)
{
	static bool added;

	if (added) {
		return;
	}
	added = true;
	net_mgmt_init_event_callback(&ip_cb, ip_handler,
				     NET_EVENT_IPV4_ADDR_ADD | NET_EVENT_IF_UP | NET_EVENT_IF_DOWN);
	net_mgmt_add_event_callback(&ip_cb);
#ifdef CONFIG_WIFI
	net_mgmt_init_event_callback(&wifi_cb, wifi_handler,
				     NET_EVENT_WIFI_CONNECT_RESULT | NET_EVENT_WIFI_DISCONNECT_RESULT |
					     NET_EVENT_WIFI_AP_ENABLE_RESULT |
					     NET_EVENT_WIFI_AP_STA_CONNECTED |
					     NET_EVENT_WIFI_AP_STA_DISCONNECTED);
	net_mgmt_add_event_callback(&wifi_cb);
#endif
}

/* sta/ap: whether to start that mode; the strings are not NUL-terminated. */
int avm_zephyr_link_start(int sta, const uint8_t *ssid, size_t ssid_len, const uint8_t *psk,
			  size_t psk_len, int ap, const uint8_t *ap_ssid, size_t ap_ssid_len,
			  const uint8_t *ap_psk, size_t ap_psk_len, int hidden)
{
	struct net_if *iface = net_if_get_default();

	if (iface == NULL) {
		return -ENODEV;
	}
	k_msgq_purge(&avm_link_q);
	add_callbacks();
	started = true;
	if (!net_if_is_wifi(iface)) {
		if (ap) {
			started = false;
			return AVM_UNSUPPORTED;
		}
		if (net_if_is_up(iface)) {
			queue(EV_CONNECTED, NULL, 0);
			report_ip(iface);
		}
		return 0;
	}
#ifdef CONFIG_WIFI
	if (sta) {
		struct wifi_connect_req_params p = {
			.ssid = ssid,
			.ssid_length = (uint8_t)MIN(ssid_len, 32),
			.psk = psk,
			.psk_length = (uint8_t)MIN(psk_len, 64),
			.security = psk_len > 0 ? WIFI_SECURITY_TYPE_PSK : WIFI_SECURITY_TYPE_NONE,
			.channel = WIFI_CHANNEL_ANY,
			.band = WIFI_FREQ_BAND_2_4_GHZ,
			.timeout = SYS_FOREVER_MS,
		};
		int r = net_mgmt(NET_REQUEST_WIFI_CONNECT, iface, &p, sizeof(p));

		if (r != 0) {
			started = false;
			return r;
		}
	}
	if (ap) {
		struct wifi_connect_req_params p = {
			.ssid = ap_ssid,
			.ssid_length = (uint8_t)MIN(ap_ssid_len, 32),
			.psk = ap_psk,
			.psk_length = (uint8_t)MIN(ap_psk_len, 64),
			.security = ap_psk_len > 0 ? WIFI_SECURITY_TYPE_PSK : WIFI_SECURITY_TYPE_NONE,
			.channel = WIFI_CHANNEL_ANY,
			.band = WIFI_FREQ_BAND_2_4_GHZ,
		};
		ARG_UNUSED(hidden); /* not in Zephyr's AP parameters */
		int r = net_mgmt(NET_REQUEST_WIFI_AP_ENABLE, iface, &p, sizeof(p));

		if (r != 0) {
			started = false;
			return r;
		}
	}
	return 0;
#else
	ARG_UNUSED(sta);
	ARG_UNUSED(ssid);
	ARG_UNUSED(ssid_len);
	ARG_UNUSED(psk);
	ARG_UNUSED(psk_len);
	ARG_UNUSED(ap_ssid);
	ARG_UNUSED(ap_ssid_len);
	ARG_UNUSED(ap_psk);
	ARG_UNUSED(ap_psk_len);
	ARG_UNUSED(hidden);
	return AVM_UNSUPPORTED;
#endif
}

void avm_zephyr_link_stop(void)
{
	started = false;
#ifdef CONFIG_WIFI
	struct net_if *iface = net_if_get_default();

	if (iface != NULL && net_if_is_wifi(iface)) {
		(void)net_mgmt(NET_REQUEST_WIFI_DISCONNECT, iface, NULL, 0);
		(void)net_mgmt(NET_REQUEST_WIFI_AP_DISABLE, iface, NULL, 0);
	}
#endif
	k_msgq_purge(&avm_link_q);
}

/* The station's RSSI in dBm into *rssi; 0, or an error. */
int avm_zephyr_link_rssi(int *rssi)
{
#ifdef CONFIG_WIFI
	struct net_if *iface = net_if_get_default();
	struct wifi_iface_status st = {0};

	if (iface == NULL || !net_if_is_wifi(iface)) {
		return AVM_UNSUPPORTED;
	}
	int r = net_mgmt(NET_REQUEST_WIFI_IFACE_STATUS, iface, &st, sizeof(st));

	if (r != 0) {
		return r;
	}
	*rssi = st.rssi;
	return 0;
#else
	ARG_UNUSED(rssi);
	return AVM_UNSUPPORTED;
#endif
}

/* The next queued event: its kind (0: none) and 12 bytes of data. */
int avm_zephyr_link_next(uint8_t *data)
{
	struct avm_link_event e;

	if (k_msgq_get(&avm_link_q, &e, K_NO_WAIT) != 0) {
		return 0;
	}
	memcpy(data, e.data, sizeof(e.data));
	return e.kind;
}
