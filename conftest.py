"""Fixtures shared by every app's tests and the browser tests."""

import dataclasses
import http.client
import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from deploy import proxy
from skintruth.core.tests.databases import DEMO, DEMO_INDEXED, MIGRATED, TestDatabases
from skintruth.core.tests.factories import build_site

# A test that needs one of these starts real servers: it belongs to the full
# tier (`make test-full`), not to the fast one `make test` runs.
SERVER_FIXTURES = {"live_server", "caching_proxy", "shared_proxy"}


def pytest_collection_modifyitems(items):
    for item in items:
        if SERVER_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.system)


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


@pytest.fixture(scope="session")
def test_databases(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """The worker's database, copied from one migrated for the whole run
    (skintruth/core/tests/databases.py), and the states it can be reset to."""
    worker_name = connection.creation._get_test_db_name()
    workerinput = getattr(request.config, "workerinput", {})
    suffix = workerinput.get("workerid")
    shared_name = worker_name.removesuffix(f"_{suffix}") if suffix else worker_name
    run_id = ""
    if request.config.getoption("create_db"):
        run_id = "-" + workerinput.get("testrunuid", uuid.uuid4().hex)
    databases = TestDatabases(
        shared_name=shared_name, worker_name=worker_name, run_id=run_id
    )
    with django_db_blocker.unblock():
        databases.set_up()
    return databases


@pytest.fixture(scope="session")
def django_db_setup(test_databases):
    """Replaces pytest-django's: no worker migrates on its own."""


@pytest.fixture(scope="module")
def _demo_for_module(test_databases, django_db_blocker):
    """The demo, put into the database for a test module's tests and taken
    away after its last one; each test's own changes are rolled back."""
    with django_db_blocker.unblock():
        test_databases.restore(DEMO)
        yield
        test_databases.restore(MIGRATED)


@pytest.fixture
def demo(_demo_for_module, db):
    """The demo publication, as `manage.py load_demo` builds it. A module's
    tests share it; what each test changes is rolled back after it."""


@pytest.fixture
def demo_site(test_databases, transactional_db):
    """The demo, committed and indexed, for tests with a live server: built
    once for the run and restored before each test."""
    test_databases.restore(DEMO_INDEXED)


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


@pytest.fixture(scope="session")
def shared_proxy(live_server, tmp_path_factory):
    """One nginx from deploy/ in front of the live server, for the whole run."""
    if not proxy.available():
        pytest.skip(
            "nginx with the cache-purge module is missing: "
            "run scripts/install-proxy.sh (make test-full does)"
        )
    upstream = live_server.url.removeprefix("http://")
    run_dir = tmp_path_factory.mktemp("proxy")
    with proxy.Proxy(
        upstreams=[upstream], run_dir=run_dir, media_root=run_dir
    ) as running:
        yield running


@pytest.fixture
def caching_proxy(shared_proxy, settings):
    """The caching proxy, purged by the app; it starts each test empty."""
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "skintruth.core.caching.frontend.ProxyPurgeBackend",
            "LOCATION": shared_proxy.purge_url,
        }
    }
    yield ProxyClient(shared_proxy)
    shared_proxy.forget_everything()
