"""Demo discussion: 31 comments on the microcurrent guide, a few on the others."""

import datetime
import itertools

from django.contrib.auth import get_user_model

from .demo_content import DEMO_TODAY, GENERAL, GENERAL_ANSWER, MICROCURRENT, REVIEWER
from .models import Comment, Role, Status
from .questions import asks_the_publication

FEATURED_SLUG = "at-home-microcurrent-devices-guide"


def _email(name: str) -> str:
    return name.lower().replace(" ", ".").replace("..", ".").strip(".") + "@example.com"


def _add(page, parent, name, days, text, role=Role.READER, minutes=0) -> Comment:
    created = DEMO_TODAY - datetime.timedelta(days=days, minutes=minutes)
    reviewer = page.discussion_reviewer()
    if role == Role.REVIEWER:
        name, email = reviewer.title, reviewer.email
    else:
        email = _email(name)
    comment = Comment.objects.create(
        page=page,
        parent=parent,
        root=(parent.root or parent) if parent else None,
        name=name,
        email=email,
        text=text,
        status=Status.APPROVED,
        role=role,
        is_question=role == Role.READER
        and asks_the_publication(text, parent, reviewer.title if reviewer else ""),
        created_at=created,
        user=reviewer.user if role == Role.REVIEWER else None,
    )
    if parent and role and parent.is_question:
        parent.answered_at = created
        parent.save(update_fields=["answered_at"])
    return comment


def load_featured(page) -> None:
    made: dict[str, Comment] = {}
    for key, parent_key, name, days, text in MICROCURRENT:
        role = Role.REVIEWER if name == REVIEWER else Role.READER
        parent = made.get(parent_key) if parent_key else None
        made[key] = _add(page, parent, name, days, text, role=role)


def load_general(pages) -> None:
    pool = itertools.cycle(GENERAL)
    for position, page in enumerate(pages):
        for name, days, text in [next(pool) for _ in range(2 + position % 3)]:
            comment = _add(page, None, name, days, text, minutes=position)
            if comment.is_question and page.discussion_reviewer() and position % 2 == 0:
                _add(page, comment, REVIEWER, days - 1, GENERAL_ANSWER, Role.REVIEWER)


def link_admin_to_reviewer(page) -> None:
    """The demo's admin login answers as the microcurrent guide's reviewer."""
    admin = get_user_model().objects.filter(username="admin").first()
    reviewer = page.discussion_reviewer()
    if not admin or not reviewer or reviewer.user_id is not None:
        return
    if not type(reviewer).objects.filter(user=admin).exists():
        reviewer.user = admin
        reviewer.save(update_fields=["user"])


def load(pages: list) -> None:
    """Give the demo's pages their discussions, once; a second run changes nothing."""
    featured = next((p for p in pages if p.slug == FEATURED_SLUG), None)
    if featured:
        link_admin_to_reviewer(featured)
    already = set(
        Comment.objects.filter(page__in=pages).values_list("page_id", flat=True)
    )
    if featured and featured.pk not in already:
        load_featured(featured)
    others = [p for p in pages if p is not featured]
    load_general([p for p in others if p.pk not in already])
