"""`{% discussion page %}` and `{% comment_count_link page %}` for any page type."""

from __future__ import annotations

from django import template
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from skintruth.core.caching import fragments

from ..discussion import (
    comment_counts,
    discussion_context,
    form_context,
    thread_version,
)
from ..models import Comment
from ..services import comments_open
from ..text import render_plain_text
from ..thread import MAX_SHOWN, PER_PAGE, build_thread, clean_sort

register = template.Library()


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _thread(request: HttpRequest, page, context: dict, limit: int) -> SafeString:
    """The comment list and its "show more" link, shared by every plain reader.

    Edit/Delete links depend on the visitor and the clock, and an inline reply
    form carries a CSRF token, so those views are rendered fresh each time.
    """

    def render() -> str:
        nodes = build_thread(page, context["sort"], 0, limit)
        return render_to_string(
            "comments/fragments/thread.html", {**context, "nodes": nodes}
        )

    if context["owner_view"] or context["reply_form"]:
        return SafeString(render())
    parts = [
        "thread",
        page.pk,
        thread_version(page, request),
        context["sort"],
        limit,
    ]
    return fragments.cached(parts, render)


@register.inclusion_tag("comments/discussion.html", takes_context=True)
def discussion(context, page) -> dict:
    request = context["request"]
    if not comments_open(page):
        return {"closed": True}
    sort = clean_sort(request.GET.get("sort"))
    shown = min(max(_int(request.GET.get("shown"), PER_PAGE), PER_PAGE), MAX_SHOWN)
    result = discussion_context(request, page, sort=sort, limit=shown, lazy=True)
    bound = context.get("comment_form")  # a refused form, from the post view
    reply_to = _int(request.GET.get("reply_to"), 0)
    if bound is not None:
        reply_to = _int(bound.data.get("parent"), 0)
    parent = None
    if reply_to:
        parent = Comment.objects.approved().filter(pk=reply_to, page_id=page.pk).first()
    result["reply_to"] = parent.pk if parent else 0
    form = form_context(request, page, form=bound, parent=parent)
    result["reply_form"] = form if parent else None
    result["main_form"] = form_context(request, page) if parent else form
    result["thread"] = _thread(request, page, result, shown)
    return result


@register.inclusion_tag("comments/count_link.html", takes_context=True)
def comment_count_link(context, page) -> dict:
    if not comments_open(page):
        return {"closed": True}
    return {"count": comment_counts(page, context.get("request"))["total"]}


@register.simple_tag(takes_context=True, name="discussion_version")
def discussion_version_tag(context, page) -> int | None:
    """{% discussion_version page as v %}: key a cached fragment that shows counts."""
    return thread_version(page, context.get("request"))


@register.filter
def plain_text(value: str) -> SafeString:
    """A visitor's words as inert HTML: escaped, line breaks kept, URLs linked."""
    return render_plain_text(value or "")


@register.simple_tag
def can_change(comment: Comment, mine: set, user, now, has_replies: bool) -> bool:
    """Whether to offer Edit/Delete; the views check again with the database."""
    return comment.changeable_by(user, mine, has_replies=bool(has_replies), now=now)
