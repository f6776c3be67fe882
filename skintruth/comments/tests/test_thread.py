"""What readers see of the discussion under an article."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from skintruth.comments.models import Comment, Role, Status
from skintruth.core.tests.factories import ArticlePageFactory

from .factories import CommentFactory


def many_comments(page, count: int) -> None:
    now = timezone.now()
    roots = Comment.objects.bulk_create(
        Comment(
            page=page,
            name=f"Reader {i}",
            email=f"r{i}@example.com",
            text=f"Top comment {i}",
            status=Status.APPROVED,
            created_at=now - datetime.timedelta(minutes=count - i),
        )
        for i in range(count)
    )
    Comment.objects.bulk_create(
        Comment(
            page=page,
            parent=root,
            root=root,
            name="Replier",
            email="replier@example.com",
            text=f"Reply to {root.text}",
            status=Status.APPROVED,
        )
        for root in roots[-30:]
    )


def queries_to_render(client, page, warm: bool = False) -> int:
    if not warm:
        cache.clear()  # the full render, not the fragments an earlier one cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("warm", [False, True])
def test_article_with_1000_comments_costs_as_many_queries_as_one_with_3(
    client, site, reviewer, warm
):
    small = ArticlePageFactory(parent=site["reviews"], reviewer=reviewer)
    large = ArticlePageFactory(parent=site["reviews"], reviewer=reviewer)
    many_comments(small, 3)
    many_comments(large, 1000)
    client.get(small.url)  # warm per-process caches (site root, settings)
    client.get(large.url)

    assert queries_to_render(client, large, warm) == queries_to_render(
        client, small, warm
    )


def test_count_shows_at_the_top_and_at_the_thread(client, article):
    CommentFactory.create_batch(3, page=article)
    CommentFactory(page=article, status=Status.PENDING)
    html = client.get(article.url).content.decode()

    assert '<a class="comment-count" href="#discussion">3 Comments</a>' in html
    assert ">3 Comments</h2>" in html


def test_newest_first_with_a_switch_to_oldest_first(client, article):
    now = timezone.now()
    CommentFactory(page=article, text="Older words", created_at=now.replace(year=2025))
    CommentFactory(page=article, text="Newer words", created_at=now)

    newest = client.get(article.url).content.decode()
    oldest = client.get(article.url + "?sort=oldest").content.decode()

    assert newest.index("Newer words") < newest.index("Older words")
    assert oldest.index("Older words") < oldest.index("Newer words")


def test_twenty_at_a_time_and_show_more_without_javascript(client, article):
    many_comments(article, 45)
    first = client.get(article.url).content.decode()
    assert first.count('class="comment comment--depth-0') == 20
    assert "Show more comments" in first
    link = re.search(r'href="(\?sort=newest&amp;shown=40[^"]*)"', first).group(1)

    more = client.get(article.url + link.replace("&amp;", "&")).content.decode()
    assert more.count('class="comment comment--depth-0') == 40
    assert "(5 more)" in more


def test_show_more_with_htmx_returns_the_next_twenty(client, article):
    many_comments(article, 45)
    response = client.get(
        f"/comments/page/{article.pk}/more/?offset=40&sort=newest",
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert html.count('class="comment comment--depth-0') == 5
    assert "Top comment 0" in html
    assert "Show more comments" not in html


@pytest.mark.parametrize(
    ("offset", "status"),
    [("99999999999999999999", 400), ("-1", 400), ("ten", 400), ("45", 404)],
)
def test_show_more_past_the_end_or_with_a_bad_offset_is_refused(
    client, article, offset, status
):
    many_comments(article, 45)
    response = client.get(
        f"/comments/page/{article.pk}/more/?offset={offset}", HTTP_HX_REQUEST="true"
    )
    assert response.status_code == status


def test_replies_nest_two_deep_then_flatten_with_in_reply_to(client, article):
    top = CommentFactory(page=article, name="Ann")
    second = CommentFactory(page=article, parent=top, name="Bea")
    third = CommentFactory(page=article, parent=second, name="Cat")
    CommentFactory(page=article, parent=third, name="Dee", text="Fourth level")
    html = client.get(article.url).content.decode()

    assert "comment--depth-2" in html
    assert "comment--depth-3" not in html
    assert "in reply to Cat" in html


def test_reviewer_and_editor_replies_carry_a_badge(client, article):
    top = CommentFactory(page=article)
    CommentFactory(page=article, parent=top, role=Role.REVIEWER)
    CommentFactory(page=article, parent=top, role=Role.EDITOR)
    html = client.get(article.url).content.decode()

    assert '<span class="badge badge--reviewer">Reviewer</span>' in html
    assert '<span class="badge badge--editor">Editor</span>' in html


def test_email_addresses_are_never_shown(client, article):
    CommentFactory(page=article, email="secret-address@example.com")
    assert b"secret-address" not in client.get(article.url).content


def test_held_spam_and_deleted_comments_are_not_shown(client, article):
    for status in (Status.PENDING, Status.SPAM, Status.DELETED):
        CommentFactory(page=article, status=status, text=f"Withheld words {status}")
    html = client.get(article.url).content.decode()
    assert "Withheld words" not in html
    assert ">0 Comments</h2>" in html
