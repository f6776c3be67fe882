"""Fixtures shared by every app's tests and the browser tests."""

import dataclasses
import http.client

import pytest
from django.core.cache import cache
from django.core.management import call_command

from deploy import proxy
from skintruth.core.tests.factories import ensure_wagtail_base_data


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts cold: cached pages or renditions never leak between tests."""
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo publication, as `manage.py load_demo` builds it."""
    ensure_wagtail_base_data()
    call_command("load_demo", verbosity=0)


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
            "BACKEND": "skintruth.core.frontend_cache.ProxyPurgeBackend",
            "LOCATION": running.purge_url,
        }
    }
    with running:
        yield ProxyClient(running)
