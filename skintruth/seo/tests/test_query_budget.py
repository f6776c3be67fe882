"""With the head tags added, the foundation's pages still cost fixed queries."""

import pytest
import wagtail_factories

from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    TopicFactory,
)
from skintruth.seo.tests.helpers import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site):
    site["marta"] = ContributorPageFactory(
        parent=site["directory"], photo=wagtail_factories.ImageFactory()
    )
    return site


def add_articles(site, count: int) -> list:
    topic = TopicFactory()
    articles = []
    for _ in range(count):
        article = ArticlePageFactory(
            parent=site["reviews"],
            reviewer=site["marta"],
            listing_image=wagtail_factories.ImageFactory(),
        )
        article.topics.set([topic])
        article.save_revision().publish()
        articles.append(article)
    return articles


@pytest.mark.parametrize("path", ["/", "/reviews/", "/feeds/articles/rss/"])
def test_listings_do_not_grow_with_articles(site, client, path):
    add_articles(site, 2)
    few = count_queries(client, path)
    add_articles(site, 6)
    assert count_queries(client, path) == few


def test_article_page_does_not_grow_with_topics(site, client):
    (article,) = add_articles(site, 1)
    one_topic = count_queries(client, article.url)
    article.topics.set([TopicFactory() for _ in range(5)])
    article.save_revision().publish()
    assert count_queries(client, article.url) == one_topic


def test_contributor_directory_does_not_grow_with_people(site, client):
    few = count_queries(client, site["directory"].url)
    for _ in range(5):
        ContributorPageFactory(
            parent=site["directory"], photo=wagtail_factories.ImageFactory()
        )
    assert count_queries(client, site["directory"].url) == few


def test_sitemap_does_not_grow_with_pages(site, client):
    add_articles(site, 2)
    few = count_queries(client, "/sitemap.xml")
    add_articles(site, 6)
    assert count_queries(client, "/sitemap.xml") == few
