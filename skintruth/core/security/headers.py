"""Response headers by area: the Content-Security-Policy and `no-store`.

Public pages are shared by the proxy and the app's page cache, so their policy
is the same for everyone: scripts only from our own files, no nonce. The
Wagtail admin and Oscar's dashboard are never cached; they get the looser
policy their own templates need (see CSP_AREAS in settings), except the
admin's sign-in and password-reset pages, which keep the public policy.
"""

from __future__ import annotations

import json
import logging

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("skintruth.csp")
MAX_REPORT_BYTES = 16_384


def _area_directives(path: str) -> dict | None:
    # The longest prefix wins: "/admin/login/" is an area of its own in "/admin/".
    found = [prefix for prefix in settings.CSP_AREAS if path.startswith(prefix)]
    return settings.CSP_AREAS[max(found, key=len)] if found else None


class AreaCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the directives of CSP_AREAS by path prefix."""

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        area = _area_directives(request.path_info)
        if area is not None:
            parts.replace = {**area, **(parts.replace or {})}
        return parts


class NoStoreMiddleware:
    """`Cache-Control: no-store` on pages that show one person's basket,
    order, account or the back office, so neither a shared cache nor the
    browser's history keeps a copy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if request.path_info.startswith(tuple(settings.NO_STORE_PATH_PREFIXES)):
            add_never_cache_headers(response)
        return response


class CookieFlagsMiddleware:
    """SameSite=Lax on every cookie, and Secure when SECURE_COOKIES is on.

    Oscar sets its basket and history cookies without SameSite; rather than
    fork each place a cookie is set, the flags are added on the way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        for morsel in response.cookies.values():
            if not morsel["samesite"]:
                morsel["samesite"] = "Lax"
            if settings.SECURE_COOKIES:
                morsel["secure"] = True
        return response


@csrf_exempt
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """Where browsers send what the policy blocked; logged for the team."""
    body = request.body[:MAX_REPORT_BYTES]
    try:
        report = json.loads(body)
    except ValueError:
        return HttpResponse(status=400)
    logger.warning("CSP violation: %s", json.dumps(report, sort_keys=True))
    return HttpResponse(status=204)
