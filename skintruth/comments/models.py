"""The public discussion: comments and the moderation policy."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

MAX_LENGTH = 5000
EDIT_WINDOW = datetime.timedelta(minutes=15)


class Status(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    SPAM = "spam", "Spam"
    DELETED = "deleted", "Deleted"


class Role(models.TextChoices):
    READER = "", "Reader"
    REVIEWER = "reviewer", "Reviewer"
    EDITOR = "editor", "Editor"


class Triage(models.TextChoices):
    """What an editor decided about a question nobody from the site answered."""

    OPEN = "", "Waiting for an answer"
    NO_ANSWER_NEEDED = "no_answer_needed", "No answer needed"
    ANSWERED_ELSEWHERE = "answered_elsewhere", "Answered elsewhere"


class CommentQuerySet(models.QuerySet):
    def approved(self) -> CommentQuerySet:
        return self.filter(status=Status.APPROVED)

    def for_page(self, page) -> CommentQuerySet:
        return self.filter(page_id=page.pk)

    def top_level(self) -> CommentQuerySet:
        return self.filter(parent__isnull=True)

    def counts_for_page(self, page) -> dict[str, int]:
        """Approved comments on a page: all of them, and those that start a thread."""
        return (
            self.approved()
            .for_page(page)
            .aggregate(
                # A comment its author removed still holds its replies but is
                # not counted as one.
                total=Count("pk", filter=Q(removed_by_reader=False)),
                top=Count("pk", filter=Q(parent__isnull=True)),
            )
        )

    def answers_by_contributor(self, contributor) -> CommentQuerySet:
        """Approved replies a contributor wrote to readers, newest first: as
        reviewer of their pages, or signed in as themselves anywhere."""
        written_by = Q(role=Role.REVIEWER, page_id__in=contributor.reviewed_page_ids())
        if contributor.user_id:
            written_by |= Q(user_id=contributor.user_id)
        return (
            self.approved()
            .filter(parent__isnull=False)
            .filter(written_by)
            .select_related("page", "parent")
            .order_by("-created_at")
        )

    def unanswered_questions(self) -> CommentQuerySet:
        """Readers' questions nobody from the site has answered yet, oldest first."""
        return (
            self.approved()
            .filter(is_question=True, answered_at__isnull=True, role=Role.READER)
            .filter(triage=Triage.OPEN)
            .select_related("page")
            .order_by("created_at")
        )

    def set_aside_questions(self) -> CommentQuerySet:
        """Questions an editor marked "no answer needed" or "answered elsewhere"."""
        return (
            self.approved()
            .filter(is_question=True, answered_at__isnull=True, role=Role.READER)
            .exclude(triage=Triage.OPEN)
            .select_related("page")
            .order_by("-created_at")
        )


class Comment(models.Model):
    """One reader's (or editor's) comment on a page, possibly a reply."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    # The thread's first comment, so a whole thread loads in one query.
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(max_length=80)
    email = models.EmailField(help_text="Never shown on the site.")
    text = models.TextField(max_length=MAX_LENGTH)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    role = models.CharField(
        max_length=10, choices=Role.choices, default=Role.READER, blank=True
    )
    moderation_reason = models.CharField(max_length=200, blank=True)
    is_question = models.BooleanField(default=False)
    answered_at = models.DateTimeField(null=True, blank=True)
    triage = models.CharField(
        max_length=20, choices=Triage.choices, default=Triage.OPEN, blank=True
    )
    answered_elsewhere_url = models.URLField(
        "where it is answered", blank=True, max_length=500
    )
    notify_replies = models.BooleanField("notify me of replies", default=False)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    # The author erased their data: the row stays only to hold its replies.
    removed_by_reader = models.BooleanField(default=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["page", "status", "parent", "created_at"]),
            models.Index(fields=["root", "status"]),
            models.Index(fields=["email", "created_at"]),
            models.Index(fields=["ip_address", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.text[:60]}"

    @property
    def is_visible(self) -> bool:
        return self.status == Status.APPROVED

    @property
    def badge(self) -> str:
        return self.get_role_display() if self.role else ""

    def editable_until(self) -> datetime.datetime:
        return self.created_at + EDIT_WINDOW

    def changeable_by(
        self, user, my_comment_ids, *, has_replies: bool, now=None
    ) -> bool:
        """The edit-window rule: authors may edit or delete a live or pending
        comment for 15 minutes, until someone replies."""
        if self.status not in (Status.APPROVED, Status.PENDING) or has_replies:
            return False
        if (now or timezone.now()) > self.editable_until():
            return False
        if user is not None and user.is_authenticated and self.user_id == user.pk:
            return True
        return self.pk in set(my_comment_ids)


class EmailOptOut(models.Model):
    """An address that asked for no more discussion emails (replies, answers)."""

    email = models.EmailField(unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.email

    @classmethod
    def has_opted_out(cls, email: str) -> bool:
        return cls.objects.filter(email=email.lower()).exists()


@register_setting(icon="comment")
class ModerationPolicy(BaseGenericSetting):
    """How new comments are screened: what is held, refused or marked spam."""

    hold_first_guest_comment = models.BooleanField(
        default=True,
        help_text="Hold a guest's first comment until approved; "
        "approve their later ones automatically.",
    )
    max_links = models.PositiveSmallIntegerField(
        default=2, help_text="Hold any comment with more links than this."
    )
    blocked_words = models.TextField(
        blank=True, help_text="One word or phrase a line. Comments with one are held."
    )
    blocked_emails = models.TextField(
        blank=True,
        help_text="One address (or @domain) a line. Their comments go to spam.",
    )
    blocked_ips = models.TextField(
        blank=True, help_text="One IP address a line. Their comments go to spam."
    )
    min_seconds_to_fill = models.PositiveSmallIntegerField(
        default=3, help_text="Refuse forms sent faster than this (robots are fast)."
    )
    max_per_ip = models.PositiveSmallIntegerField(
        default=5, help_text="Comments one IP address may post per window."
    )
    max_per_email = models.PositiveSmallIntegerField(
        default=5, help_text="Comments one email address may post per window."
    )
    window_minutes = models.PositiveSmallIntegerField(
        default=10, help_text="The rate-limit window, in minutes."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("hold_first_guest_comment"), FieldPanel("max_links")],
            heading="What is held for moderation",
        ),
        MultiFieldPanel(
            [
                FieldPanel("blocked_words"),
                FieldPanel("blocked_emails"),
                FieldPanel("blocked_ips"),
            ],
            heading="Blocklists",
        ),
        MultiFieldPanel(
            [
                FieldPanel("min_seconds_to_fill"),
                FieldPanel("max_per_ip"),
                FieldPanel("max_per_email"),
                FieldPanel("window_minutes"),
            ],
            heading="Rate limits",
        ),
    ]

    class Meta:
        verbose_name = "comment moderation policy"

    @staticmethod
    def _lines(text: str) -> list[str]:
        return [line.strip().lower() for line in text.splitlines() if line.strip()]

    def word_list(self) -> list[str]:
        return self._lines(self.blocked_words)

    def email_list(self) -> list[str]:
        return self._lines(self.blocked_emails)

    def ip_list(self) -> list[str]:
        return self._lines(self.blocked_ips)


class PostingLock(models.Model):
    """One row per IP address or email that has posted: new comments from the
    same sender lock it, so their rate-limit and duplicate checks and the insert
    happen one at a time, across every server process."""

    key = models.CharField(max_length=200, unique=True)

    def __str__(self) -> str:
        return self.key
