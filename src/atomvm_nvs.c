/*
 * Non-volatile storage for esp:nvs_* on Zephyr's settings subsystem: the entry
 * Namespace/Key is the setting "avm/<Namespace>/<Key>", kept by whatever backend the
 * application configured (NVS or ZMS on the storage partition, a file, ...). Built with
 * CONFIG_ATOMVM_NVS, which also builds the Rust side (the crate's "nvs" feature).
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <zephyr/kernel.h>
#include <zephyr/settings/settings.h>

#define PREFIX "avm"
/* "avm/" + 15 + "/" + 15 + NUL */
#define NAME_MAX_LEN 40

static bool ready;

static int init(void)
{
	if (!ready) {
		int r = settings_subsys_init();

		if (r != 0) {
			return r;
		}
		ready = true;
	}
	return 0;
}

/* "avm", "avm/ns" or "avm/ns/key" (names were checked by the VM: no '/', <= 15 bytes). */
static int make_name(char *out, const uint8_t *ns, size_t ns_len, const uint8_t *key,
		     size_t key_len)
{
	int n;

	if (ns == NULL) {
		n = snprintf(out, NAME_MAX_LEN, "%s", PREFIX);
	} else if (key == NULL) {
		n = snprintf(out, NAME_MAX_LEN, "%s/%.*s", PREFIX, (int)ns_len, (const char *)ns);
	} else {
		n = snprintf(out, NAME_MAX_LEN, "%s/%.*s/%.*s", PREFIX, (int)ns_len,
			     (const char *)ns, (int)key_len, (const char *)key);
	}
	return n > 0 && n < NAME_MAX_LEN ? 0 : -EINVAL;
}

struct get_ctx {
	uint8_t *buf;
	size_t cap;
	ssize_t len; /* -ENOENT until found */
};

static int get_cb(const char *key, size_t len, settings_read_cb read_cb, void *cb_arg,
		  void *param)
{
	struct get_ctx *c = param;
	const char *next;

	/* Only the setting itself, not ones below it. */
	if (key != NULL && settings_name_next(key, &next) != 0) {
		return 0;
	}
	if (len <= c->cap) {
		ssize_t n = read_cb(cb_arg, c->buf, len);

		c->len = n < 0 ? n : (ssize_t)len;
	} else {
		c->len = (ssize_t)len; /* the caller retries with room enough */
	}
	return 1; /* stop */
}

/* The value's length (which may exceed cap: then nothing was copied), -ENOENT, or an
 * error. A zero-length setting is a deleted one in most backends (so the Rust side
 * stores every value behind a format byte, and an empty binary survives). */
int avm_zephyr_nvs_get(const uint8_t *ns, size_t ns_len, const uint8_t *key, size_t key_len,
		       uint8_t *buf, size_t cap)
{
	char name[NAME_MAX_LEN];
	int r = init();

	if (r == 0) {
		r = make_name(name, ns, ns_len, key, key_len);
	}
	if (r != 0) {
		return r;
	}
	struct get_ctx c = {.buf = buf, .cap = cap, .len = -ENOENT};

	r = settings_load_subtree_direct(name, get_cb, &c);
	if (r != 0) {
		return r;
	}
	if (c.len == 0) {
		return -ENOENT;
	}
	return (int)c.len;
}

int avm_zephyr_nvs_set(const uint8_t *ns, size_t ns_len, const uint8_t *key, size_t key_len,
		       const uint8_t *value, size_t len)
{
	char name[NAME_MAX_LEN];
	int r = init();

	if (r == 0) {
		r = make_name(name, ns, ns_len, key, key_len);
	}
	return r != 0 ? r : settings_save_one(name, value, len);
}

int avm_zephyr_nvs_erase(const uint8_t *ns, size_t ns_len, const uint8_t *key, size_t key_len)
{
	char name[NAME_MAX_LEN];
	int r = init();

	if (r == 0) {
		r = make_name(name, ns, ns_len, key, key_len);
	}
	return r != 0 ? r : settings_delete(name);
}

/* Deletes every setting below a prefix: names are collected first (deleting while the
 * backend iterates is not allowed), a batch at a time. */
#define BATCH 8

struct list_ctx {
	const char *prefix;
	char names[BATCH][NAME_MAX_LEN];
	int n;
	bool more;
};

static int list_cb(const char *key, size_t len, settings_read_cb read_cb, void *cb_arg,
		   void *param)
{
	struct list_ctx *c = param;

	ARG_UNUSED(read_cb);
	ARG_UNUSED(cb_arg);
	if (key == NULL || len == 0) {
		return 0; /* the prefix itself, or an already deleted entry */
	}
	if (c->n == BATCH) {
		c->more = true;
		return 1;
	}
	int w = snprintf(c->names[c->n], NAME_MAX_LEN, "%s/%s", c->prefix, key);

	if (w > 0 && w < NAME_MAX_LEN) {
		c->n++;
	}
	return 0;
}

static int erase_below(const char *prefix)
{
	static struct list_ctx c; /* 330 bytes: off the VM thread's stack */

	for (;;) {
		c.prefix = prefix;
		c.n = 0;
		c.more = false;
		int r = settings_load_subtree_direct(prefix, list_cb, &c);

		if (r != 0) {
			return r;
		}
		for (int i = 0; i < c.n; i++) {
			r = settings_delete(c.names[i]);
			if (r != 0) {
				return r;
			}
		}
		if (!c.more) {
			return 0;
		}
	}
}

int avm_zephyr_nvs_erase_all(const uint8_t *ns, size_t ns_len)
{
	char name[NAME_MAX_LEN];
	int r = init();

	if (r == 0) {
		r = make_name(name, ns, ns_len, NULL, 0);
	}
	return r != 0 ? r : erase_below(name);
}

int avm_zephyr_nvs_reformat(void)
{
	int r = init();

	return r != 0 ? r : erase_below(PREFIX);
}
