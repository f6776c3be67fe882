"""Rendered HTML kept in the shared cache, keyed by versions that move with content.

A version is a counter in the cache. Bumping it makes every fragment keyed by
the old value unreachable, so no process has to find and delete old entries,
and the fragments themselves simply age out.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

FRAGMENT_SECONDS = 24 * 3600
SITE = "site"  # pages, footer cards, announcement bar, free-shipping threshold
SHOP = "shop"  # product titles, prices and stock shown on product cards


def _key(name: str) -> str:
    return f"version:{name}"


def _fresh() -> int:
    # Starting from the clock, a counter that was evicted and created again
    # never returns to a value an old fragment was stored under.
    return time.time_ns()


def versions(names: Iterable[str], request: HttpRequest | None = None) -> dict:
    """The current value of each version; None for any the cache cannot give."""
    names = list(names)
    known = getattr(request, "_fragment_versions", {}) if request else {}
    wanted = [name for name in names if name not in known]
    if wanted:
        found = cache.get_many([_key(name) for name in wanted])
        for name in wanted:
            value = found.get(_key(name))
            if value is None:
                cache.add(_key(name), _fresh(), timeout=None)
                value = cache.get(_key(name))
            known[name] = value
        if request is not None:
            request._fragment_versions = known
    return {name: known[name] for name in names}


def _increment(name: str) -> None:
    try:
        cache.incr(_key(name))
    except ValueError:  # not in the cache (yet, or any more)
        cache.set(_key(name), _fresh(), timeout=None)


def bump(name: str) -> None:
    """Content behind this version changed: fragments keyed by it go stale."""
    _increment(name)
    # Another process may render the old rows between now and the commit and
    # store them under the new version; a second bump after the commit drops that.
    transaction.on_commit(lambda: _increment(name))


def remembered(parts: Iterable, build: Callable[[], Any]) -> Any:
    """The value stored under these key parts, building and storing it on a miss.

    A part that is None (a version the cache could not give) means build
    without the cache, so a cache outage costs speed, never correctness.
    """
    parts = list(parts)
    if any(part is None for part in parts):
        return build()
    key = "fragment:" + ":".join(str(part) for part in parts)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def cached(parts: Iterable, render: Callable[[], str]) -> SafeString:
    """Rendered HTML kept like `remembered` data."""
    return mark_safe(remembered(parts, render))  # noqa: S308 — our own templates
