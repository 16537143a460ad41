#!/usr/bin/env bash
# ASan+UBSan build and test run (docs/RELIABILITY.md, "Sanitizers").
#   bash scripts/sanitizers.sh [core|all] [extra ctest arguments...]
# core: hp_core's Qt Test suites (tests/core), the CLI they start included; all: every Qt Test suite.
# Builds in build-asan (HP_ASAN_BUILD_DIR) with clang++-14 (HP_ASAN_CXX) and -j2 (HP_JOBS).
set -euo pipefail
mode=${1:-core}
[ $# -gt 0 ] && shift
case $mode in
  core|all) ;;
  *) echo "usage: $0 [core|all] [ctest arguments...]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
build=${HP_ASAN_BUILD_DIR:-build-asan}
jobs=${HP_JOBS:-2}
launcher=()
# ccache only where it is installed (developers' machines); CI builds cold.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# -O1: ASan's recommended level, about half the compile time of -O2 and still fast enough to run the suites.
# Debug keeps Q_ASSERT and assert() on.
cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
  -DCMAKE_CXX_COMPILER="${HP_ASAN_CXX:-clang++-14}" \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" \
  -DHP_SANITIZE=ON

if [ "$mode" = core ]; then testdir="$build/tests/core"; else testdir="$build/tests"; fi
# The test executables are named as their tests; building only them skips the GUI binary and the benches.
mapfile -t targets < <(ctest --test-dir "$testdir" -N | sed -n 's/^ *Test *#[0-9]*: *//p')
[ ${#targets[@]} -gt 0 ] || { echo "no tests found in $testdir" >&2; exit 1; }

start=$(date +%s)
cmake --build "$build" -j"$jobs" --target "${targets[@]}"
built=$(date +%s)
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$testdir" --output-on-failure -j"$jobs" "$@"
echo "sanitizers ($mode, ${#targets[@]} suites): build $(( built - start )) s, tests $(( $(date +%s) - built )) s"
