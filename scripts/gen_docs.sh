#!/usr/bin/env bash
# Regenerates docs/catalog.md and docs/plots/*.svg with the actdiff program
# (`actdiff catalog`). Usage: scripts/gen_docs.sh [build dir] (default
# build-gcc; set up with GCC when missing). GCC and Clang builds write the
# same bytes; `meson test --suite docs` fails when the committed files differ.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-gcc}
if [ ! -f "$build/build.ninja" ]; then
  CXX=${CXX:-g++} meson setup "$build" >/dev/null
fi
ninja -C "$build" tools/actdiff >/dev/null
rm -f docs/plots/*.svg  # no plots of entries that are gone
"$build/tools/actdiff" catalog --markdown docs/catalog.md --svg-dir docs/plots
