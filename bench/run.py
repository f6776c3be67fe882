"""`make bench`: time scenarios against a local production server.

Migrates a fresh database under var/bench/ (or uses DATABASE_URL), lets each
scenario in bench/scenarios/*.py create its data through the ORM, starts
gunicorn with the production settings on 127.0.0.1:8190, sends each scenario
a bounded number of requests from a few threads, prints requests per second
and p50/p99 latency, and stops the server. A scenario module exposes
SCENARIOS: objects or dicts with `name`, `setup()` -> state and
`request(state, i)` -> HTTP status; optional `requests` (default 300).
"""

import importlib
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
PORT = 8190
THREADS = 4
WORKERS = 2
DEFAULT_REQUESTS = 300
WARMUP = 10


def environment() -> dict[str, str]:
    env = {
        "DJANGO_SETTINGS_MODULE": "skintruth.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEBUG": "False",
        "SERVE_MEDIA": "True",
        "SECURE_COOKIES": "False",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
        ),
    }
    return {**os.environ, **env}


def prepare_database(env: dict[str, str]) -> None:
    if "DATABASE_URL" not in os.environ:
        shutil.rmtree(BENCH_DIR, ignore_errors=True)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    # Production serves hashed static names from the collectstatic manifest.
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True)


def load_scenarios() -> list:
    found = []
    for module_path in sorted((ROOT / "bench" / "scenarios").glob("*.py")):
        if module_path.name.startswith("_"):
            continue
        module = importlib.import_module(f"bench.scenarios.{module_path.stem}")
        found += list(getattr(module, "SCENARIOS", []))
    return found


def attr(scenario, name: str, default=None):
    if isinstance(scenario, dict):
        return scenario.get(name, default)
    return getattr(scenario, name, default)


def start_server(env: dict[str, str]) -> subprocess.Popen:
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [
            str(gunicorn),
            "skintruth.wsgi",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/", timeout=2)
            return server
        except Exception:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not start within 60 seconds")


def run_one(scenario, state) -> dict:
    request = attr(scenario, "request")
    total = attr(scenario, "requests", DEFAULT_REQUESTS)
    for i in range(WARMUP):
        request(state, -1 - i)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def timed(i: int) -> None:
        nonlocal errors
        started = time.perf_counter()
        try:
            status = request(state, i)
            failed = status is None or status >= 400
        except Exception:
            failed = True
        elapsed = time.perf_counter() - started
        with lock:
            latencies.append(elapsed)
            errors += failed

    began = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(timed, range(total)))
    wall = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "name": attr(scenario, "name"),
        "requests": total,
        "errors": errors,
        "rps": total / wall,
        "p50": statistics.median(ordered) * 1000,
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
    }


def main() -> None:
    sys.path[0] = str(ROOT)  # import `bench` and `skintruth` from the checkout
    env = environment()
    prepare_database(env)
    os.environ.update(env)
    import django

    django.setup()
    scenarios = load_scenarios()
    states = [attr(s, "setup")() for s in scenarios]
    from django.db import connections

    connections.close_all()
    server = start_server(env)
    try:
        print(
            f"{'scenario':<44} {'req':>5} {'err':>4} {'req/s':>8} {'p50 ms':>8} "
            f"{'p99 ms':>8}"
        )
        for scenario, state in zip(scenarios, states, strict=True):
            r = run_one(scenario, state)
            print(
                f"{r['name']:<44} {r['requests']:>5} {r['errors']:>4} "
                f"{r['rps']:>8.1f} {r['p50']:>8.1f} {r['p99']:>8.1f}"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        f"gunicorn, {WORKERS} workers, {THREADS} client threads, "
        f"{env['DATABASE_URL'].split(':')[0]}"
    )


if __name__ == "__main__":
    main()
