"""Thin views for the discussion: parse input, call a service, render."""

from django.core import signing
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
)
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Page

from skintruth.accounts.models import ReaderProfile
from skintruth.core.security.client_ip import client_ip

from . import discussion, notify, services
from .antispam import CommentRefused, Submission
from .discussion import NOTICE_KEY, discussion_context, form_context, my_comment_ids
from .forms import CommentForm, EditCommentForm, started_token
from .models import MAX_LENGTH, Comment, Status
from .questions import is_question
from .suggestions import suggest_answers
from .thread import PER_PAGE, Node, clean_sort

AWAITING = "Your comment is awaiting moderation. It will appear once approved."
LIVE = "Thank you! Your comment is live."
ANSWERED_BEFORE_MIN_LENGTH = 20


def _open_page(page_id: int) -> Page:
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not services.comments_open(page):
        raise Http404("Comments are not open on this page.")
    return page


def _submission(request: HttpRequest, page, form: CommentForm) -> Submission:
    data = form.cleaned_data
    parent = None
    if data.get("parent"):
        parent = Comment.objects.filter(pk=data["parent"], page_id=page.pk).first()
        if parent is None:
            raise CommentRefused("The comment you replied to is no longer available.")
    user = request.user if request.user.is_authenticated else None
    name, email = form.author()
    return Submission(
        page=page,
        name=name,
        email=email,
        text=data["text"],
        parent=parent,
        user=user,
        ip_address=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        notify_replies=data["notify_replies"],
        honeypot=data.get("website", ""),
        seconds_taken=form.seconds_taken(),
        role=services.role_for(user, page),
    )


@require_GET
def form_tokens(request: HttpRequest) -> JsonResponse:
    """This visitor's CSRF token and a fresh form timer, for a cached page's form."""
    tokens = {"csrfmiddlewaretoken": get_token(request), "started": started_token()}
    response = JsonResponse(tokens)
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
def post_comment(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _open_page(page_id)
    form = CommentForm(request.POST, member=request.user)
    comment = None
    if form.is_valid():
        try:
            comment = services.post_comment(_submission(request, page, form))
            if form.member and "name" in form.fields:
                ReaderProfile.choose(form.member, form.cleaned_data["name"])
        except CommentRefused as refusal:
            form.add_error(refusal.field, refusal.message)
    if comment is None:
        return _form_with_errors(request, page, form)
    discussion.remember(request, comment)
    notice = LIVE if comment.status == Status.APPROVED else AWAITING
    live = comment.status == Status.APPROVED
    if request.htmx:
        context = {
            **form_context(request, page),
            "node": Node(comment, depth=1 if comment.parent_id else 0)
            if live
            else None,
            "notice": notice,
            "is_reply": comment.parent_id is not None,
            "mine": set(my_comment_ids(request)),
            "owner_view": True,
            "now": timezone.now(),
        }
        return render(request, "comments/fragments/posted.html", context)
    request.session[NOTICE_KEY] = {"text": notice, "comment": comment.pk, "live": live}
    anchor = f"comment-{comment.pk}" if comment.status == Status.APPROVED else "notice"
    return redirect(f"{page.url}#{anchor}")


def _form_with_errors(request: HttpRequest, page, form: CommentForm) -> HttpResponse:
    if request.htmx:
        parent_id = str(form.data.get("parent", ""))
        parent = None
        if parent_id.isdigit():
            parent = Comment.objects.filter(pk=parent_id, page_id=page.pk).first()
        context = form_context(request, page, form=form, parent=parent)
        return render(request, "comments/fragments/form.html", context)
    # The page again, its discussion showing the form with its errors.
    context = {**page.get_context(request), "comment_form": form}
    return TemplateResponse(request, page.get_template(request), context, status=400)


@require_GET
def more_comments(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _open_page(page_id)
    raw_offset = request.GET.get("offset", "0")
    if not raw_offset.isdigit() or len(raw_offset) > 9:
        return HttpResponseBadRequest("The offset must be a whole number of comments.")
    offset = int(raw_offset)
    sort = clean_sort(request.GET.get("sort"))
    context = discussion_context(request, page, sort=sort, offset=offset)
    if offset and offset >= context["counts"]["top"]:
        raise Http404("There are no more comments past this point.")
    if not request.htmx:
        return redirect(f"{page.url}?sort={sort}&shown={offset + PER_PAGE}#discussion")
    return render(request, "comments/fragments/more.html", context)


@require_GET
def answered_before(request: HttpRequest, page_id: int) -> HttpResponse:
    """While a reader types a question: answers the site has already given.
    Only asked for by htmx; the form works the same without it."""
    page = _open_page(page_id)
    text = request.GET.get("text", "")[:MAX_LENGTH]
    found = []
    if len(text) >= ANSWERED_BEFORE_MIN_LENGTH and is_question(
        text, services.reviewer_names(page)
    ):
        found = [s for s in suggest_answers(text) if s.kind != "Product notes"]
    return render(
        request, "comments/fragments/answered_before.html", {"suggestions": found}
    )


@require_GET
def reply_form(request: HttpRequest, pk: int) -> HttpResponse:
    parent = get_object_or_404(Comment, pk=pk, status=Status.APPROVED)
    page = _open_page(parent.page_id)
    if not request.htmx:
        return redirect(f"{page.url}?reply_to={parent.pk}#reply-{parent.pk}")
    context = form_context(request, page, parent=parent)
    return render(request, "comments/fragments/form.html", context)


def _own_comment(request: HttpRequest, pk: int) -> Comment:
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
    if not services.can_change(comment, request.user, my_comment_ids(request)):
        raise Http404("This comment can no longer be changed.")
    return comment


@require_http_methods(["GET", "POST"])
def edit_comment(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _own_comment(request, pk)
    form = EditCommentForm(request.POST or None, initial={"text": comment.text})
    if request.method == "POST" and form.is_valid():
        services.edit_comment(comment, form.cleaned_data["text"])
        anchor = "notice" if comment.status != Status.APPROVED else f"comment-{pk}"
        if comment.status != Status.APPROVED:
            request.session[NOTICE_KEY] = {"text": AWAITING, "comment": pk}
        return redirect(f"{comment.page.url}#{anchor}")
    return render(request, "comments/edit.html", {"comment": comment, "form": form})


@require_http_methods(["GET", "POST"])
def delete_comment(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _own_comment(request, pk)
    if request.method == "POST":
        services.delete_by_author(comment)
        request.session[NOTICE_KEY] = {"text": "Your comment was deleted."}
        return redirect(f"{comment.page.url}#discussion")
    return render(request, "comments/delete.html", {"comment": comment})


@require_http_methods(["GET", "POST"])
def confirm_moderation(request: HttpRequest, token: str) -> HttpResponse:
    """The reviewer's emailed link: GET only shows; the button (a POST) acts."""
    try:
        comment_id, action = notify.read_moderation_token(token)
    except signing.BadSignature:
        return render(request, "comments/link_invalid.html", status=400)
    comment = get_object_or_404(Comment.objects.select_related("page"), pk=comment_id)
    done = False
    if request.method == "POST" and action in ("approve", "spam"):
        services.moderate(comment, action)
        done = True
    context = {"comment": comment, "action": action, "done": done}
    return render(request, "comments/confirm_moderation.html", context)


@csrf_exempt  # the signed token is the credential; mail clients POST without one
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """One button, no login: mail clients may also POST here (RFC 8058)."""
    try:
        email = notify.read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "comments/link_invalid.html", status=400)
    done = False
    if request.method == "POST":
        services.unsubscribe(email)
        done = True
    action = reverse("comments:unsubscribe", args=[token])
    return render(
        request,
        "comments/unsubscribe.html",
        {"email": email, "done": done, "action": action},
    )
