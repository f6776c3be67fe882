"""A member's own activity across the site, on one account page: comments and
questions with where they stand, product ratings, recent orders, and the
discussion emails they get."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model

from . import services
from .models import Comment, EmailOptOut, Status, Triage

PER_PAGE = 20
RECENT_ORDERS = 5


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


@login_required
@require_http_methods(["GET", "POST"])
def my_activity(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        wanted = request.POST.get("discussion_emails") == "on"
        services.set_discussion_emails(user.email, wanted)
        messages.success(
            request,
            "We will email you about replies and answers."
            if wanted
            else "We will not email you about replies or answers any more.",
        )
        return redirect("comments:my_activity")
    comments = (
        Comment.objects.filter(user=user)
        .exclude(status=Status.DELETED)
        .select_related("page")
        .order_by("-created_at")
    )
    page = Paginator(comments, PER_PAGE).get_page(request.GET.get("p"))
    for comment in page:
        comment.standing = standing(comment)
    reviews = (
        get_model("reviews", "ProductReview")
        .objects.filter(user=user)
        .select_related("product")
        .order_by("-date_created")
    )
    orders = (
        get_model("order", "Order").objects.filter(user=user).order_by("-date_placed")
    )
    context = {
        "page_title": "My activity",
        "active_tab": "activity",
        "comments": page,
        "reviews": reviews,
        "orders": orders[:RECENT_ORDERS],
        "order_count": orders.count(),
        "discussion_emails": not EmailOptOut.has_opted_out(user.email),
        "notified_threads": comments.filter(notify_replies=True).count(),
    }
    return render(request, "comments/my_activity.html", context)
