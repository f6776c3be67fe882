"""The discussion's part of a reader's data: their comments and questions and
whether we may email them. skintruth.privacy asks through the READER_DATA_*
hooks (registered in wagtail_hooks.py)."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.models import Page

from skintruth.accounts.readers import FORMER_READER, REMOVE, Reader
from skintruth.core.caching.frontend import purge

from . import notify
from .models import Comment, EmailOptOut
from .services import discussion_changed

# What an erased reader's comments keep of them: nothing.
FORGET = {
    "name": FORMER_READER,
    "email": "",
    "user": None,
    "ip_address": None,
    "user_agent": "",
    "notify_replies": False,
}


def comments_of(reader: Reader) -> QuerySet[Comment]:
    by = Q(email__iexact=reader.email) if reader.email else Q(pk__in=[])
    if reader.user:
        by |= Q(user=reader.user)
    return Comment.objects.filter(by).select_related("page").order_by("created_at")


def _comment(comment: Comment) -> dict:
    return {
        "page": comment.page.title,
        "url": comment.page.full_url,
        "name": comment.name,
        "email": comment.email,
        "text": comment.text,
        "status": comment.get_status_display(),
        "is_question": comment.is_question,
        "answered": comment.answered_at.isoformat() if comment.answered_at else None,
        "written": comment.created_at.isoformat(),
        "edited": comment.edited_at.isoformat() if comment.edited_at else None,
        "in_reply_to_comment": comment.parent_id,
        "notify_me_of_replies": comment.notify_replies,
        "ip_address": comment.ip_address,
        "browser": comment.user_agent,
    }


def export(reader: Reader) -> dict:
    """The discussion's part of the reader's download."""
    return {
        "comments": [_comment(c) for c in comments_of(reader)],
        "discussion_emails_stopped": EmailOptOut.objects.filter(
            email__iexact=reader.email
        ).exists(),
    }


def summary(reader: Reader) -> dict[str, int]:
    return {"comments": comments_of(reader).count()}


def erase(reader: Reader, how: str) -> dict[str, int]:
    """Anonymise or remove the reader's comments; threads are purged after."""
    mine = comments_of(reader)
    pages = set(mine.values_list("page_id", flat=True))
    changed = _remove(mine) if how == REMOVE else mine.update(**FORGET)
    transaction.on_commit(lambda: _threads_changed(pages))
    return {"comments": changed}


def _remove(mine: QuerySet[Comment]) -> int:
    # A comment with replies stays as an empty shell so the thread keeps its
    # shape; one without any is deleted outright.
    has_replies = Q(replies__isnull=False)
    shells = mine.filter(has_replies).distinct()
    count = shells.update(removed_by_reader=True, text="", **FORGET)
    return count + mine.exclude(has_replies).delete()[1].get("comments.Comment", 0)


def _threads_changed(page_ids: set[int]) -> None:
    """Readers see the change at once: every thread touched is purged."""
    for page in Page.objects.filter(pk__in=page_ids):
        discussion_changed(page.pk)
        purge(pages=[page, notify.reviewer_for(page)])


def forget_network_details(cutoff: datetime.datetime) -> int:
    """Blank the IP address and browser of comments written before `cutoff`."""
    return (
        Comment.objects.filter(created_at__lt=cutoff)
        .filter(~Q(user_agent="") | Q(ip_address__isnull=False))
        .update(ip_address=None, user_agent="")
    )
