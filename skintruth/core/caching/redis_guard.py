"""Serving pages while Redis is down or hanging: a short wait, one log line.

django-redis already turns Redis errors into cache misses (IGNORE_EXCEPTIONS),
but each call would wait out its own timeout and log its own traceback. The
connections made here share a breaker per server: the first failure opens it
and logs one warning, and for `BACKOFF_SECONDS` every call fails at once
instead of waiting. Then one call tries Redis again; the first success closes
the breaker, empties the cache (writes and purges made meanwhile never reached
it, so what it holds may be stale) and logs that the cache is back.

Settings: OPTIONS["CONNECTION_POOL_CLASS"] =
"skintruth.core.caching.redis_guard.GuardedPool".
"""

from __future__ import annotations

import logging
import threading
import time

from redis import Redis
from redis.connection import Connection, ConnectionPool
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
BACKOFF_SECONDS = 5.0
FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)


class CacheSkipped(RedisConnectionError):
    """Redis was not asked: its breaker is open."""


class Breaker:
    """Whether one Redis server is worth asking right now."""

    def __init__(self, name: str, backoff: float | None = None):
        self.name = name
        self.backoff = backoff or BACKOFF_SECONDS
        self.down_since: float | None = None
        self.retry_at = 0.0
        self.prober: int | None = None
        self._lock = threading.Lock()

    def check(self) -> None:
        """Refuse at once while the server is known to be down; let one caller
        through each backoff period to find out whether it is back."""
        if self.down_since is None:
            return
        me = threading.get_ident()
        with self._lock:
            now = time.monotonic()
            if self.prober == me and now < self.retry_at:
                return  # the trial call's own connect, send and read
            if now < self.retry_at:
                raise CacheSkipped(f"{self.name} skipped: unavailable")
            self.retry_at, self.prober = now + self.backoff, me

    def failed(self, error: Exception) -> None:
        with self._lock:
            self.retry_at, self.prober = time.monotonic() + self.backoff, None
            if self.down_since is not None:
                return
            self.down_since = time.monotonic()
        logger.warning(
            "Cache %s unavailable (%s: %s); serving without it, "
            "trying again every %g s",
            self.name,
            type(error).__name__,
            error,
            self.backoff,
        )

    def succeeded(self) -> bool:
        """Note an answer; True for the one call that ends an outage."""
        if self.down_since is None:  # the usual case: no lock needed
            return False
        with self._lock:
            since, self.down_since, self.prober = self.down_since, None, None
        if since is None:
            return False
        logger.info(
            "Cache %s is back after %.1f s; emptied, as writes and purges "
            "made meanwhile were lost",
            self.name,
            time.monotonic() - since,
        )
        return True


_breakers: dict[str, Breaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(name: str) -> Breaker:
    with _breakers_lock:
        return _breakers.setdefault(name, Breaker(name))


class GuardedConnection(Connection):
    """A Redis connection that asks its server's breaker before talking."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.breaker = breaker_for(f"redis://{self.host}:{self.port}/{self.db}")

    def _guarded(self, call, *args, **kwargs):
        self.breaker.check()
        try:
            result = call(*args, **kwargs)
        except CacheSkipped:
            raise
        except FAILURES as error:
            self.breaker.failed(error)
            raise
        return result

    def connect_check_health(self, *args, **kwargs):
        return self._guarded(super().connect_check_health, *args, **kwargs)

    def send_packed_command(self, *args, **kwargs):
        return self._guarded(super().send_packed_command, *args, **kwargs)

    def read_response(self, *args, **kwargs):
        response = self._guarded(super().read_response, *args, **kwargs)
        if self.breaker.succeeded():
            self._forget_outage()
        return response

    def _forget_outage(self) -> None:
        # Purges and version bumps skipped during the outage would leave stale
        # pages and fragments; everything here can be rebuilt, so start empty.
        # A connection of its own: this one may be mid-pipeline.
        fresh = Redis(
            host=self.host,
            port=self.port,
            db=self.db,
            username=self.username,
            password=self.password,
            socket_timeout=self.socket_timeout,
            socket_connect_timeout=self.socket_connect_timeout,
        )
        try:
            fresh.flushdb()
        except FAILURES as error:
            self.breaker.failed(error)
        finally:
            fresh.close()


class GuardedPool(ConnectionPool):
    """django-redis's pool, making GuardedConnections."""

    def __init__(self, *args, connection_class=GuardedConnection, **kwargs):
        super().__init__(*args, connection_class=connection_class, **kwargs)
