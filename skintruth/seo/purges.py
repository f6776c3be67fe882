"""The sitemap and feeds list every published article: purge them on a change."""

from django.urls import reverse

from skintruth.articles.models import Topic
from skintruth.core.frontend_cache import purge


def purge_listings(sender, instance, **kwargs) -> None:
    paths = [
        reverse(f"seo:{name}") for name in ("sitemap", "articles_rss", "articles_atom")
    ]
    for slug in Topic.objects.values_list("slug", flat=True):
        paths += [
            reverse("seo:topic_rss", args=[slug]),
            reverse("seo:topic_atom", args=[slug]),
        ]
    purge(paths=paths)
