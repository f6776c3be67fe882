"""RSS and Atom feeds of the newest articles, for everything and per topic."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from skintruth.core.caching.frontend import allow_shared_cache
from skintruth.core.operations.site_url import absolute_url, site_url

from .models import ArticleIndexPage, ArticlePage, Topic

FEED_LENGTH = 30


class ArticlesFeed(Feed):
    """The newest published reviews and guides."""

    title = "skintruth: latest reviews and guides"
    description = "Independent skincare reviews. We buy what we test."

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def link(self) -> str:
        index = ArticleIndexPage.objects.live().first()
        return index.get_full_url(self.request) if index else site_url(self.request)

    def feed_url(self) -> str:
        return absolute_url(self.request.path, self.request)

    def articles(self, obj):
        return ArticlePage.objects.for_listing()

    def items(self, obj):
        return self.articles(obj)[:FEED_LENGTH]

    def item_title(self, item: ArticlePage) -> str:
        return item.title

    def item_description(self, item: ArticlePage) -> str:
        return item.standfirst

    def item_link(self, item: ArticlePage) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item: ArticlePage) -> str:
        return item.get_full_url(self.request)

    def item_pubdate(self, item: ArticlePage) -> datetime.datetime | None:
        if item.date is None:
            return None
        return datetime.datetime.combine(item.date, datetime.time(), datetime.UTC)

    def item_updateddate(self, item: ArticlePage) -> datetime.datetime | None:
        return item.last_published_at

    def item_author_name(self, item: ArticlePage) -> str:
        return item.reviewer.title if item.reviewer else ""

    def item_author_link(self, item: ArticlePage) -> str:
        return item.reviewer.get_full_url(self.request) if item.reviewer else ""

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [topic.name for topic in item.topics.all()]


class TopicFeed(ArticlesFeed):
    """The newest articles on one topic."""

    def get_object(self, request, slug: str):
        self.request = request
        return get_object_or_404(Topic, slug=slug)

    def title(self, obj: Topic) -> str:
        return f"skintruth: {obj.name}"

    def description(self, obj: Topic) -> str:
        return obj.description or f"The newest skintruth articles on {obj.name}."

    def link(self, obj: Topic) -> str:
        index = ArticleIndexPage.objects.live().first()
        if not index:
            return site_url(self.request)
        return index.get_full_url(self.request) + index.reverse_subpage(
            "topic_articles", args=[obj.slug]
        )

    def articles(self, obj: Topic):
        return ArticlePage.objects.for_listing().filter(topics=obj)


class ArticlesAtomFeed(ArticlesFeed):
    feed_type = Atom1Feed
    subtitle = ArticlesFeed.description


class TopicAtomFeed(TopicFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: Topic) -> str:
        return self.description(obj)


def per_request(feed_class):
    """A fresh feed object per request: feeds keep the request on self."""

    def view(request, *args, **kwargs):
        allow_shared_cache(request)
        return feed_class()(request, *args, **kwargs)

    return view
