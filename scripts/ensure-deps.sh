#!/usr/bin/env bash
# Makes sure the C library microcred parses CSV with (libcsv) is installed.
# Installs Debian's libcsv-dev when it is missing and we are root; otherwise
# says exactly what to install.
set -euo pipefail

if [ -f /usr/include/csv.h ] && ls /usr/lib/*/libcsv.so /usr/lib/libcsv.so >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "microcred: installing libcsv-dev (Debian package) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq libcsv-dev >/dev/null
  exit 0
fi
echo "microcred needs the libcsv C library. Install it with:" >&2
echo "    sudo apt-get install libcsv-dev" >&2
exit 1
