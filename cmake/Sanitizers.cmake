# SPDX-License-Identifier: GPL-3.0-or-later
# hp_sanitizers: the one place that says how Habitat Planner is built with AddressSanitizer and
# UndefinedBehaviorSanitizer. HP_SANITIZE=ON (scripts/sanitizers.sh) puts it on every target; anything else
# that wants instrumented code (fuzz targets) links this target rather than repeating the flags.
add_library(hp_sanitizers INTERFACE)
set(HP_SANITIZER_FLAGS
  -fsanitize=address,undefined
  # A UB report must fail the test, not scroll past: UBSan otherwise only prints and carries on.
  -fno-sanitize-recover=undefined
  # Readable stacks in ASan/LSan reports (the fast unwinder walks frame pointers).
  -fno-omit-frame-pointer)
target_compile_options(hp_sanitizers INTERFACE ${HP_SANITIZER_FLAGS})
target_link_options(hp_sanitizers INTERFACE -fsanitize=address,undefined)

# What the tests run with when built instrumented (tests/CMakeLists.txt, hp_add_test). Leaks are checked at
# exit; the suppressions list only leaks inside uninstrumented third-party libraries, each with its reason.
set(HP_SANITIZER_TEST_ENVIRONMENT
  "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1"
  "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
  "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan-suppressions.txt:print_suppressions=0")

# hp_fuzz_coverage: with HP_FUZZ every target (libraries and tests too) gets libFuzzer's coverage counters,
# so the fuzzers see which of our branches an input reached. Only the fuzz executables link the libFuzzer
# runtime (-fsanitize=fuzzer, fuzz/CMakeLists.txt); the tests keep their own main and run as usual.
add_library(hp_fuzz_coverage INTERFACE)
target_compile_options(hp_fuzz_coverage INTERFACE -fsanitize=fuzzer-no-link)
