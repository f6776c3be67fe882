"""Django's CSRF protection, also trusting the browser's own word on where a
form came from.

Browsers mark every request with `Sec-Fetch-Site`, and no page can set or
change it; `same-origin` means the form was on one of this site's own pages.
Cached pages carry no per-visitor token, so this lets their forms post with
JavaScript off in current browsers. Older browsers fall back to the token
(form-tokens.js) or to the confirm page of `skintruth.core.views.csrf_failure`.
"""

from django.middleware.csrf import CsrfViewMiddleware

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


class FetchMetadataCsrfViewMiddleware(CsrfViewMiddleware):
    def process_view(self, request, callback, callback_args, callback_kwargs):
        if (
            request.method not in SAFE_METHODS
            and request.META.get("HTTP_SEC_FETCH_SITE") == "same-origin"
        ):
            request.csrf_processing_done = True  # Django's own "already checked"
        return super().process_view(request, callback, callback_args, callback_kwargs)
