"""Every change to a discussion reaches readers through the real caching proxy."""

import pytest

from skintruth.comments import services
from skintruth.comments.models import Status
from skintruth.core.tests.factories import ArticlePageFactory

from .factories import CommentFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def live_article(site, reviewer):
    page = ArticlePageFactory(parent=site["reviews"], reviewer=reviewer)
    page.save_revision().publish()
    return page


@pytest.fixture
def other_article(site, reviewer):
    page = ArticlePageFactory(parent=site["reviews"], reviewer=reviewer)
    page.save_revision().publish()
    return page


def cached(proxy, *pages) -> None:
    for page in pages:
        proxy.get(page.url)
        assert proxy.cache_status(page.url) == "HIT"


def test_approving_a_comment_shows_it_and_leaves_other_pages_cached(
    caching_proxy, live_article, other_article
):
    comment = CommentFactory(page=live_article, status=Status.PENDING, text="Tingles?")
    cached(caching_proxy, live_article, other_article)

    services.moderate(comment, "approve")

    response = caching_proxy.get(live_article.url)
    assert "Tingles?" in response.text
    assert "1 Comment" in response.text
    assert caching_proxy.cache_status(other_article.url) == "HIT"


def test_editing_and_deleting_a_live_comment_reach_readers(caching_proxy, live_article):
    comment = CommentFactory(page=live_article, text="First words")
    cached(caching_proxy, live_article)

    services.edit_comment(comment, "Second thoughts")
    assert "Second thoughts" in caching_proxy.get(live_article.url).text

    services.delete_by_author(comment)
    assert "Second thoughts" not in caching_proxy.get(live_article.url).text


def test_a_staff_reply_shows_under_the_question_and_on_the_profile(
    caching_proxy, live_article, reviewer, admin_user
):
    question = CommentFactory(page=live_article, text="Does it work on rosacea?")
    cached(caching_proxy, live_article, reviewer)

    services.reply_as_staff(question, admin_user, "Gently, yes.", as_reviewer=True)

    assert "Gently, yes." in caching_proxy.get(live_article.url).text
    assert caching_proxy.cache_status(reviewer.url) == "MISS"
