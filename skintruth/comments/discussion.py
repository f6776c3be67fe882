"""The discussion's context, shared by the page's template tag and the htmx views.

What a visitor owns lives in their session: the ids of the comments they
posted (so they may edit them for a while) and a one-time notice.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone

from skintruth.core.caching import fragments
from skintruth.core.caching.frontend import is_shared

from .forms import CommentForm, started_token
from .models import Comment
from .services import discussion_version
from .thread import PER_PAGE, build_thread

SESSION_KEY = "comments_mine"
NOTICE_KEY = "comments_notice"


def remember(request: HttpRequest, comment: Comment) -> None:
    mine = request.session.get(SESSION_KEY, [])[-19:]
    request.session[SESSION_KEY] = [*mine, comment.pk]


def my_comment_ids(request: HttpRequest) -> list[int]:
    session = getattr(request, "session", None)
    return session.get(SESSION_KEY, []) if session is not None else []


def thread_version(page, request: HttpRequest | None) -> int | None:
    name = discussion_version(page.pk)
    return fragments.versions([name], request)[name]


def comment_counts(page, request: HttpRequest | None = None) -> dict[str, int]:
    """Both counts, cached per discussion version and remembered on the page."""
    if not hasattr(page, "_comment_counts"):
        version = thread_version(page, request)
        key = f"comments:counts:{page.pk}:{version}"
        counts = cache.get(key) if version is not None else None
        if counts is None:
            counts = Comment.objects.counts_for_page(page)
            if version is not None:
                cache.set(key, counts, fragments.FRAGMENT_SECONDS)
        page._comment_counts = counts
    return page._comment_counts


def owner_view(request: HttpRequest) -> bool:
    """Whether this visitor may have comments of their own to edit or delete."""
    user = getattr(request, "user", None)
    return bool(my_comment_ids(request)) or bool(user and user.is_authenticated)


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
        form = CommentForm(initial=initial, member=user)
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
    counts = comment_counts(page, request)
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
        "owner_view": owner_view(request),
        "now": timezone.now(),
    }
