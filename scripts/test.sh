#!/usr/bin/env bash
# Builds everything and runs every test, with GCC 12 and with Clang 16, in
# two build directories (build-gcc, build-clang).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=${ACTDIFF_JOBS:-$(nproc)}
status=0
for cc in gcc clang; do
  case $cc in
    gcc)   cxx=g++ ;;
    clang) cxx=clang++-16 ;;
  esac
  dir=build-$cc
  if [ ! -f "$dir/build.ninja" ]; then
    CXX=$cxx meson setup "$dir" "$@"
  elif [ $# -gt 0 ]; then
    meson configure "$dir" "$@"
  fi
  echo "=== $cc: build ==="
  ninja -C "$dir" -j "$jobs"
  echo "=== $cc: test ==="
  meson test -C "$dir" --num-processes "$jobs" --print-errorlogs || status=1
done
exit $status
