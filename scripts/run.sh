#!/usr/bin/env bash
# The main job: builds the actdiff program (with GCC) and shows the catalog,
# a function with its derivatives, and the identity table verified (exit
# status 1 if any identity fails). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if [ ! -f build-gcc/build.ninja ]; then
  CXX=g++ meson setup build-gcc >/dev/null
fi
echo "building the actdiff program (the first build takes a few minutes)..."
ninja -C build-gcc tools/actdiff examples/example_tour >/dev/null
actdiff=./build-gcc/tools/actdiff
echo; echo '$ actdiff list'; $actdiff list
echo; echo '$ actdiff show gelu --expand'; $actdiff show gelu --expand
echo; echo '$ actdiff eval softmax 3,1,-3 --order 1'; $actdiff eval softmax 3,1,-3 --order 1
echo; echo '$ example_tour   (derivatives at compile time, an identity checked at 100 digits)'
./build-gcc/examples/example_tour
echo; echo '$ actdiff verify   (the identity table: proofs, and every equation at 100 digits)'
$actdiff verify
