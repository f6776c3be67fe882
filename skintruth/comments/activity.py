"""The discussion's sections of a member's "My activity" page (the page is
skintruth.accounts'): their comments and questions with where they stand, and
the switch for discussion emails."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from . import services
from .models import Comment, EmailOptOut, Status, Triage

PER_PAGE = 20


def standing(comment: Comment) -> str:
    """Where a member's comment stands, in their words."""
    if comment.status == Status.PENDING:
        return "Waiting for moderation"
    if comment.status != Status.APPROVED:
        return "Not published"
    if not comment.is_question:
        return "Live"
    if comment.answered_at:
        return "Answered"
    if comment.triage == Triage.ANSWERED_ELSEWHERE:
        return "Answered elsewhere"
    if comment.triage == Triage.NO_ANSWER_NEEDED:
        return "Live"
    return "Waiting for an answer"


def _members_comments(user):
    return (
        Comment.objects.filter(user=user)
        .exclude(status=Status.DELETED)
        .select_related("page")
        .order_by("-created_at")
    )


def comments_section(request: HttpRequest) -> tuple[str, dict]:
    page = Paginator(_members_comments(request.user), PER_PAGE).get_page(
        request.GET.get("p")
    )
    for comment in page:
        comment.standing = standing(comment)
    return "comments/activity/comments.html", {"comments": page}


def emails_section(request: HttpRequest) -> tuple[str, dict]:
    user = request.user
    context = {
        "discussion_emails": not EmailOptOut.has_opted_out(user.email),
        "notified_threads": _members_comments(user).filter(notify_replies=True).count(),
    }
    return "comments/activity/emails.html", context


@login_required
@require_POST
def discussion_emails(request: HttpRequest) -> HttpResponse:
    """The member's switch for reply and answer emails, from My activity."""
    wanted = request.POST.get("discussion_emails") == "on"
    services.set_discussion_emails(request.user.email, wanted)
    messages.success(
        request,
        "We will email you about replies and answers."
        if wanted
        else "We will not email you about replies or answers any more.",
    )
    return redirect("accounts:my_activity")
