#!/usr/bin/env bash
# The Nu HTML Checker (vnu.jar, from the npm registry's vnu-jar package) and a
# Java runtime to run it, for the page audit in e2e/test_audit.py.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=26.9.27
# sha512 of the package, as the npm registry publishes it (dist.integrity).
INTEGRITY="TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA=="
JAR=var/tools/vnu-$VERSION.jar

if ! command -v java >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        default-jre-headless >/dev/null
fi
[ -f "$JAR" ] && exit 0

mkdir -p var/tools
package=$(mktemp -d)
trap 'rm -rf "$package"' EXIT
python3 - "$VERSION" "$INTEGRITY" "$package/vnu.tgz" <<'PY'
import base64, hashlib, sys, urllib.request
version, integrity, target = sys.argv[1:]
url = f"https://registry.npmjs.org/vnu-jar/-/vnu-jar-{version}.tgz"
data = urllib.request.urlopen(url, timeout=120).read()
if base64.b64encode(hashlib.sha512(data).digest()).decode() != integrity:
    sys.exit(f"vnu-jar {version}: the download does not match its published checksum")
open(target, "wb").write(data)
PY
tar -xzf "$package/vnu.tgz" -C "$package"
mv "$package/package/build/dist/vnu.jar" "$JAR"
