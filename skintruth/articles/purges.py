"""The article feeds name reviewers and topics too: purge them on any publish."""

from django.urls import reverse

from skintruth.core.caching.frontend import purge

from .models import Topic


def purge_feeds(sender, instance, **kwargs) -> None:
    paths = [reverse("articles:rss"), reverse("articles:atom")]
    for slug in Topic.objects.values_list("slug", flat=True):
        paths += [
            reverse("articles:topic_rss", args=[slug]),
            reverse("articles:topic_atom", args=[slug]),
        ]
    purge(paths=paths)
