"""Fixtures shared by every app's tests and the browser tests."""

import dataclasses
import http.client
import sqlite3

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import SITE_CACHE
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from deploy import proxy
from skintruth.core.tests.factories import build_site, ensure_wagtail_base_data


@pytest.fixture(autouse=True)
def empty_cache(request):
    """Each test starts cold: cached pages or renditions never leak between tests."""
    cache.clear()
    yield
    if _flushes_the_database(request):
        # The flush re-created the content types under new ids.
        ContentType.objects.clear_cache()


def _flushes_the_database(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    names = set(request.fixturenames)
    return transactional or bool(names & {"transactional_db", "live_server"})


@pytest.fixture
def site(db) -> dict:
    """A home page, a review index and a contributor directory, as the default
    Site. A test module adds its own pages by overriding it: `def site(site)`."""
    return build_site()


@pytest.fixture
def search_index(db):
    """Builds the search index from what the test has saved so far (tests run
    with the index's automatic updates off); call it again after more saves."""

    def build() -> None:
        call_command("update_index", verbosity=0)

    build()
    return build


@pytest.fixture(scope="module")
def _demo_for_module(django_db_setup, django_db_blocker):
    """The demo, built once for a test module inside a transaction that is
    rolled back after the module's last test, as Django's setUpTestData does."""
    with django_db_blocker.unblock(), transaction.atomic():
        ensure_wagtail_base_data()
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(_demo_for_module, db):
    """The demo publication, as `manage.py load_demo` builds it. A module's
    tests share one build; what each test changes is rolled back after it."""


class DatabaseSnapshot:
    """A copy of every table, taken once and restored in a fraction of a second.

    Browser tests need committed rows (the live server reads them from another
    thread) and each ends by emptying the database, so the demo would otherwise
    be built again for every one of them.
    """

    SCHEMA = "demo_snapshot"

    def __init__(self):
        connection.ensure_connection()
        self.tables = [
            name
            for name in connection.introspection.table_names()
            if name != "django_migrations"
        ]
        if connection.vendor == "sqlite":
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
        else:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP SCHEMA IF EXISTS {self.SCHEMA} CASCADE")
                cursor.execute(f"CREATE SCHEMA {self.SCHEMA}")
                for table in self.tables:
                    cursor.execute(
                        f'CREATE TABLE {self.SCHEMA}."{table}" AS TABLE "{table}"'
                    )

    def restore(self) -> None:
        if connection.vendor == "sqlite":
            self.copy.backup(connection.connection)
        else:
            self._restore_postgresql()
        # Rows came back under their old ids: forget what was cached about them.
        cache.clear()
        ContentType.objects.clear_cache()
        SITE_CACHE.clear()

    def _restore_postgresql(self) -> None:
        quoted = ", ".join(f'"{table}"' for table in self.tables)
        resets = connection.ops.sequence_reset_sql(
            no_style(), apps.get_models(include_auto_created=True)
        )
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {quoted} CASCADE")
            for table in self.tables:
                cursor.execute(
                    f'INSERT INTO "{table}" SELECT * FROM {self.SCHEMA}."{table}"'
                )
            for statement in resets:
                cursor.execute(statement)

    def drop(self) -> None:
        if connection.vendor == "sqlite":
            self.copy.close()
        else:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP SCHEMA IF EXISTS {self.SCHEMA} CASCADE")


@pytest.fixture(scope="session")
def _demo_snapshot(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_wagtail_base_data()
        call_command("load_demo", verbosity=0)
        call_command("update_index", verbosity=0)
        snapshot = DatabaseSnapshot()
        yield snapshot
        snapshot.drop()


@pytest.fixture
def demo_site(_demo_snapshot, transactional_db):
    """The demo, committed, for tests with a live server: built once per
    session and restored from a copy before each test."""
    _demo_snapshot.restore()


class ProxyClient:
    """Plain HTTP through the real caching proxy; redirects are not followed."""

    def __init__(self, proxy):
        self.proxy = proxy
        self.url = proxy.url

    def get(self, path: str, headers: dict | None = None) -> "ProxyResponse":
        return self.request("GET", path, headers=headers)

    def request(self, method, path, body=None, headers=None) -> "ProxyResponse":
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.proxy.port, timeout=30
        )
        try:
            connection.request(method, path, body=body, headers=headers or {})
            raw = connection.getresponse()
            return ProxyResponse(raw.status, raw.headers, raw.read())
        finally:
            connection.close()

    def cache_status(self, path: str) -> str:
        return self.get(path).headers.get("X-Cache-Status", "")


@dataclasses.dataclass
class ProxyResponse:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode()


@pytest.fixture
def caching_proxy(live_server, settings, tmp_path):
    """nginx from deploy/ in front of the live server, purged by the app."""
    if not proxy.available():
        pytest.skip(
            "nginx with the cache-purge module is missing: "
            "run scripts/install-proxy.sh (make test does)"
        )
    upstream = live_server.url.removeprefix("http://")
    running = proxy.Proxy(
        upstreams=[upstream], run_dir=tmp_path / "proxy", media_root=tmp_path
    )
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "skintruth.core.caching.frontend.ProxyPurgeBackend",
            "LOCATION": running.purge_url,
        }
    }
    with running:
        yield ProxyClient(running)
