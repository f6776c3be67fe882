"""`{% discussion page %}` and `{% comment_count_link page %}` for any page type."""

from __future__ import annotations

from django import template
from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString

from skintruth.core import fragments
from skintruth.core.frontend_cache import is_shared

from ..forms import CommentForm, started_token
from ..models import Comment
from ..services import comments_open, discussion_version
from ..text import render_plain_text
from ..thread import MAX_SHOWN, PER_PAGE, build_thread, clean_sort

register = template.Library()


def _version(page, request: HttpRequest | None) -> int | None:
    name = discussion_version(page.pk)
    return fragments.versions([name], request)[name]


def _counts(page, request: HttpRequest | None = None) -> dict[str, int]:
    """Both counts, cached per discussion version and remembered on the page."""
    if not hasattr(page, "_comment_counts"):
        version = _version(page, request)
        key = f"comments:counts:{page.pk}:{version}"
        counts = cache.get(key) if version is not None else None
        if counts is None:
            counts = Comment.objects.counts_for_page(page)
            if version is not None:
                cache.set(key, counts, fragments.FRAGMENT_SECONDS)
        page._comment_counts = counts
    return page._comment_counts


def _owner_view(request: HttpRequest) -> bool:
    """Whether this visitor may have comments of their own to edit or delete."""
    from ..views import my_comment_ids

    user = getattr(request, "user", None)
    return bool(my_comment_ids(request)) or bool(user and user.is_authenticated)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def form_context(
    request: HttpRequest, page, form: CommentForm | None = None, parent=None
) -> dict:
    """What the comment form needs: a bound or fresh form and whom it replies to."""
    user = getattr(request, "user", None)
    if form is None:
        initial = {
            "parent": parent.pk if parent else None,
            "started": started_token(shared=is_shared(request)),
        }
        if user is not None and user.is_authenticated:
            initial["name"] = user.get_full_name() or user.get_username()
            initial["email"] = user.email
        form = CommentForm(initial=initial)
    form_id = f"reply-form-{parent.pk}" if parent else "comment-form"
    form.auto_id = f"{form_id}-%s"
    return {
        "request": request,
        "page": page,
        "form": form,
        "parent": parent,
        "form_id": form_id,
    }


def discussion_context(
    request: HttpRequest,
    page,
    sort: str = "newest",
    offset: int = 0,
    limit: int = 0,
    lazy: bool = False,
) -> dict:
    """The thread's context; `lazy` leaves the comments to whoever renders them."""
    from ..views import NOTICE_KEY, my_comment_ids

    counts = _counts(page, request)
    limit = limit or PER_PAGE
    nodes = [] if lazy else build_thread(page, sort, offset, limit)
    session = getattr(request, "session", None)
    notice = session.pop(NOTICE_KEY, None) if session is not None else None
    return {
        "request": request,
        "page": page,
        "counts": counts,
        "nodes": nodes,
        "sort": sort,
        "offset": offset,
        "next_offset": offset + limit,
        "has_more": offset + limit < counts["top"],
        "remaining": max(counts["top"] - offset - limit, 0),
        "notice": notice,
        "mine": set(my_comment_ids(request)),
        "owner_view": _owner_view(request),
        "now": timezone.now(),
    }


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
    parts = ["thread", page.pk, _version(page, request), context["sort"], limit]
    return fragments.cached(parts, render)


@register.inclusion_tag("comments/discussion.html", takes_context=True)
def discussion(context, page) -> dict:
    request = context["request"]
    if not comments_open(page):
        return {"closed": True}
    sort = clean_sort(request.GET.get("sort"))
    shown = min(max(_int(request.GET.get("shown"), PER_PAGE), PER_PAGE), MAX_SHOWN)
    result = discussion_context(request, page, sort=sort, limit=shown, lazy=True)
    bound = getattr(request, "comment_form", None)
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
    return {"count": _counts(page, context.get("request"))["total"]}


@register.simple_tag(takes_context=True, name="discussion_version")
def discussion_version_tag(context, page) -> int | None:
    """{% discussion_version page as v %}: key a cached fragment that shows counts."""
    return _version(page, context.get("request"))


@register.filter
def plain_text(value: str) -> SafeString:
    """A visitor's words as inert HTML: escaped, line breaks kept, URLs linked."""
    return render_plain_text(value or "")


@register.simple_tag
def can_change(comment: Comment, mine: set, user, now, has_replies: bool) -> bool:
    """Whether to offer Edit/Delete; the views check again with the database."""
    if has_replies or now > comment.editable_until():
        return False
    if user is not None and user.is_authenticated and comment.user_id == user.pk:
        return True
    return comment.pk in mine
