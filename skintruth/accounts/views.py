"""A member's own activity across the site, on one account page.

Each app adds its sections through the ACCOUNT_ACTIVITY hook (core.hooks):
comments and questions with where they stand, product ratings, recent orders
and the discussion emails they get.
"""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail import hooks

from skintruth.core.hooks import ACCOUNT_ACTIVITY


@login_required
@require_GET
def my_activity(request: HttpRequest) -> HttpResponse:
    context = {"page_title": "My activity", "active_tab": "activity", "sections": []}
    for section in hooks.get_hooks(ACCOUNT_ACTIVITY):
        found = section(request)
        if found:
            template, section_context = found
            context["sections"].append(template)
            context.update(section_context)
    return render(request, "accounts/my_activity.html", context)
