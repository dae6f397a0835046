#!/usr/bin/env bash
# Makes sure the browsers the tests run in are installed: Debian's chromium
# and firefox-esr (nothing downloads a browser of its own). As root it
# installs what is missing with apt-get; otherwise it says what to run.
set -euo pipefail

need=()
chrome="${CHROME_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
browsers="${BROWSERS:-chromium,firefox}"
if [[ $browsers == *chromium* && ! -x $chrome ]]; then need+=(chromium fonts-liberation); fi
if [[ $browsers == *firefox* && ! -x $firefox ]]; then need+=(firefox-esr); fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "The tests need ${need[*]}. Install them (Debian/Ubuntu):" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  echo "or point CHROME_PATH / FIREFOX_PATH at installed browsers." >&2
  exit 1
fi

echo "Installing ${need[*]} with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
