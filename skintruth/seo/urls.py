from django.urls import path

from skintruth.core.frontend_cache import allow_shared_cache

from . import feeds, views


def per_request(feed_class):
    """A fresh feed object per request: feeds keep the request on self."""

    def view(request, *args, **kwargs):
        allow_shared_cache(request)
        return feed_class()(request, *args, **kwargs)

    return view


app_name = "seo"

urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("feeds/articles/rss/", per_request(feeds.ArticlesFeed), name="articles_rss"),
    path(
        "feeds/articles/atom/",
        per_request(feeds.ArticlesAtomFeed),
        name="articles_atom",
    ),
    path(
        "feeds/topics/<slug:slug>/rss/", per_request(feeds.TopicFeed), name="topic_rss"
    ),
    path(
        "feeds/topics/<slug:slug>/atom/",
        per_request(feeds.TopicAtomFeed),
        name="topic_atom",
    ),
]
