"""Editors approve or reject readers' product reviews in the Wagtail admin."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import ratings

PERMISSION = "reviews.change_productreview"


class ReviewQueueView(WagtailAdminTemplateMixin, TemplateView):
    """Reviews waiting for an editor, oldest first: approve or reject each."""

    page_title = "Product reviews"
    header_icon = "pick"
    template_name = "catalogue/admin/review_queue.html"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": "Home"},
        {"url": "", "label": "Product reviews"},
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reviews = list(ratings.pending_reviews())
        for review in reviews:
            review.shown_name = ratings.reviewer_shown_name(review)
        context["reviews"] = reviews
        return context

    def post(self, request, *args, **kwargs):
        action, _, pk = request.POST.get("single", "").partition(":")
        action = action.removeprefix("review-")
        if action in ratings.MODERATION and pk.isdigit():
            changed = ratings.moderate_reviews([int(pk)], action)
            verb = "approved" if action == "approve" else "rejected"
            messages.success(
                request, f"{changed} product review{'s' * (changed != 1)} {verb}."
            )
        return redirect(request.get_full_path())
