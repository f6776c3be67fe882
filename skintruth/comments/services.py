"""Workflows of the discussion: posting, editing, moderating and replying."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from skintruth.accounts.models import display_name_of
from skintruth.core.caching import fragments
from skintruth.core.caching.frontend import purge
from skintruth.core.pages.metadata import Discussion

from . import antispam, notify
from .antispam import CommentRefused, Submission
from .models import Comment, EmailOptOut, ModerationPolicy, Role, Status, Triage
from .questions import addressed_names, asks_the_publication


class CommentNotAllowed(Exception):
    """Commenting is not open on this page, or this change is not permitted."""


ACTIONS = {
    "approve": Status.APPROVED,
    "spam": Status.SPAM,
    "delete": Status.DELETED,
    "pending": Status.PENDING,
}


def comments_open(page) -> bool:
    """Whether the page type takes comments; an unsaved preview never does."""
    if page.pk is None:
        return False
    page_class = page.specific_class
    return bool(page_class and issubclass(page_class, Discussion))


def role_for(user, page) -> str:
    """Reviewer if the user is this page's reviewer, Editor if staff, else reader."""
    if user is None or not user.is_authenticated:
        return Role.READER
    reviewer = notify.reviewer_for(page)
    if reviewer is not None and reviewer.user_id == user.pk:
        return Role.REVIEWER
    return Role.EDITOR if user.is_staff else Role.READER


def discussion_version(page_id: int) -> str:
    """The name of the version that keys a page's cached thread and counts."""
    return f"comments:{page_id}"


def discussion_changed(page_id: int) -> None:
    """Readers see a different thread: drop the cached one for this page."""
    fragments.bump(discussion_version(page_id))


def clean_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def post_comment(sub: Submission) -> Comment:
    """Screen a submission, save it with the status the policy gives, notify."""
    if not comments_open(sub.page):
        raise CommentNotAllowed("Comments are closed on this page.")
    if sub.parent and (
        sub.parent.page_id != sub.page.pk or sub.parent.status != Status.APPROVED
    ):
        raise CommentRefused("The comment you replied to is no longer available.")
    sub.text = clean_text(sub.text)
    policy = ModerationPolicy.load()
    if not sub.role:
        antispam.refuse_robots(sub, policy)
    # Screening and saving are one transaction holding the sender's lock, so
    # posts sent at once are checked one after another, never side by side.
    with transaction.atomic():
        antispam.lock_sender(sub)
        if not sub.role:
            antispam.refuse_floods(sub, policy)
        antispam.refuse_duplicates(sub)
        comment = _save(sub, antispam.decide(sub, policy))
        if sub.notify_replies:  # asking again undoes an earlier unsubscribe
            EmailOptOut.objects.filter(email=comment.email.lower()).delete()
        notify.tell_reviewer(comment)
        if comment.status == Status.APPROVED:
            _became_visible(comment)
    return comment


def _save(sub: Submission, verdict: antispam.Verdict) -> Comment:
    comment = Comment.objects.create(
        page_id=sub.page.pk,
        parent=sub.parent,
        root=(sub.parent.root or sub.parent) if sub.parent else None,
        user=sub.user if sub.user and sub.user.is_authenticated else None,
        name=sub.name.strip(),
        email=sub.email.strip(),
        text=sub.text,
        status=verdict.status,
        moderation_reason=verdict.reason,
        role=sub.role,
        is_question=not sub.role and _asks(sub.page, sub.parent, sub.text),
        notify_replies=sub.notify_replies,
        ip_address=sub.ip_address,
        user_agent=sub.user_agent[:300],
    )
    comment.page = sub.page
    return comment


def _asks(page, parent: Comment | None, text: str) -> bool:
    reviewer = notify.reviewer_for(page)
    return asks_the_publication(text, parent, reviewer.title if reviewer else "")


def reviewer_names(page) -> tuple[str, ...]:
    """What readers call the page's reviewer: full name and first name."""
    reviewer = notify.reviewer_for(page)
    return addressed_names(reviewer.title) if reviewer else ()


def thread_changed(comment: Comment) -> None:
    """What readers see of the discussion changed: purge the page showing it and
    the reviewer's profile (their answers and unanswered questions)."""
    discussion_changed(comment.page_id)
    page = comment.page
    purge(pages=[page, notify.reviewer_for(page)])


def _became_visible(comment: Comment) -> None:
    """A comment readers can now see: answer its question, tell whoever waits."""
    thread_changed(comment)
    parent = comment.parent
    if parent and comment.role and parent.is_question and not parent.answered_at:
        parent.answered_at = timezone.now()
        parent.save(update_fields=["answered_at"])
        notify.tell_asker_answered(comment)
        return
    notify.tell_parent_author(comment)


def moderate(comment: Comment, action: str) -> Comment:
    """Approve, mark spam, delete or hold one comment."""
    status = ACTIONS[action]
    if comment.status == status:
        return comment
    was_pending = comment.status == Status.PENDING
    with transaction.atomic():
        comment.status = status
        comment.save(update_fields=["status"])
        if not was_pending:  # it was live, or hidden and now shown
            thread_changed(comment)
        if status == Status.APPROVED:
            _became_visible(comment)
            if was_pending:
                notify.tell_author_approved(comment)
    return comment


def moderate_many(ids: Iterable[int], action: str) -> int:
    """The bulk form of `moderate`; returns how many comments changed."""
    comments = Comment.objects.filter(pk__in=list(ids)).select_related("parent", "page")
    changed = 0
    for comment in comments:
        if comment.status != ACTIONS[action]:
            moderate(comment, action)
            changed += 1
    return changed


def reply_as_staff(parent: Comment, user, text: str, as_reviewer: bool) -> Comment:
    """An editor answers a comment from the admin, signed as reviewer or editor."""
    reviewer = notify.reviewer_for(parent.page)
    if as_reviewer and reviewer is not None:
        name, email, role = reviewer.title, reviewer.email, Role.REVIEWER
    else:
        # Never the username: staff sign with a chosen or real name.
        name = display_name_of(user) or user.get_full_name() or "skintruth editors"
        email, role = user.email, Role.EDITOR
    if parent.status == Status.PENDING:
        moderate(parent, "approve")
    return post_comment(
        Submission(
            page=parent.page.specific,
            parent=parent,
            user=user,
            name=name,
            email=email or "editors@skintruth.invalid",
            text=text,
            role=role,
        )
    )


def set_question_aside(question: Comment, triage: str, url: str = "") -> Comment:
    """An editor's call on a question: no answer needed, answered elsewhere (the
    reader is emailed the link), or open again. Counts and profiles follow."""
    with transaction.atomic():
        question.triage = triage
        question.answered_elsewhere_url = (
            url if triage == Triage.ANSWERED_ELSEWHERE else ""
        )
        question.save(update_fields=["triage", "answered_elsewhere_url"])
        if triage == Triage.ANSWERED_ELSEWHERE:
            notify.tell_asker_answered_elsewhere(question)
        thread_changed(question)
    return question


def can_change(comment: Comment, user, my_comment_ids: Iterable[int]) -> bool:
    """Comment.changeable_by, with its replies looked up in the database."""
    if not comment.changeable_by(user, my_comment_ids, has_replies=False):
        return False
    return (
        not Comment.objects.filter(parent=comment)
        .exclude(status__in=[Status.DELETED, Status.SPAM])
        .exists()
    )


def edit_comment(comment: Comment, text: str) -> Comment:
    """The author's correction; it is screened again for links and blocked words."""
    comment.text = clean_text(text)
    comment.edited_at = timezone.now()
    comment.is_question = not comment.role and _asks(
        comment.page, comment.parent, comment.text
    )
    policy = ModerationPolicy.load()
    sub = Submission(
        page=comment.page,
        name=comment.name,
        email=comment.email,
        text=comment.text,
        user=comment.user,
        role=comment.role,
    )
    verdict = antispam.decide(sub, policy, is_edit=True)
    was_live = comment.status == Status.APPROVED
    if verdict.status != Status.APPROVED:
        comment.status, comment.moderation_reason = verdict.status, verdict.reason
    comment.save()
    if was_live:
        thread_changed(comment)
    return comment


def delete_by_author(comment: Comment) -> None:
    was_live = comment.status == Status.APPROVED
    comment.status = Status.DELETED
    comment.save(update_fields=["status"])
    if was_live:
        thread_changed(comment)


def set_discussion_emails(email: str, wanted: bool) -> None:
    """A member's switch for reply and answer emails; off is an unsubscribe."""
    if wanted:
        EmailOptOut.objects.filter(email=email.lower()).delete()
    else:
        unsubscribe(email)


def unsubscribe(email: str) -> int:
    """Stop reply emails to this address; returns how many comments it covered."""
    EmailOptOut.objects.get_or_create(email=email.lower())
    return Comment.objects.filter(email__iexact=email, notify_replies=True).update(
        notify_replies=False
    )
