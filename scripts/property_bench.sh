#!/usr/bin/env bash
# The 10,000-tree property bench without meson (the same program as
#   meson setup build -Dbench=true && ninja -C build bench/verify/verify_property_bench
# ): generates the trees (seed 2), compiles the files in parallel, links, runs.
#   bash scripts/property_bench.sh [out-dir] [trees]     (CXX, JOBS from the environment)
# Each file of 20 trees takes about 35 s to compile at -O1; use many cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/build-property-bench}
count=${2:-10000}
cxx=${CXX:-g++}
jobs=${JOBS:-$(nproc)}
mkdir -p "$out"
python3 "$root/scripts/gen_property_trees.py" --seed 2 --count "$count" --per-file 20 --kind bench --prefix bench --out "$out"
cd "$out"
flags=(-std=c++20 -O1 -ffp-contract=off -Wall -Wextra -Wpedantic -Werror -I"$root/include" -I"$root/tests/verify/property")
# A source is compiled when its object is missing or older than it (a rerun goes on where one stopped).
ls bench_*.cpp | xargs -P "$jobs" -I{} sh -c 'test {}.o -nt {} || '"$cxx ${flags[*]}"' -c {} -o {}.o.tmp && mv {}.o.tmp {}.o'
"$cxx" bench_*.cpp.o -o verify_property_bench -pthread
./verify_property_bench
