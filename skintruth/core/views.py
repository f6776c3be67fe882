"""Site-wide views that belong to no section."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.csrf import csrf_failure as django_csrf_failure

CSRF_FIELD = "csrfmiddlewaretoken"


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form posted without a valid token: show it back, ready to send.

    Cached pages carry no per-visitor token; with JavaScript off nothing fills
    it in. Rather than lose what the reader typed, this page holds every field
    and a fresh token, and one press sends it. Nothing was saved, and nothing is
    saved without that press, so a cross-site post gains an attacker nothing.
    """
    if request.method != "POST" or request.FILES:
        return django_csrf_failure(request, reason)
    fields = [
        (name, value)
        for name, values in request.POST.lists()
        if name != CSRF_FIELD
        for value in values
    ]
    context = {"action": request.get_full_path(), "fields": fields}
    return render(request, "core/confirm_post.html", context, status=403)
