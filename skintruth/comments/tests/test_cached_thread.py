"""The thread is cached for plain readers, yet every change shows at once."""

import pytest
from django.test import Client

from skintruth.comments import services
from skintruth.comments.forms import started_token
from skintruth.comments.models import Comment, Status

from .factories import CommentFactory


@pytest.fixture
def reader(db):
    """Another browser: no session, no comments of its own."""
    return Client()


def read(reader, page) -> str:
    return reader.get(page.url).content.decode()


def test_approving_a_held_comment_shows_it_on_the_next_view(reader, post, article):
    post(text="Held until a moderator looks.")
    assert "Held until a moderator" not in read(reader, article)

    services.moderate(Comment.objects.get(), "approve")

    html = read(reader, article)
    assert "Held until a moderator looks." in html
    assert "1 Comment" in html


def test_a_comment_posted_live_shows_on_the_next_view(reader, post, article):
    CommentFactory(page=article, email="dawn@example.com")
    assert "Second thoughts" not in read(reader, article)

    post(text="Second thoughts, after a month.")

    assert "Second thoughts, after a month." in read(reader, article)


def test_an_authors_edit_shows_on_the_next_view(client, reader, post, article):
    CommentFactory(page=article, email="dawn@example.com")
    post(text="Typo in thsi one.")
    comment = Comment.objects.latest("pk")
    assert "Typo in thsi one." in read(reader, article)

    client.post(f"/comments/{comment.pk}/edit/", {"text": "Typo fixed now."})

    html = read(reader, article)
    assert "Typo fixed now." in html and "thsi" not in html


def test_an_authors_delete_shows_on_the_next_view(client, reader, post, article):
    CommentFactory(page=article, email="dawn@example.com")
    post(text="Posted in the wrong place.")
    comment = Comment.objects.latest("pk")
    assert "Posted in the wrong place." in read(reader, article)

    client.post(f"/comments/{comment.pk}/delete/")

    assert "Posted in the wrong place." not in read(reader, article)


def test_marking_spam_hides_it_on_the_next_view(reader, article):
    comment = CommentFactory(page=article, text="Buy cheap watches")
    services.discussion_changed(article.pk)
    assert "Buy cheap watches" in read(reader, article)

    services.moderate(comment, "spam")

    assert "Buy cheap watches" not in read(reader, article)


def test_the_author_still_gets_edit_links_after_others_cached_the_thread(
    client, reader, post, article
):
    CommentFactory(page=article, email="dawn@example.com")
    post(text="My own words.")
    comment = Comment.objects.latest("pk")
    assert f"/comments/{comment.pk}/edit/" not in read(reader, article)

    html = client.get(article.url).content.decode()

    assert f"/comments/{comment.pk}/edit/" in html


def test_a_reader_never_gets_the_authors_edit_links_from_the_cache(
    client, reader, post, article
):
    CommentFactory(page=article, email="dawn@example.com")
    post(text="My own words.")
    comment = Comment.objects.latest("pk")
    assert f"/comments/{comment.pk}/edit/" in client.get(article.url).content.decode()

    assert f"/comments/{comment.pk}/edit/" not in read(reader, article)


def test_the_cached_thread_holds_no_form_tokens(reader, article):
    CommentFactory(page=article, status=Status.APPROVED)
    read(reader, article)
    other = Client()
    other.get("/")  # a different CSRF cookie

    html = other.get(article.url).content.decode()
    thread = html.split('class="discussion__thread"')[1].split("</ol>")[0]

    assert "csrfmiddlewaretoken" not in thread and 'name="started"' not in thread


def test_the_shared_form_timer_stays_the_same_between_seconds(monkeypatch):
    # A token that changed every second would change the page's ETag too.
    monkeypatch.setattr("time.time", lambda: 1_800_000_010.0)
    first = started_token(shared=True)
    monkeypatch.setattr("time.time", lambda: 1_800_000_070.0)

    assert started_token(shared=True) == first
