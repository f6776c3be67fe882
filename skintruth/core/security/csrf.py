"""Django's CSRF protection, also trusting the browser's own word on where a
form came from.

Browsers mark every request with `Sec-Fetch-Site`, and no page can set or
change it; `same-origin` means the form was on one of this site's own pages.
Cached pages carry no per-visitor token, so this lets their forms post with
JavaScript off in current browsers. Older browsers fall back to the token
(form-tokens.js) or to the confirm page of `skintruth.core.views.csrf_failure`.
"""

from django.conf import settings
from django.http import HttpRequest
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


def is_cross_site(request: HttpRequest) -> bool:
    """Whether a request was sent by a page of another site.

    The browser's `Sec-Fetch-Site` decides; browsers without it still send
    `Origin` on a POST. A request with neither comes from no browser (a
    script with its own cookies), so there is no visitor to protect.
    """
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        return False
    ours = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    return origin not in ours
