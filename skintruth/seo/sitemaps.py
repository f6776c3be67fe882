"""sitemap.xml: every live, public page (Wagtail's own) and every shop product."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from skintruth.core.operations.site_url import site_url


class ProductSitemap(Sitemap):
    """Public products, on the same host as the Wagtail site."""

    changefreq = "weekly"
    limit = 5000

    def __init__(self, request):
        self.request = request
        root = urlsplit(site_url(request))
        self.protocol, self.domain = root.scheme, root.netloc

    def get_domain(self, site=None) -> str:
        return self.domain

    def items(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().order_by("pk")

    def location(self, item) -> str:
        return item.get_absolute_url()

    def lastmod(self, item):
        return item.date_updated


def sitemaps_for(request) -> dict:
    return {"pages": PageSitemap(request), "products": ProductSitemap(request)}
