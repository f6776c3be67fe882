#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it (and a font) when missing.
# The demo's videos need no system ffmpeg: the imageio-ffmpeg wheel ships one.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core \
    >/dev/null
