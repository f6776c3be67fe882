"""A real app server keeps its database connection between requests; when that
connection dies (a restart, a failover, an admin's kill), the next reader still
gets the page. PostgreSQL only: it kills only this test's own server backend."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest
from django.conf import settings
from django.db import connection

from skintruth.core.tests.factories import build_site

ROOT = Path(__file__).resolve().parents[3]
PROBE = "skintruth-fault-probe"

pytestmark = [
    pytest.mark.system,
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="kills a PostgreSQL backend of the app server",
    ),
    pytest.mark.django_db(transaction=True),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def app_server() -> Iterator[str]:
    """gunicorn serving the test database with connections kept for a minute."""
    db = settings.DATABASES["default"]
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "skintruth.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/"
        f"{db['NAME']}?application_name={PROBE}",
        "CONN_MAX_AGE": "60",
        "REDIS_URL": "",
    }
    server = subprocess.Popen(
        [Path(sys.executable).parent / "gunicorn", "skintruth.wsgi"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "1"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


def server_backends() -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = %s",
            [PROBE],
        )
        return [pid for (pid,) in cursor.fetchall()]


def kill_server_backends() -> None:
    with connection.cursor() as cursor:
        for pid in server_backends():
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])


def read_home(url: str) -> tuple[int, str]:
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except HTTPError as error:
        return error.code, ""


def test_the_next_reader_gets_the_page_after_the_database_dropped_the_connection(
    app_server,
):
    build_site()
    assert read_home(app_server)[0] == 200
    kept = server_backends()
    assert kept  # the server kept its connection for the next request

    kill_server_backends()
    status, html = read_home(app_server)

    assert status == 200
    assert "<title>" in html and "skintruth" in html
    assert server_backends() and server_backends() != kept
