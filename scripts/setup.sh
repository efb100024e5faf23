#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: Debian's Chromium (when
# /usr/bin/chromium is missing; needs root or sudo) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium (apt-get)..."
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
[ -d ../shared/fixtures ] || echo "note: ../shared (fixtures, corpus) is not beside the repo; the fixture tests need it."
npm ci --no-audit --no-fund --loglevel=error
