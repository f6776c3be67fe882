"""What a visitor sees once django-axes has locked out their sign-ins."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers


def _is_admin(request: HttpRequest) -> bool:
    return request.path.startswith(reverse("wagtailadmin_home"))


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The sign-in page's look, saying when to try again and how to reset.

    Every failed try during a lockout starts the cool-off again, so "now plus
    the cool-off" is when this visitor may try next.
    """
    admin = _is_admin(request)
    context = {
        "retry_at": timezone.now().replace(microsecond=0) + settings.AXES_COOLOFF_TIME,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        "reset_url": reverse(
            "wagtailadmin_password_reset" if admin else "password-reset"
        ),
        "login_url": reverse("wagtailadmin_login" if admin else "customer:login"),
    }
    template = "core/locked_out_admin.html" if admin else "core/locked_out.html"
    response = render(
        request, template, context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    add_never_cache_headers(response)
    return response
