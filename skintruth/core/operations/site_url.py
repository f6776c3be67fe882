"""SITE_URL is the one public address: the Site records are copied from it.

Wagtail builds canonical links, feeds and page links in emails from its
default Site's hostname and port; Oscar and Django's password reset build
theirs from django.contrib.sites' domain. Both follow settings.SITE_URL once
`sync_site_url` (run by `make run` and `load_demo`) has copied it over.

`site_url()` and `absolute_url()` are the one way to write a full link to this
site: from a request, on the host the reader asked (its Wagtail Site), and
without one (emails, the worker, cache purges), on SITE_URL.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.http import HttpRequest
from wagtail.models import Site


def site_url(request: HttpRequest | None = None) -> str:
    """The site's root URL without a trailing slash: 'https://skintruth.example'.

    For a request, the root of the Wagtail Site serving it (the request's own
    host if no Site matches); without one, SITE_URL.
    """
    if request is None:
        return settings.SITE_URL.rstrip("/")
    site = Site.find_for_request(request)
    if site:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/")


def absolute_url(url: str, request: HttpRequest | None = None) -> str:
    """A path on this site ('/reviews/x/') as a full URL; full URLs pass as they are."""
    if url.startswith(("http://", "https://")):
        return url
    return site_url(request) + url


def sync_sites() -> None:
    """Point the default Wagtail Site and Django's current Site at SITE_URL."""
    address = urlsplit(site_url())
    port = address.port or (443 if address.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site and (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save()  # save(), not update(): clears Wagtail's cached root paths
    domain = address.netloc
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": domain, "name": settings.WAGTAIL_SITE_NAME},
    )
