"""The date readers see: the editor's publish date, else the first publication."""

import datetime

from skintruth.articles.models import ArticlePage
from skintruth.core.tests.factories import ArticlePageFactory


def test_the_editors_date_wins_over_the_first_publication(site):
    page = ArticlePageFactory(
        parent=site["reviews"], published_date=datetime.date(2024, 3, 1)
    )
    page.save_revision().publish()
    assert page.date == datetime.date(2024, 3, 1)


def test_without_an_editors_date_the_first_publication_is_shown(site):
    page = ArticlePageFactory(parent=site["reviews"], published_date=None)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.date == page.first_published_at.date()


def test_newest_first_orders_by_the_date_readers_see(site):
    old = ArticlePageFactory(
        parent=site["reviews"], title="Old", published_date=datetime.date(2020, 1, 1)
    )
    fresh = ArticlePageFactory(
        parent=site["reviews"], title="Fresh", published_date=None
    )
    middle = ArticlePageFactory(
        parent=site["reviews"], title="Middle", published_date=datetime.date(2023, 6, 1)
    )
    for page in (old, fresh, middle):
        page.save_revision().publish()

    titles = [page.title for page in ArticlePage.objects.live().newest_first()]
    assert titles == ["Fresh", "Middle", "Old"]
