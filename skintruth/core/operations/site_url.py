"""SITE_URL is the one public address: the Site records are copied from it.

Wagtail builds canonical links, feeds and page links in emails from its
default Site's hostname and port; Oscar and Django's password reset build
theirs from django.contrib.sites' domain. Both follow settings.SITE_URL once
`sync_site_url` (run by `make run` and `load_demo`) has copied it over.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Site


def site_url() -> str:
    return settings.SITE_URL.rstrip("/")


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
