#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: Debian's Chromium and Firefox ESR
# (for the browser tests, when missing; needs root or sudo) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
if [ -n "$missing" ]; then
  echo "Installing Debian's$missing (apt-get)..."
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq $missing >/dev/null
fi
shared="${OPDRACHTRADAR_SHARED:-../shared}"
[ -d "$shared/corpus" ] || echo "note: $shared (corpus, real pages, dates) is not beside the repo; the tests of those skip."
npm ci --no-audit --no-fund --loglevel=error
