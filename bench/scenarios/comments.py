"""Benchmarks for the discussion: a long thread, and posting comments."""

import datetime
import time

from django.core import signing
from django.utils import timezone

from bench.client import get, post

CSRF = "benchcsrftokenbenchcsrftoken0123"  # 32 characters: an unmasked secret


def _article(title: str):
    from skintruth.articles.models import ArticleIndexPage
    from skintruth.contributors.models import ContributorIndexPage
    from skintruth.core.models import HomePage
    from skintruth.core.tests.factories import (
        ArticlePageFactory,
        ContributorPageFactory,
        build_site,
    )

    if not HomePage.objects.exists():
        build_site()
    reviewer = ContributorPageFactory(
        parent=ContributorIndexPage.objects.first(), email="bench@example.com"
    )
    return ArticlePageFactory(
        parent=ArticleIndexPage.objects.first(), title=title, reviewer=reviewer
    )


def long_thread_setup() -> dict:
    """An article with 1,000 approved comments, 200 of them replies."""
    from skintruth.comments.models import Comment, Status

    page = _article("Benchmark: 1,000 comments")
    now = timezone.now()
    roots = Comment.objects.bulk_create(
        Comment(
            page=page,
            name=f"Reader {i}",
            email=f"reader{i}@example.com",
            text=f"Comment {i}: I tried this for a month. https://example.com/{i}\n"
            "Here is what I found, in a few lines of text.",
            status=Status.APPROVED,
            created_at=now - datetime.timedelta(minutes=i),
        )
        for i in range(800)
    )
    Comment.objects.bulk_create(
        Comment(
            page=page,
            parent=roots[i % 100],
            root=roots[i % 100],
            name=f"Replier {i}",
            email=f"replier{i}@example.com",
            text="Thanks, that matches my experience.",
            status=Status.APPROVED,
            created_at=now - datetime.timedelta(seconds=i),
        )
        for i in range(200)
    )
    return {"path": page.url}


def page_request(state: dict, i: int) -> int:
    return get(state["path"])


def baseline_setup() -> dict:
    """The same kind of article with no comments, to compare against."""
    return {"path": _article("Benchmark: no comments").url}


def posting_setup() -> dict:
    """A fresh article, with rate limits off so one client can post repeatedly."""
    from skintruth.comments.forms import STARTED_SALT
    from skintruth.comments.models import ModerationPolicy

    page = _article("Benchmark: posting")
    policy = ModerationPolicy.load()
    policy.max_per_ip = policy.max_per_email = policy.min_seconds_to_fill = 0
    policy.save()
    started = signing.dumps(time.time() - 60, salt=STARTED_SALT)
    return {"path": f"/comments/page/{page.pk}/post/", "started": started}


def posting_request(state: dict, i: int) -> int:
    status = post(
        state["path"],
        {
            "csrfmiddlewaretoken": CSRF,
            "name": f"Bench reader {i}",
            "email": f"bench{i}@example.com",
            "text": f"Benchmark comment {i} {time.time_ns()}: does this work daily?",
            "started": state["started"],
            "website": "",
        },
        headers={"Cookie": f"csrftoken={CSRF}"},
    )
    return 500 if status != 302 else status


SCENARIOS = [
    {
        "name": "article page, no comments (baseline)",
        "setup": baseline_setup,
        "request": page_request,
        "requests": 200,
    },
    {
        "name": "article page, 1,000 approved comments",
        "setup": long_thread_setup,
        "request": page_request,
        "requests": 300,
    },
    {
        "name": "post a comment (guest, held)",
        "setup": posting_setup,
        "request": posting_request,
        "requests": 200,
    },
]
