# SPDX-License-Identifier: Apache-2.0
#
# What the peripheral tests' CMakeLists.txt share. include() this after find_package(Zephyr).

set(AVM_TEST_COMMON ${CMAKE_CURRENT_LIST_DIR})

# avm_test_package(MODULE [SOURCE file.erl]): src/MODULE.erl (or SOURCE) as the package
# atomvm_avm_MODULE, the standard library (libs/*/src) as atomvm_avm_lib, and
# avm_test_run() (avm_test.h) for main().
function(avm_test_package module)
  cmake_parse_arguments(arg "" "SOURCE" "" ${ARGN})
  if(NOT arg_SOURCE)
    set(arg_SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/src/${module}.erl)
  endif()
  target_sources(app PRIVATE ${AVM_TEST_COMMON}/avm_test.c)
  target_include_directories(app PRIVATE ${AVM_TEST_COMMON})
  atomvm_add_avm(app NAME ${module} SOURCES ${arg_SOURCE})
  file(GLOB lib_sources ${AVM_TEST_COMMON}/../../../libs/*/src/*.erl)
  list(SORT lib_sources)
  atomvm_add_avm(app NAME lib SOURCES ${lib_sources} ERLC_FLAGS +deterministic)
endfunction()

# avm_erlang_test(MODULE [SOURCE file.erl]): avm_test_package with a main() that only
# runs it.
function(avm_erlang_test module)
  avm_test_package(${module} ${ARGN})
  target_sources(app PRIVATE ${AVM_TEST_COMMON}/avm_test_main.c)
  target_compile_definitions(app PRIVATE AVM_TEST=${module})
endfunction()
