from django.urls import path

from .feeds import (
    ArticlesAtomFeed,
    ArticlesFeed,
    TopicAtomFeed,
    TopicFeed,
    per_request,
)

app_name = "articles"

urlpatterns = [
    path("feeds/articles/rss/", per_request(ArticlesFeed), name="rss"),
    path("feeds/articles/atom/", per_request(ArticlesAtomFeed), name="atom"),
    path("feeds/topics/<slug:slug>/rss/", per_request(TopicFeed), name="topic_rss"),
    path(
        "feeds/topics/<slug:slug>/atom/", per_request(TopicAtomFeed), name="topic_atom"
    ),
]
