"""Site-wide views that belong to no section."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.static import serve
from wagtail.admin.views.account import LogoutView as WagtailLogoutView

CSRF_FIELD = "csrfmiddlewaretoken"
MEDIA_MAX_AGE = 7 * 24 * 3600


def serve_media(request: HttpRequest, path: str, document_root: str) -> HttpResponse:
    """Uploaded media from disk, cacheable for a week by browsers and proxies.

    Wagtail gives every rendition a new file name, so a changed image is a new
    URL; production serves media from storage or the proxy instead.
    """
    response = serve(request, path, document_root=document_root)
    patch_cache_control(response, public=True, max_age=MEDIA_MAX_AGE)
    return response


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


class AdminLogoutView(WagtailLogoutView):
    """Wagtail's sign-out, minus its habit of dropping the session cookie on any
    request: a GET (an image tag on another site) is refused and changes nothing."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "POST":
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)
