/* SPDX-License-Identifier: Apache-2.0 */
#include <stddef.h>

struct suite_case {
	const char *module;
	const char *expected;
};

extern const struct suite_case suite_cases[];
extern const size_t suite_case_count;
/* Where atomvm_result() writes: sized by expected.escript from the longest result. */
extern char suite_got[];
extern const size_t suite_got_size;
