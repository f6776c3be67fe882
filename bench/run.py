"""`make bench`: load the production stack with wrk and print what it serves.

Starts the same stack as `make serve` (deploy/stack.py) on PostgreSQL and
Redis, checks every URL first (HTTP 200 and the comments it must show), then
runs `wrk -t2 -c16 -d20s` (BENCH_SECONDS changes the duration) per scenario
and prints requests per second, the share of the ceiling (the guide's own
HTML served by nginx as a static file), p50, p99, errors and how busy the CPU
was just before. BENCH_SCALE=1 adds the 1,000,000-comment comparison.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scale, scenarios, wrk  # noqa: E402
from deploy.stack import Stack, StackConfig  # noqa: E402

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/skintruth_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")


def bench_stack() -> Stack:
    config = StackConfig(
        run_dir=ROOT / "var" / "bench",
        proxy_port=8380,
        app_port=8381,
        first_server_port=8391,
        app_servers=int(os.environ.get("APP_SERVERS", 2)),
        workers_per_server=int(os.environ.get("APP_WORKERS", 1)),
        database_url=DATABASE_URL,
        redis_url=REDIS_URL,
    )
    return Stack(config)


def main() -> None:
    # The notification emails are built and queued, then dropped, not printed.
    os.environ.setdefault(
        "EMAIL_BACKEND", "django.core.mail.backends.dummy.EmailBackend"
    )
    scenarios.create_database(DATABASE_URL)
    stack = bench_stack()
    os.environ.update(stack.environment())
    stack.prepare()
    import django

    django.setup()
    from django.core.cache import cache

    cache.clear()  # the database is new: nothing kept from a previous run holds
    data = scenarios.prepare_data(stack)
    stack.start()
    try:
        rows = scenarios.run_all(stack, data)
        wrk.print_table(rows, stack)
        if os.environ.get("BENCH_SCALE") == "1":
            scale.run(stack, data["guide"][0])
    finally:
        stack.stop()
    failed = [row.name for row in rows if row.errors]
    if failed:
        # A figure made of error pages measures nothing: fail, so CI notices.
        raise SystemExit(f"make bench: errors in {', '.join(failed)}")


if __name__ == "__main__":
    main()
