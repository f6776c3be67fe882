"""Fifty posts from one sender at the same moment (PostgreSQL only): the
duplicate check and the rate limits still hold."""

import threading
from collections.abc import Callable

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client

from skintruth.comments.models import Comment, ModerationPolicy

from .conftest import started

SENDERS = 50
LIMIT = 5

pytestmark = [
    pytest.mark.postgres,
    # Decided before the database is set up, so a skip flushes nothing.
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="SQLite runs one writer at a time; real row locking needs PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]


def post_at_once(article, forms: list[dict]) -> list[str]:
    """Send every form from its own browser and connection, all released at once;
    returns the pages the visitors were shown."""
    barrier = threading.Barrier(len(forms))
    pages: list[str] = []

    def send(data: dict) -> None:
        try:
            client = Client()
            barrier.wait()
            response = client.post(
                f"/comments/page/{article.pk}/post/",
                data,
                REMOTE_ADDR="10.9.9.9",
                follow=True,
            )
            pages.append(response.content.decode())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(data,)) for data in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return pages


def forms(build: Callable[[int], dict]) -> list[dict]:
    return [
        {"name": "Dawn", "started": started(), "website": "", **build(n)}
        for n in range(SENDERS)
    ]


def test_fifty_identical_comments_sent_at_once_are_stored_once(article):
    same = forms(lambda n: {"email": "dawn@example.com", "text": "Lovely article."})

    pages = post_at_once(article, same)

    assert Comment.objects.filter(text="Lovely article.").count() == 1
    told = [page for page in pages if "You have already posted this comment" in page]
    assert len(told) == SENDERS - 1


def test_a_limit_of_five_per_address_holds_for_fifty_posts_at_once(article):
    policy = ModerationPolicy.load()
    policy.max_per_ip, policy.max_per_email = LIMIT, 0
    policy.save()
    different = forms(
        lambda n: {"email": f"reader{n}@example.com", "text": f"Thought {n}."}
    )

    pages = post_at_once(article, different)

    assert Comment.objects.filter(ip_address="10.9.9.9").count() == LIMIT
    refusal = "Many comments have come from your network"
    told = [page for page in pages if refusal in page]
    assert len(told) == SENDERS - LIMIT


def test_a_limit_of_five_per_email_holds_for_fifty_posts_at_once(article):
    policy = ModerationPolicy.load()
    policy.max_per_ip, policy.max_per_email = 0, LIMIT
    policy.save()
    different = forms(lambda n: {"email": "dawn@example.com", "text": f"Idea {n}."})

    pages = post_at_once(article, different)

    assert Comment.objects.filter(email="dawn@example.com").count() == LIMIT
    told = [page for page in pages if f"You have posted {LIMIT} comments" in page]
    assert len(told) == SENDERS - LIMIT
