#!/usr/bin/env bash
# Builds everything and runs every test, with GCC 12 and with Clang 16, in
# two build directories (build-gcc, build-clang). The bounded accuracy sweep
# (tests/accuracy) runs in the GCC build only: the math gives both compilers
# the same bits, and it is the slowest part to build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
# One compiler per core, and per 3 GB of available memory: the largest test
# programs take 2-2.6 GB to compile with GCC (meson.build).
mem_jobs=$(awk '/^MemAvailable:/ { j = int($2 / 3000000); print (j < 1 ? 1 : j) }' /proc/meminfo 2>/dev/null || true)
jobs=$(nproc)
[ -n "$mem_jobs" ] && [ "$mem_jobs" -lt "$jobs" ] && jobs=$mem_jobs
jobs=${ACTDIFF_JOBS:-$jobs}
status=0
for cc in gcc clang; do
  case $cc in
    gcc)   cxx=g++;        sweep=true ;;
    clang) cxx=clang++-16; sweep=false ;;
  esac
  dir=build-$cc
  if [ ! -f "$dir/build.ninja" ]; then
    CXX=$cxx meson setup "$dir" -Dsweep_test=$sweep "$@"
  else
    meson configure "$dir" -Dsweep_test=$sweep "$@"
  fi
  echo "=== $cc: build ==="
  ninja -C "$dir" -j "$jobs"
  echo "=== $cc: test ==="
  meson test -C "$dir" --num-processes "$jobs" --print-errorlogs || status=1
done
exit $status
