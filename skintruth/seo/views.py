from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.urls import reverse

from skintruth.core.caching.frontend import allow_shared_cache
from skintruth.core.operations.site_url import absolute_url

from .sitemaps import sitemaps_for

DISALLOWED = [
    "/admin/",
    "/django-admin/",
    "/search/",
    "/shop/basket/",
    "/shop/checkout/",
    "/shop/accounts/",
    "/shop/dashboard/",
]


def sitemap(request):
    allow_shared_cache(request)
    return django_sitemap(request, sitemaps_for(request))


def robots_txt(request):
    allow_shared_cache(request)
    lines = ["User-agent: *"] + [f"Disallow: {path}" for path in DISALLOWED]
    lines += ["", f"Sitemap: {absolute_url(reverse('seo:sitemap'), request)}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
