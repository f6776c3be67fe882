"""The anti-spam rules a new comment passes before it is saved, and the policy.

Every refusal says what a real person should do next. Rate limits and duplicate
checks count rows in the database, so they hold across any number of server
processes and whether or not the cache is up; `lock_sender` makes the count and
the insert one step for each sender, so they also hold when posts arrive at once.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import Comment, ModerationPolicy, PostingLock, Role, Status
from .text import count_links

DUPLICATE_WINDOW = datetime.timedelta(days=30)


class CommentRefused(Exception):
    """The comment was not saved; `message` tells the visitor what to do."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class Submission:
    """What a visitor sent, plus where it came from."""

    page: object
    name: str
    email: str
    text: str
    parent: Comment | None = None
    user: object | None = None
    ip_address: str | None = None
    user_agent: str = ""
    notify_replies: bool = False
    honeypot: str = ""
    seconds_taken: float | None = None
    role: str = Role.READER
    extra: dict = field(default_factory=dict)


@dataclass
class Verdict:
    """The status a comment gets and, when it is not approved, why."""

    status: str
    reason: str = ""


def refuse_robots(sub: Submission, policy: ModerationPolicy) -> None:
    """The honeypot must be empty and the form must not be sent inhumanly fast."""
    if sub.honeypot.strip():
        raise CommentRefused(
            "Your comment looks automated, so it was not posted. If you are a "
            "person, please leave the field marked 'Leave this empty' blank "
            "and send it again."
        )
    if sub.seconds_taken is None:
        raise CommentRefused(
            "This form has expired. Please reload the page and send your comment "
            "again; what you wrote is still in the box below."
        )
    if sub.seconds_taken < policy.min_seconds_to_fill:
        raise CommentRefused(
            "That was faster than we expect from a person. Please wait a few "
            "seconds, check your comment, and send it again."
        )


def sender_keys(sub: Submission) -> list[str]:
    """The names a sender's posts are serialised under, in the one order every
    transaction takes them (so two never wait for each other in a circle)."""
    keys = {f"email:{sub.email.strip().lower()}"[:200]}
    if sub.ip_address:
        keys.add(f"ip:{sub.ip_address}")
    return sorted(keys)


def lock_sender(sub: Submission) -> None:
    """Hold this sender's lock rows until the surrounding transaction ends.

    Another post from the same address or email waits here, then counts the
    comments this one saved. On PostgreSQL a row lock (or, for a first post, the
    unique key of a row being inserted) does the waiting; SQLite runs one
    writing transaction at a time already.
    """
    keys = sender_keys(sub)
    PostingLock.objects.bulk_create(
        [PostingLock(key=key) for key in keys], ignore_conflicts=True
    )
    list(PostingLock.objects.select_for_update().filter(key__in=keys).order_by("key"))


def refuse_floods(sub: Submission, policy: ModerationPolicy) -> None:
    """At most N comments per IP address and per email address per window."""
    since = timezone.now() - datetime.timedelta(minutes=policy.window_minutes)
    recent = Comment.objects.filter(created_at__gte=since)
    wait = f"Please wait {policy.window_minutes} minutes and try again."
    ip_limited = bool(sub.ip_address and policy.max_per_ip)
    if ip_limited and (
        recent.filter(ip_address=sub.ip_address).count() >= policy.max_per_ip
    ):
        raise CommentRefused(
            f"Many comments have come from your network in the last "
            f"{policy.window_minutes} minutes. {wait} Your comment is still "
            "in the box below."
        )
    if policy.max_per_email:
        count = recent.filter(email__iexact=sub.email).count()
        if count >= policy.max_per_email:
            raise CommentRefused(
                f"You have posted {count} comments in the last "
                f"{policy.window_minutes} minutes. {wait}",
                field="email",
            )


def refuse_duplicates(sub: Submission) -> None:
    """The same person posting the same words on the same page twice."""
    since = timezone.now() - DUPLICATE_WINDOW
    same = Comment.objects.filter(
        page_id=sub.page.pk,
        email__iexact=sub.email,
        text=sub.text,
        created_at__gte=since,
    ).exclude(status=Status.DELETED)
    if same.exists():
        raise CommentRefused(
            "You have already posted this comment here. If it is not showing "
            "yet, it is waiting for a moderator; there is no need to send it again.",
            field="text",
        )


def external_verdict(sub: Submission) -> Verdict | None:
    """Ask each checker in settings.COMMENTS_SPAM_CHECKERS; the first opinion wins.

    A checker is a callable taking a Submission and returning "spam", "hold" or
    None (no opinion), e.g. a wrapper around Akismet.
    """
    for path in getattr(settings, "COMMENTS_SPAM_CHECKERS", []):
        opinion = import_string(path)(sub)
        if opinion == "spam":
            return Verdict(Status.SPAM, f"Marked spam by {path}")
        if opinion == "hold":
            return Verdict(Status.PENDING, f"Held by {path}")
    return None


def _blocked_email(email: str, blocked: list[str]) -> bool:
    email = email.lower()
    domain = "@" + email.rpartition("@")[2]
    return email in blocked or domain in blocked


def decide(sub: Submission, policy: ModerationPolicy, is_edit: bool = False) -> Verdict:
    """Apply the moderation policy to a submission that passed the anti-spam rules."""
    if sub.ip_address and sub.ip_address.lower() in policy.ip_list():
        return Verdict(Status.SPAM, "IP address is on the blocklist")
    if _blocked_email(sub.email, policy.email_list()):
        return Verdict(Status.SPAM, "Email address is on the blocklist")
    checked = external_verdict(sub)
    if checked:
        return checked
    if sub.role:
        return Verdict(Status.APPROVED)
    lowered = sub.text.lower()
    word = next((w for w in policy.word_list() if w in lowered), None)
    if word:
        return Verdict(Status.PENDING, f"Contains the blocked word “{word}”")
    links = count_links(sub.text)
    if links > policy.max_links:
        return Verdict(Status.PENDING, f"Has {links} links")
    if policy.hold_first_guest_comment and sub.user is None and not is_edit:
        earlier = Comment.objects.filter(
            email__iexact=sub.email, status=Status.APPROVED
        ).exists()
        if not earlier:
            return Verdict(Status.PENDING, "A guest's first comment")
    return Verdict(Status.APPROVED)
