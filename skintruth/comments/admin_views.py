"""The editors' side of the discussion, inside the Wagtail admin."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from skintruth.core.templatetags.text_tags import full_stop_after

from . import notify, services
from .models import Comment, Status, Triage
from .suggestions import suggest_answers

PER_PAGE = 50
QUESTIONS_PER_PAGE = 10  # each question brings its suggested answers
SHOWN_SUGGESTIONS = 3
QUOTABLE = 20  # a quote link still finds its passage if the ranking moved a little
PERMISSION = "comments.change_comment"
ACTION_LABELS = {
    "approve": "approved",
    "spam": "marked as spam",
    "delete": "deleted",
    "pending": "moved back to pending",
}


class ModeratorView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "comment"
    breadcrumbs_items = [{"url": reverse_lazy("wagtailadmin_home"), "label": "Home"}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        queue = {"url": reverse("comments_admin:queue"), "label": "Comments"}
        items = [*self.breadcrumbs_items, queue]
        if self.page_title != "Comments":
            items.append({"url": "", "label": self.page_title})
        return items


class QueueView(ModeratorView):
    """Pending, approved, spam and deleted comments; act on one or many."""

    page_title = "Comments"
    template_name = "comments/admin/queue.html"

    def status(self) -> str:
        status = self.request.GET.get("status", Status.PENDING)
        return status if status in Status.values else Status.PENDING

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.status()
        comments = Comment.objects.filter(status=status).select_related("page")
        query = self.request.GET.get("q", "").strip()
        if query:
            comments = comments.filter(text__icontains=query) | comments.filter(
                email__icontains=query
            )
        counts = dict(
            Comment.objects.values_list("status").annotate(n=Count("pk")).order_by()
        )
        context.update(
            status=status,
            query=query,
            tabs=[(s.value, s.label, counts.get(s.value, 0)) for s in Status],
            comments=Paginator(comments.order_by("-created_at"), PER_PAGE).get_page(
                self.request.GET.get("p")
            ),
            actions=ACTION_LABELS,
        )
        return context

    def post(self, request, *args, **kwargs):
        single = request.POST.get("single", "")
        if single:
            action, _, pk = single.partition(":")
            ids = [pk]
        else:
            action, ids = request.POST.get("action"), request.POST.getlist("ids")
        if action not in services.ACTIONS or not ids:
            messages.warning(request, "Choose one or more comments and an action.")
        else:
            changed = services.moderate_many(
                [int(i) for i in ids if i.isdigit()], action
            )
            messages.success(
                request,
                f"{changed} comment{'s' * (changed != 1)} {ACTION_LABELS[action]}.",
            )
        return redirect(request.get_full_path())


class CommentEditForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["name", "text", "status", "is_question"]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}


class EditView(ModeratorView):
    page_title = "Edit comment"
    template_name = "comments/admin/edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", CommentEditForm(instance=self.comment))
        context["comment"] = self.comment
        return context

    def dispatch(self, request, pk, *args, **kwargs):
        self.comment = get_object_or_404(Comment.objects.select_related("page"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        old_status = self.comment.status
        form = CommentEditForm(request.POST, instance=self.comment)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        new_status = form.cleaned_data["status"]
        comment = form.save(commit=False)
        comment.status = old_status
        comment.save()
        if old_status == new_status:
            services.thread_changed(comment)  # the text changed, not the status
        action = next(a for a, s in services.ACTIONS.items() if s == new_status)
        services.moderate(comment, action)
        messages.success(request, "Comment saved.")
        return redirect(reverse("comments_admin:queue") + f"?status={new_status}")


class ReplyForm(forms.Form):
    text = forms.CharField(label="Your reply", widget=forms.Textarea(attrs={"rows": 6}))
    as_reviewer = forms.BooleanField(
        required=False,
        initial=True,
        label="Sign as the article's reviewer",
        help_text="Shown with the Reviewer badge. Untick to sign with your own "
        "name and the Editor badge.",
    )


class ReplyView(EditView):
    page_title = "Reply to comment"
    template_name = "comments/admin/reply.html"

    def get_context_data(self, **kwargs):
        # One search serves both the list shown and the passage being quoted.
        key = self.request.GET.get("quote", "")
        found = []
        if self.comment.is_question or key:
            found = suggest_answers(
                self.comment.text, limit=QUOTABLE, question_id=self.comment.pk
            )
        quoted = next((s for s in found if s.key == key), None) if key else None
        initial = {"text": quoted.quoted_reply() if quoted else ""}
        kwargs.setdefault("form", ReplyForm(initial=initial))
        context = super().get_context_data(**kwargs)
        context["reviewer"] = notify.reviewer_for(self.comment.page)
        context["suggestions"] = found[:SHOWN_SUGGESTIONS]
        return context

    def post(self, request, *args, **kwargs):
        form = ReplyForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        reply = services.reply_as_staff(
            self.comment,
            request.user,
            form.cleaned_data["text"],
            as_reviewer=form.cleaned_data["as_reviewer"],
        )
        name = reply.name
        messages.success(request, f"Reply posted as {name}{full_stop_after(name)}")
        return redirect(self.next_url())

    def next_url(self) -> str:
        """Back where the moderator came from, if that is on this site."""
        wanted = self.request.GET.get("next", "")
        on_site = url_has_allowed_host_and_scheme(
            wanted,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        )
        return wanted if on_site else reverse("comments_admin:queue")


class QuestionsView(ModeratorView):
    """Readers' questions that nobody from the site has answered, oldest first,
    each with the passages of the site that may answer it."""

    page_title = "Unanswered questions"
    template_name = "comments/admin/questions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        set_aside = self.request.GET.get("show") == "set-aside"
        questions = (
            Comment.objects.set_aside_questions()
            if set_aside
            else Comment.objects.unanswered_questions()
        )
        page = Paginator(questions, QUESTIONS_PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        if not set_aside:
            for question in page:
                question.suggestions = suggest_answers(
                    question.text, question_id=question.pk
                )
        context.update(
            questions=page,
            set_aside=set_aside,
            set_aside_count=Comment.objects.set_aside_questions().count(),
        )
        return context

    def post(self, request, *args, **kwargs):
        """ "No answer needed", or "Reopen" a question set aside earlier."""
        question = get_object_or_404(
            Comment, pk=request.POST.get("question", ""), is_question=True
        )
        decision = request.POST.get("decision")
        if decision == Triage.NO_ANSWER_NEEDED:
            services.set_question_aside(question, Triage.NO_ANSWER_NEEDED)
            messages.success(request, f"{question.name}'s question set aside.")
        elif decision == "reopen":
            services.set_question_aside(question, Triage.OPEN)
            messages.success(request, f"{question.name}'s question is open again.")
        return redirect(request.get_full_path())


class AnsweredElsewhereForm(forms.Form):
    url = forms.URLField(
        label="Where is it answered?",
        max_length=500,
        assume_scheme="https",
        help_text="The address of the article, answer or page that answers it. "
        "The reader gets an email with this link.",
        error_messages={
            "required": "Please give the address where the question is answered.",
            "invalid": "Please give a full web address, e.g. "
            "https://skintruth.example/reviews/retinol/.",
        },
    )


class AnsweredElsewhereView(EditView):
    """Mark a question as answered by a page elsewhere, and tell the reader."""

    page_title = "Answered elsewhere"
    template_name = "comments/admin/answered_elsewhere.html"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", AnsweredElsewhereForm())
        context = super().get_context_data(**kwargs)
        context["suggestions"] = suggest_answers(
            self.comment.text, question_id=self.comment.pk
        )
        return context

    def post(self, request, *args, **kwargs):
        form = AnsweredElsewhereForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        services.set_question_aside(
            self.comment, Triage.ANSWERED_ELSEWHERE, url=form.cleaned_data["url"]
        )
        messages.success(
            request, f"{self.comment.name}'s question marked as answered elsewhere."
        )
        return redirect(reverse("comments_admin:questions"))
