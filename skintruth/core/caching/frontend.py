"""What a shared cache (the proxy or a CDN) may keep, and purging what changed.

A response is shared when the view said it may be (`allow_shared_cache`) and
the visitor has no session: then the page is the one every anonymous reader
gets. Visitors with a session (signed in, or a guest who just commented) are
served by the app, and the proxy passes them by on the session cookie.

Purges go through `wagtail.contrib.frontend_cache` (its backends and task), so
moving from the local proxy to a CDN is a change of settings.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends import BaseBackend, HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page

from skintruth.core.operations.site_url import absolute_url

logger = logging.getLogger(__name__)
SHAREABLE_STATUSES = (200, 304)


def allow_shared_cache(request: HttpRequest) -> None:
    """Mark the response being built as the same for every anonymous reader."""
    request.shared_cache = True


def is_shared(request: HttpRequest) -> bool:
    """Whether the page being drawn is the copy every anonymous reader gets."""
    return (
        getattr(request, "shared_cache", False)
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _drew_anything_personal(request: HttpRequest, response: HttpResponse) -> bool:
    # A CSRF token, a cookie or a signed-in user make the page this visitor's.
    user = getattr(request, "user", None)
    return bool(
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (user is not None and user.is_authenticated)
    )


class SharedCacheMiddleware:
    """Public `Cache-Control` on shareable pages, `private` on everything else.

    Browsers revalidate every time (max-age=0, with the ETag that
    ConditionalGetMiddleware adds); shared caches keep the page for
    FRONTEND_CACHE_SECONDS, or FRONTEND_CACHE_QUERY_SECONDS when the URL has a
    query string, since purges name only the plain URLs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        kept = page_cache_lookup(request)
        if kept is not None:
            return kept
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # the view (or whitenoise) decided
        if self.shareable(request, response):
            seconds = (
                settings.FRONTEND_CACHE_QUERY_SECONDS
                if request.GET
                else settings.FRONTEND_CACHE_SECONDS
            )
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            _drop_vary_cookie(response)
            page_cache_store(request, response, seconds)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response

    @staticmethod
    def shareable(request: HttpRequest, response: HttpResponse) -> bool:
        return (
            is_shared(request)
            and response.status_code in SHAREABLE_STATUSES
            and not _drew_anything_personal(request, response)
        )


def _page_key(path_with_query: str) -> str:
    return "shared-page:" + hashlib.sha1(path_with_query.encode()).hexdigest()


def _may_use_page_cache(request: HttpRequest) -> bool:
    return (
        settings.APP_PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(settings.STATIC_URL)  # whitenoise's
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def page_cache_lookup(request: HttpRequest) -> HttpResponse | None:
    """The app servers' own copy of a shared page, when the proxy is bypassed.

    Only pages that were shareable are stored, and the same purges that clear
    the proxy clear this copy (`AppPageCacheBackend`). Needs a cache all app
    servers share (Redis): APP_PAGE_CACHE is off without one.
    """
    if not _may_use_page_cache(request):
        return None
    return cache.get(_page_key(request.get_full_path()))


def page_cache_store(request: HttpRequest, response: HttpResponse, seconds: int):
    if (
        _may_use_page_cache(request)
        and response.status_code == 200
        and not response.streaming
    ):
        cache.set(_page_key(request.get_full_path()), response, seconds)


class AppPageCacheBackend(BaseBackend):
    """A Wagtail frontend-cache backend that drops the app's copy of a URL."""

    def purge(self, url: str) -> None:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        cache.delete(_page_key(path))


def _drop_vary_cookie(response: HttpResponse) -> None:
    # Every visitor without a session gets this same page; the proxy tells
    # sessions apart itself, so a Vary on every cookie would only split it.
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in vary if v.lower() != "cookie"]
    if kept:
        response.headers["Vary"] = ", ".join(kept)
    elif "Vary" in response.headers:
        del response.headers["Vary"]


class ProxyPurgeBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend, quiet when a URL simply was not cached.

    ngx_cache_purge answers 404 for a URL it does not hold; Wagtail's backend
    would log that as an error on every purge of a page nobody had read yet.
    """

    def purge(self, url: str) -> None:
        parts = urlsplit(url)
        target = urlunsplit(
            (self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")
        )
        request = PurgeRequest(target, headers={"Host": parts.netloc})
        try:
            urlopen(request, timeout=5).close()  # noqa: S310 - our own LOCATION
        except HTTPError as error:
            if error.code != 404:
                logger.error("Could not purge %s: HTTP %s", url, error.code)
        except URLError as error:
            logger.error("Could not purge %s: %s", url, error.reason)


def enabled() -> bool:
    """Whether a shared cache sits in front of this site (not on a laptop)."""
    return bool(settings.WAGTAILFRONTENDCACHE)


def purge(pages: Iterable[Page] = (), paths: Iterable[str] = ()) -> None:
    """Purge pages (with their cached sub-paths) and site paths such as /shop/x/."""
    if not enabled():
        return  # no shared cache in front of this site (a laptop, the tests)
    batch = PurgeBatch()
    batch.add_pages(page for page in pages if page is not None)
    paths = list(paths)
    if paths:
        batch.add_urls(absolute_url(path) for path in paths)
    if batch.urls:
        # After the commit: a reader arriving between the purge and the commit
        # would otherwise put the old page straight back into the cache.
        urls = sorted(batch.urls)
        transaction.on_commit(lambda: purge_urls_from_cache(urls))


def pages_showing(page: Page) -> list[Page | str]:
    """A page, the live ancestors that list it, and what its type says shows it.

    Page types name further pages or site paths in `frontend_cache_dependents()`
    (a reviewer's profile, a product page). The root and the tree's top are
    left out: they are not pages anybody reads.
    """
    shown: list[Page | str] = [page]
    shown += list(page.get_ancestors().filter(depth__gt=1).live().specific())
    dependents = getattr(page.specific, "frontend_cache_dependents", None)
    if dependents is not None:
        shown += list(dependents())
    return shown


def purge_page_and_dependents(page: Page) -> None:
    if not enabled():
        return  # no shared cache: skip looking up who shows the page
    shown = pages_showing(page)
    purge(
        pages=[p for p in shown if isinstance(p, Page)],
        paths=[p for p in shown if isinstance(p, str)],
    )


class SharedCacheMixin:
    """For class-based views whose pages are the same for every anonymous reader."""

    def dispatch(self, request, *args, **kwargs):
        allow_shared_cache(request)
        return super().dispatch(request, *args, **kwargs)


def purge_everything(extra_paths: Iterable[str] = ()) -> None:
    """Every live page and the given paths: for what every page shows (the bar)."""
    pages = Page.objects.live().filter(depth__gt=1).specific()
    purge(pages=pages, paths=extra_paths)
