/*
 * 32-bit x86 only: the entry points of the C API, realigning the stack to 16 bytes.
 *
 * The Rust code for these boards is built for Rust's i686 Linux target (no bare-metal
 * 32-bit x86 target ships prebuilt), which assumes the Linux ABI's 16-byte stack alignment
 * at every call and keeps SSE values on the stack with aligned moves. Zephyr's x86 C code
 * keeps only 4-byte alignment (gcc: -mpreferred-stack-boundary=2; clang's default for
 * i686-pc-none-elf), so a call straight from C into Rust faults (#GP) at the first such
 * move. The linker sends every call of an atomvm_* function that Rust implements to the
 * __wrap_ trampoline here (-Wl,--wrap, see CMakeLists.txt), which aligns the stack, copies
 * three argument words (no function of the API takes more; copying unused ones reads the
 * caller's frame, harmlessly) and calls the Rust function (__real_). Rust calls C only for
 * kernel services and the receiver callback, so once inside, the stack stays aligned.
 * Written in assembly because how a C compiler realigns depends on its flags.
 *
 * SPDX-License-Identifier: Apache-2.0
 */

.macro avm_aligned_entry name
	.section .text.__wrap_\name, "ax", @progbits
	.globl __wrap_\name
	.type __wrap_\name, @function
__wrap_\name:
	pushl %ebp
	movl %esp, %ebp
	andl $-16, %esp
	subl $4, %esp          /* 4 + 3 pushed words: 16, so %esp is aligned at the call */
	pushl 16(%ebp)
	pushl 12(%ebp)
	pushl 8(%ebp)
	call __real_\name
	movl %ebp, %esp        /* %eax (the result) is left as it is */
	popl %ebp
	ret
	.size __wrap_\name, . - __wrap_\name
.endm

avm_aligned_entry atomvm_init
avm_aligned_entry atomvm_load_avm
avm_aligned_entry atomvm_start
avm_aligned_entry atomvm_run
avm_aligned_entry atomvm_result
avm_aligned_entry atomvm_send
avm_aligned_entry atomvm_stop
avm_aligned_entry atomvm_deinit
avm_aligned_entry atomvm_set_receiver

.section .note.GNU-stack, "", @progbits
