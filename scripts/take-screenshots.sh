#!/usr/bin/env bash
# Re-take docs/screenshots/ from a fresh demo database on a spare port.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="sqlite:///$(pwd)/var/screenshots.sqlite3"
PORT=${SCREENSHOT_PORT:-8199}
rm -f var/screenshots.sqlite3
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_demo -v0
.venv/bin/python manage.py runserver "127.0.0.1:$PORT" --noreload >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 50); do
    curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break
    sleep 0.2
done
.venv/bin/python scripts/screenshots.py "http://127.0.0.1:$PORT" docs/screenshots \
    home=/ \
    microcurrent-guide=/reviews/at-home-microcurrent-devices-guide/ \
    reviews=/reviews/ \
    contributors=/contributors/ \
    profile=/contributors/marta-lindqvist/ \
    five-best=/five-best/ \
    videos=/videos/ \
    be-inspired=/be-inspired/ \
    shop=/shop/catalogue/ \
    search=/search/?q=microcurrent
echo "Screenshots written to docs/screenshots/"
