#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; the demo's videos are drawn with
# ffmpeg. Install either when it is missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core \
    ffmpeg >/dev/null
