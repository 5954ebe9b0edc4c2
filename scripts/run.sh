#!/usr/bin/env bash
# The main job: builds actdiff's tour (with GCC) and runs it. Installs what is
# missing first. Until the `actdiff` command-line program exists, the tour
# example is the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if [ ! -f build-gcc/build.ninja ]; then
  CXX=g++ meson setup build-gcc >/dev/null
fi
ninja -C build-gcc examples/example_tour >/dev/null
./build-gcc/examples/example_tour
