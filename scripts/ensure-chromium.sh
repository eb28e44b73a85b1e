#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through its chromedriver. The build runs this before
# the tests so that `./mvnw -B test` on a fresh machine installs them (as root, with apt-get) instead of
# skipping the browser tests.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need chromium and chromedriver; install them (Debian: apt-get install chromium chromium-driver)." >&2
  exit 1
fi
echo "Installing chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium chromium-driver
