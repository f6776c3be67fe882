"""Readers own their data: one download of everything held, one erasure.

A reader is either a member (their account and anything typed with its
address) or a guest known only by the email on their comments. Comments sit
above the shop, so this module gathers both parts; staff and readers call the
same two functions.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from skintruth.core.caching.frontend import purge
from skintruth.core.models import OutgoingEmail
from skintruth.core.operations.site_url import absolute_url
from skintruth.shop import privacy as shop_privacy

from . import notify
from .models import Comment, EmailOptOut, PrivacyPolicy
from .services import discussion_changed

ACCESS_SALT = "comments.reader-data"
ACCESS_LINK_HOURS = 24
LINK_INTERVAL_SECONDS = 3600
FORMER_READER = shop_privacy.FORMER_READER
ANONYMISE, REMOVE = "anonymise", "remove"


@dataclass(frozen=True)
class Reader:
    """Whose data: an email address, and the member account if there is one."""

    email: str
    user: object = None

    @classmethod
    def of_user(cls, user) -> Reader:
        return cls(email=user.email, user=user)


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
    """Everything the site holds about the reader, as one JSON-ready dict."""
    return {
        "exported_at": timezone.now().isoformat(),
        "email": reader.email,
        "account": shop_privacy.profile(reader.user) if reader.user else None,
        "comments": [_comment(c) for c in comments_of(reader)],
        "discussion_emails_stopped": EmailOptOut.objects.filter(
            email__iexact=reader.email
        ).exists(),
        "emails_sent_to_you": [
            {"subject": subject, "queued": created.isoformat()}
            for subject, created in _emails_to(reader).values_list(
                "subject", "created_at"
            )
        ],
        **shop_privacy.export(reader.email, reader.user),
    }


def _emails_to(reader: Reader) -> QuerySet[OutgoingEmail]:
    """The outbox's copies of what we emailed the reader (bodies stay out of
    the export: a moderation email quotes other people's comments)."""
    addresses = {reader.email.lower()}
    if reader.user:
        addresses.add(reader.user.email.lower())
    by = Q()
    for address in addresses:
        by |= Q(recipient__iexact=address)
    return OutgoingEmail.objects.filter(by)


def _erase_comments(reader: Reader, how: str) -> int:
    mine = comments_of(reader)
    if how == REMOVE:
        # A comment with replies stays as an empty shell so the thread keeps
        # its shape; one without any is deleted outright.
        has_replies = Q(replies__isnull=False)
        shells = mine.filter(has_replies).distinct()
        count = shells.update(
            removed_by_reader=True,
            text="",
            name=FORMER_READER,
            email="",
            user=None,
            ip_address=None,
            user_agent="",
            notify_replies=False,
        )
        return count + mine.exclude(has_replies).delete()[1].get("comments.Comment", 0)
    return mine.update(
        name=FORMER_READER,
        email="",
        user=None,
        ip_address=None,
        user_agent="",
        notify_replies=False,
    )


def erase(reader: Reader, how: str) -> dict[str, int]:
    """Anonymise or remove the reader's comments, keep only the legally needed
    part of their orders, then delete their account. One transaction."""
    if how not in (ANONYMISE, REMOVE):
        raise ValueError(f"Unknown erasure {how!r}")
    pages = set(comments_of(reader).values_list("page_id", flat=True))
    with transaction.atomic():
        report = {"comments": _erase_comments(reader, how)}
        report.update(shop_privacy.erase(reader.email, reader.user))
        report["emails_deleted"] = _emails_to(reader).delete()[0]
        if reader.user:
            reader.user.delete()
        transaction.on_commit(lambda: _threads_changed(pages))
    return report


def _threads_changed(page_ids: set[int]) -> None:
    """Readers see the change at once: every thread touched is purged."""
    for page in Page.objects.filter(pk__in=page_ids):
        discussion_changed(page.pk)
        purge(pages=[page, notify.reviewer_for(page)])


def access_token(email: str) -> str:
    return signing.dumps(email.lower(), salt=ACCESS_SALT)


def read_access_token(token: str) -> str:
    """Raises signing.BadSignature (or SignatureExpired) for a bad link."""
    return signing.loads(token, salt=ACCESS_SALT, max_age=ACCESS_LINK_HOURS * 3600)


def send_access_link(email: str) -> None:
    """Email a link to the export and erase page; only the address owner gets it.

    Sent whether or not we hold anything, so the form tells no one who commented;
    at most one an hour per address, so the form cannot be used to flood an inbox.
    """
    key = f"privacy-link:{email.lower()}"
    if cache.add(key, True, LINK_INTERVAL_SECONDS) is False:  # None: cache down
        return
    path = reverse("privacy:guest_data", args=[access_token(email)])
    notify.queue_email(
        email,
        "Your data on skintruth",
        "comments/email/data_link.txt",
        {"url": absolute_url(path), "hours": ACCESS_LINK_HOURS},
    )


def purge_network_details(now: datetime.datetime | None = None) -> int:
    """Blank the IP address and browser of comments past the retention period."""
    days = PrivacyPolicy.load().keep_network_details_days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return (
        Comment.objects.filter(created_at__lt=cutoff)
        .filter(~Q(user_agent="") | Q(ip_address__isnull=False))
        .update(ip_address=None, user_agent="")
    )
