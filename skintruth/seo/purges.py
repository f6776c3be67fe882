"""The sitemap lists every published page: purge it when one changes."""

from django.urls import reverse

from skintruth.core.caching.frontend import purge


def purge_sitemap(sender, instance, **kwargs) -> None:
    purge(paths=[reverse("seo:sitemap")])
