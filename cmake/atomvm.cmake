# SPDX-License-Identifier: Apache-2.0
#
# CMake functions of the AtomVM Zephyr module:
#   atomvm_rust_target(<out-var>)   the Rust target triple for the board's CPU
#   atomvm_add_avm(<target> NAME <name> SOURCES a.erl b.erl ... [BEAMS x.beam ...]
#                  [AVMS lib.avm ...] [MAIN | LIB] [ERLC_FLAGS ...])
#       compiles the Erlang sources with erlc, packs them (and the BEAMS/AVMS given) with
#       packbeam into <name>.avm and embeds it into <target> as
#           const uint8_t atomvm_avm_<name>[]; const size_t atomvm_avm_<name>_len;
#       MAIN/LIB also name it atomvm_main_avm/atomvm_lib_avm (what CONFIG_ATOMVM_AUTOSTART
#       loads). The first module with start/0 in SOURCES order is the package's entry point.

set(ATOMVM_MODULE_DIR ${CMAKE_CURRENT_LIST_DIR}/.. CACHE INTERNAL "")
get_filename_component(ATOMVM_MODULE_DIR ${ATOMVM_MODULE_DIR} ABSOLUTE)

# The Rust target triple for the CPU this image is built for (see docs/zephyr.md).
function(atomvm_rust_target out)
  if(NOT "${CONFIG_ATOMVM_RUST_TARGET}" STREQUAL "")
    set(t ${CONFIG_ATOMVM_RUST_TARGET})
  elseif(CONFIG_CPU_CORTEX_M)
    if(CONFIG_CPU_CORTEX_M0 OR CONFIG_CPU_CORTEX_M0PLUS OR CONFIG_CPU_CORTEX_M1)
      set(t thumbv6m-none-eabi)
    elseif(CONFIG_CPU_CORTEX_M3)
      set(t thumbv7m-none-eabi)
    elseif(CONFIG_CPU_CORTEX_M4 OR CONFIG_CPU_CORTEX_M7)
      if(CONFIG_FP_HARDABI)
        set(t thumbv7em-none-eabihf)
      else()
        set(t thumbv7em-none-eabi)
      endif()
    elseif(CONFIG_CPU_CORTEX_M23)
      set(t thumbv8m.base-none-eabi)
    elseif(CONFIG_CPU_CORTEX_M33 OR CONFIG_CPU_CORTEX_M35P OR CONFIG_CPU_CORTEX_M55
           OR CONFIG_CPU_CORTEX_M85)
      if(CONFIG_FP_HARDABI)
        set(t thumbv8m.main-none-eabihf)
      else()
        set(t thumbv8m.main-none-eabi)
      endif()
    else()
      message(FATAL_ERROR "AtomVM: unknown Cortex-M CPU; set CONFIG_ATOMVM_RUST_TARGET")
    endif()
  elseif(CONFIG_RISCV)
    # Zephyr uses the hard-float ABI only with CONFIG_FPU; Rust's targets fix the ABI.
    if(CONFIG_64BIT)
      if(CONFIG_FPU AND CONFIG_RISCV_ISA_EXT_D)
        set(t riscv64gc-unknown-none-elf)
      else()
        set(t riscv64imac-unknown-none-elf)
      endif()
    elseif(CONFIG_RISCV_ISA_RV32E)
      message(FATAL_ERROR "AtomVM: RV32E has no Rust target with prebuilt libraries")
    elseif(CONFIG_FPU AND CONFIG_RISCV_ISA_EXT_F AND NOT CONFIG_RISCV_ISA_EXT_D
           AND CONFIG_RISCV_ISA_EXT_M AND CONFIG_RISCV_ISA_EXT_A AND CONFIG_RISCV_ISA_EXT_C)
      set(t riscv32imafc-unknown-none-elf)
    elseif(CONFIG_RISCV_ISA_EXT_M AND CONFIG_RISCV_ISA_EXT_A AND CONFIG_RISCV_ISA_EXT_C)
      set(t riscv32imac-unknown-none-elf)
    elseif(CONFIG_RISCV_ISA_EXT_M AND CONFIG_RISCV_ISA_EXT_C)
      set(t riscv32imc-unknown-none-elf)
    elseif(CONFIG_RISCV_ISA_EXT_M)
      set(t riscv32im-unknown-none-elf)
    else()
      set(t riscv32i-unknown-none-elf)
    endif()
  elseif(CONFIG_ARCH_POSIX)
    # native_sim: the image is a Linux program built with the host's gcc (-m32 unless
    # native_sim/native/64).
    if(CONFIG_64BIT)
      if(CMAKE_HOST_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
        set(t aarch64-unknown-linux-gnu)
      else()
        set(t x86_64-unknown-linux-gnu)
      endif()
    else()
      set(t i686-unknown-linux-gnu)
    endif()
  elseif(CONFIG_X86)
    if(CONFIG_X86_64)
      set(t x86_64-unknown-none)
    elseif(NOT CONFIG_FPU)
      # No soft-float 32-bit x86 target ships prebuilt, and without CONFIG_FPU Zephyr
      # makes every x87/SSE instruction fault.
      message(FATAL_ERROR "AtomVM: 32-bit x86 needs CONFIG_FPU=y (the Rust code uses the FPU)")
    elseif(CONFIG_X86_SSE2)
      # No bare-metal 32-bit x86 target ships prebuilt: the Linux one's no_std code
      # follows the same i386 System V calling convention. Built with
      # -Crelocation-model=static (CMakeLists.txt).
      set(t i686-unknown-linux-gnu)
    else()
      # x87 only (no SSE2): the Pentium target. Its f64 arithmetic rounds through the
      # x87's 80-bit registers, so a few float results can differ in the last bit.
      set(t i586-unknown-linux-gnu)
    endif()
  else()
    message(FATAL_ERROR "AtomVM: no Rust target known for this CPU; set CONFIG_ATOMVM_RUST_TARGET")
  endif()
  set(${out} ${t} PARENT_SCOPE)
endfunction()

# Builds the host `packbeam` tool from this module (unless ATOMVM_PACKBEAM names one).
function(_atomvm_packbeam_tool out_exe out_dep)
  if(ATOMVM_PACKBEAM)
    set(${out_exe} ${ATOMVM_PACKBEAM} PARENT_SCOPE)
    set(${out_dep} "" PARENT_SCOPE)
    return()
  endif()
  set(dir ${CMAKE_BINARY_DIR}/atomvm/host)
  set(exe ${dir}/release/packbeam${CMAKE_HOST_EXECUTABLE_SUFFIX})
  if(NOT TARGET atomvm_packbeam)
    find_program(ATOMVM_CARGO cargo REQUIRED)
    add_custom_command(
      OUTPUT ${exe}
      COMMAND ${CMAKE_COMMAND} -E env --unset=CARGO_BUILD_TARGET --unset=RUSTFLAGS
              ${ATOMVM_CARGO} build --quiet --release
              --manifest-path ${ATOMVM_MODULE_DIR}/rust/Cargo.toml
              -p avm-packbeam --features std --bin packbeam --target-dir ${dir}
      DEPENDS ${ATOMVM_MODULE_DIR}/rust/packbeam/src/bin/packbeam.rs
              ${ATOMVM_MODULE_DIR}/rust/packbeam/src/avm.rs
              ${ATOMVM_MODULE_DIR}/rust/packbeam/src/iff.rs
      COMMENT "Building the packbeam tool (host)"
      USES_TERMINAL
    )
    add_custom_target(atomvm_packbeam DEPENDS ${exe})
  endif()
  set(${out_exe} ${exe} PARENT_SCOPE)
  set(${out_dep} atomvm_packbeam PARENT_SCOPE)
endfunction()

function(atomvm_add_avm target)
  cmake_parse_arguments(A "MAIN;LIB" "NAME" "SOURCES;BEAMS;AVMS;ERLC_FLAGS" ${ARGN})
  if(NOT A_NAME)
    message(FATAL_ERROR "atomvm_add_avm: NAME is required")
  endif()
  if(A_MAIN AND A_LIB)
    message(FATAL_ERROR "atomvm_add_avm: MAIN and LIB exclude each other")
  endif()
  string(MAKE_C_IDENTIFIER ${A_NAME} cname)
  find_program(ATOMVM_ERLC erlc REQUIRED)
  _atomvm_packbeam_tool(packbeam packbeam_dep)

  set(dir ${CMAKE_CURRENT_BINARY_DIR}/atomvm_avm/${A_NAME})
  file(MAKE_DIRECTORY ${dir}/ebin)
  set(beams)
  foreach(src ${A_SOURCES})
    get_filename_component(src ${src} ABSOLUTE)
    get_filename_component(mod ${src} NAME_WE)
    set(beam ${dir}/ebin/${mod}.beam)
    add_custom_command(
      OUTPUT ${beam}
      COMMAND ${ATOMVM_ERLC} ${A_ERLC_FLAGS} -o ${dir}/ebin ${src}
      DEPENDS ${src}
      COMMENT "erlc ${mod}.erl"
    )
    list(APPEND beams ${beam})
  endforeach()
  foreach(b ${A_BEAMS} ${A_AVMS})
    get_filename_component(b ${b} ABSOLUTE)
    list(APPEND beams ${b})
  endforeach()

  set(avm ${dir}/${A_NAME}.avm)
  add_custom_command(
    OUTPUT ${avm}
    COMMAND ${packbeam} create ${avm} ${beams}
    DEPENDS ${beams} ${packbeam_dep} ${packbeam}
    COMMENT "packbeam ${A_NAME}.avm"
  )

  # The package as a C array: generate_inc_file_for_target writes the bytes as a list.
  set(inc ${dir}/${A_NAME}.avm.inc)
  generate_inc_file_for_target(${target} ${avm} ${inc})
  set(c ${dir}/${cname}_avm.c)
  set(alias "")
  if(A_MAIN)
    set(alias "main")
  elseif(A_LIB)
    set(alias "lib")
  endif()
  set(text "/* Generated by atomvm_add_avm(): ${A_NAME}.avm */\n#include <stddef.h>\n#include <stdint.h>\n\n")
  string(APPEND text "const uint8_t atomvm_avm_${cname}[] __attribute__((aligned(4))) = {\n#include \"${A_NAME}.avm.inc\"\n};\n")
  string(APPEND text "const size_t atomvm_avm_${cname}_len = sizeof(atomvm_avm_${cname});\n")
  if(alias)
    string(APPEND text "\nextern const uint8_t atomvm_${alias}_avm[] __attribute__((alias(\"atomvm_avm_${cname}\")));\n")
    string(APPEND text "extern const size_t atomvm_${alias}_avm_len __attribute__((alias(\"atomvm_avm_${cname}_len\")));\n")
  endif()
  file(GENERATE OUTPUT ${c} CONTENT "${text}")
  target_sources(${target} PRIVATE ${c})
  set_source_files_properties(${c} PROPERTIES OBJECT_DEPENDS ${inc})
endfunction()
