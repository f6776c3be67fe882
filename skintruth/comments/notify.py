"""Emails about comments: who gets one, signed links in them, and the outbox.

Each email goes through the site's outbox (core.mail): written in the same
transaction as the comment, sent by a task after the commit, retried by the
worker if sending failed.
"""

from __future__ import annotations

from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse

from skintruth.core.models import OutgoingEmail
from skintruth.core.operations import mail
from skintruth.core.operations.site_url import absolute_url
from skintruth.core.pages.metadata import Discussion

from .models import Comment, EmailOptOut, Status

MODERATION_SALT = "comments.moderation"
UNSUBSCRIBE_SALT = "comments.unsubscribe"
MODERATION_LINK_DAYS = 30


def reviewer_for(page):
    """The contributor who answers for a page, if its type names one."""
    page = page.specific
    return page.discussion_reviewer() if isinstance(page, Discussion) else None


def moderation_token(comment: Comment, action: str) -> str:
    return signing.dumps({"c": comment.pk, "a": action}, salt=MODERATION_SALT)


def read_moderation_token(token: str) -> tuple[int, str]:
    """Raises signing.BadSignature (or SignatureExpired) for a bad link."""
    data = signing.loads(
        token, salt=MODERATION_SALT, max_age=MODERATION_LINK_DAYS * 86400
    )
    return int(data["c"]), str(data["a"])


def unsubscribe_token(email: str) -> str:
    return signing.dumps(email.lower(), salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> str:
    return signing.loads(token, salt=UNSUBSCRIBE_SALT)


def comment_url(comment: Comment) -> str:
    return f"{comment.page.full_url}#comment-{comment.pk}"


def queue_email(
    recipient: str, subject: str, template: str, context: dict
) -> OutgoingEmail:
    """Render the email and put it in the outbox, with a one-click unsubscribe."""
    headers = {}
    if "unsubscribe_url" in context:
        headers = {
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    body = render_to_string(template, context).strip() + "\n"
    return mail.queue_email(recipient, subject, body, headers=headers)


def tell_reviewer(comment: Comment) -> None:
    """The page's reviewer hears of every new comment, with links to moderate it."""
    reviewer = reviewer_for(comment.page)
    if not reviewer or not reviewer.email or not reviewer.notify_of_comments:
        return
    if comment.status == Status.SPAM or (
        reviewer.user_id and comment.user_id == reviewer.user_id
    ):
        return
    context = {"comment": comment, "reviewer": reviewer, "url": comment_url(comment)}
    if comment.status == Status.PENDING:
        for action in ("approve", "spam"):
            path = reverse(
                "comments:confirm_moderation", args=[moderation_token(comment, action)]
            )
            context[f"{action}_url"] = absolute_url(path)
    held = " (held for moderation)" if comment.status == Status.PENDING else ""
    queue_email(
        reviewer.email,
        f"New comment on “{comment.page.title}”{held}",
        "comments/email/new_comment.txt",
        context,
    )


def _unsubscribe_url(email: str) -> str:
    return absolute_url(
        reverse("comments:unsubscribe", args=[unsubscribe_token(email)])
    )


def tell_parent_author(reply: Comment) -> None:
    """Someone who asked to be notified hears of an approved reply to them."""
    parent = reply.parent
    if not parent or not parent.notify_replies or parent.status != Status.APPROVED:
        return
    if parent.email.lower() == reply.email.lower():
        return
    queue_email(
        parent.email,
        f"{reply.name} replied to your comment on “{reply.page.title}”",
        "comments/email/reply.txt",
        {
            "reply": reply,
            "parent": parent,
            "url": comment_url(reply),
            "unsubscribe_url": _unsubscribe_url(parent.email),
        },
    )


def tell_author_approved(comment: Comment) -> None:
    """A held comment's author (if they opted in) hears when it goes live."""
    if not comment.notify_replies:
        return
    queue_email(
        comment.email,
        f"Your comment on “{comment.page.title}” is live",
        "comments/email/approved.txt",
        {
            "comment": comment,
            "url": comment_url(comment),
            "unsubscribe_url": _unsubscribe_url(comment.email),
        },
    )


def _may_tell_asker(question: Comment) -> bool:
    """Askers hear of answers whether or not they ticked "notify me" (they
    asked us), unless their address unsubscribed from discussion emails."""
    return question.status == Status.APPROVED and not EmailOptOut.has_opted_out(
        question.email
    )


def tell_asker_answered(answer: Comment) -> None:
    """A reader whose question the site answered in the thread hears of it."""
    question = answer.parent
    if not _may_tell_asker(question):
        return
    queue_email(
        question.email,
        f"Your question on “{answer.page.title}” has an answer",
        "comments/email/answered.txt",
        {
            "answer": answer,
            "question": question,
            "url": comment_url(answer),
            "unsubscribe_url": _unsubscribe_url(question.email),
        },
    )


def tell_asker_answered_elsewhere(question: Comment) -> None:
    """An editor pointed the question at a page that answers it: tell the asker."""
    if not _may_tell_asker(question):
        return
    queue_email(
        question.email,
        f"Your question on “{question.page.title}” is answered here",
        "comments/email/answered_elsewhere.txt",
        {
            "question": question,
            "url": question.answered_elsewhere_url,
            "unsubscribe_url": _unsubscribe_url(question.email),
        },
    )
