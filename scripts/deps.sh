#!/usr/bin/env bash
# Installs what actdiff needs to build and test, from Debian 12's archive,
# when it is missing. Safe to run again: it installs nothing already present.
set -euo pipefail
pkgs=(meson ninja-build g++ clang-16 pkg-config python3 libboost1.81-dev doctest-dev libmpfr-dev libgmp-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "actdiff: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
