"""Pages keep coming, quickly, while Redis is dead or hanging; the log gets one
line per outage. Each test runs its own redis-server, never the shared one."""

import hashlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.test import override_settings

from skintruth.core.caching import redis_guard as cache_guard
from skintruth.core.tests.factories import ArticlePageFactory, build_site

pytestmark = [
    pytest.mark.system,
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]
BACKOFF = 1.0  # instead of 5 s, in the tests that wait for Redis to come back
# A page asks the cache about eight times: without the breaker each of five
# pages would wait out ~8 socket timeouts of 0.5 s (20 s); with it, the first
# call waits once. Generous, so a busy test machine does not fail it.
FIVE_PAGES_WITHIN = 5.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_server() -> Iterator[subprocess.Popen]:
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    server.port = port
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield server
    if server.poll() is None:
        os.kill(server.pid, signal.SIGCONT)
        server.kill()
    server.wait()


@pytest.fixture
def redis_cache(redis_server, settings):
    """The site's cache settings, pointed at this test's own Redis."""
    options = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.25,
        "SOCKET_TIMEOUT": 0.5,
        "CONNECTION_POOL_CLASS": "skintruth.core.caching.redis_guard.GuardedPool",
    }
    location = f"redis://127.0.0.1:{redis_server.port}/0"
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "OPTIONS": options,
        }
    }
    with override_settings(
        CACHES=caches, APP_PAGE_CACHE=True, DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=False
    ):
        yield redis_server


@pytest.fixture
def article():
    site = build_site()
    page = ArticlePageFactory(parent=site["reviews"], title="Vitamin C, tested")
    page.save_revision().publish()
    return page


def read_five_times(client, article) -> float:
    """Five readers open the article; each sees it. Returns the seconds taken."""
    began = time.monotonic()
    for _ in range(5):
        response = client.get(article.url)
        assert response.status_code == 200
        assert "Vitamin C, tested" in response.content.decode()
    return time.monotonic() - began


def outage_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "unavailable" in r.getMessage()]


def kept_in_redis(article) -> bool:
    """Whether the app's copy of the page is in the cache (Redis)."""
    key = "shared-page:" + hashlib.sha1(article.url.encode()).hexdigest()
    return cache.get(key) is not None


def test_pages_are_kept_in_redis_while_it_is_up(client, article, redis_cache):
    client.get(article.url)
    assert kept_in_redis(article)


def test_a_dead_redis_costs_no_errors_and_one_log_line(
    client, article, redis_cache, caplog
):
    caplog.set_level(logging.INFO)
    client.get(article.url)
    redis_cache.kill()  # SIGKILL
    redis_cache.wait()

    seconds = read_five_times(client, article)

    assert seconds < FIVE_PAGES_WITHIN
    assert len(outage_lines(caplog)) == 1
    assert not [r for r in caplog.records if r.exc_info]


def test_a_hanging_redis_costs_one_short_wait_and_one_log_line(
    client, article, redis_cache, caplog
):
    caplog.set_level(logging.INFO)
    client.get(article.url)
    os.kill(redis_cache.pid, signal.SIGSTOP)

    seconds = read_five_times(client, article)

    assert seconds < FIVE_PAGES_WITHIN
    assert len(outage_lines(caplog)) == 1
    assert not [r for r in caplog.records if r.exc_info]


def test_pages_are_cached_again_once_redis_is_back(
    client, article, redis_cache, caplog, monkeypatch
):
    monkeypatch.setattr(cache_guard, "BACKOFF_SECONDS", BACKOFF)
    caplog.set_level(logging.INFO)
    os.kill(redis_cache.pid, signal.SIGSTOP)
    read_five_times(client, article)
    os.kill(redis_cache.pid, signal.SIGCONT)
    time.sleep(BACKOFF + 0.1)

    read_five_times(client, article)

    assert kept_in_redis(article)
    assert [r for r in caplog.records if " is back after " in r.getMessage()]
    assert len(outage_lines(caplog)) == 1


def test_a_change_made_while_redis_hung_shows_once_it_is_back(
    client, article, redis_cache, monkeypatch
):
    monkeypatch.setattr(cache_guard, "BACKOFF_SECONDS", BACKOFF)
    client.get(article.url)
    assert kept_in_redis(article)
    os.kill(redis_cache.pid, signal.SIGSTOP)
    client.get(article.url)  # notices the outage
    article.title = "Vitamin C, tested again"
    article.save_revision().publish()  # its purge cannot reach Redis
    os.kill(redis_cache.pid, signal.SIGCONT)
    time.sleep(BACKOFF + 0.1)

    client.get("/")  # the first call that reaches Redis again
    html = client.get(article.url).content.decode()

    assert "Vitamin C, tested again" in html
