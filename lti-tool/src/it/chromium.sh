#!/usr/bin/env bash
# Makes sure the browser tests (*BrowserIT) have Debian's Chromium and its driver at /usr/bin/chromium and
# /usr/bin/chromedriver. Installs the packages when missing (needs root, as on CI); the tests never
# download a browser or driver of their own.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is not installed and this is not root: run 'sudo apt-get install chromium chromium-driver' once." >&2
  exit 1
fi
echo "Installing Chromium and chromium-driver from Debian's packages"
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
echo "Chromium for the browser tests: $(/usr/bin/chromium --version 2>/dev/null)"
