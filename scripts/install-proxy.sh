#!/usr/bin/env bash
# The caching proxy (nginx with the cache-purge module) and wrk for make bench,
# from Debian's packages; installed when missing.
set -euo pipefail
if [ -x /usr/sbin/nginx ] && [ -e /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] \
    && command -v wrk >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    nginx-light libnginx-mod-http-cache-purge wrk >/dev/null
# Debian starts a system nginx on port 80 when installing; ours runs on its own.
if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now nginx 2>/dev/null || true; fi
