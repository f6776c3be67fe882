"""The header's basket count, kept in a cookie the page's script reads.

Cached pages are the same for everyone, so the count cannot be in them; a
request per page view to ask for it would undo the cache. Whenever a response
has loaded the basket, this sets `basket_items` to its count (or removes it).
"""

from django.conf import settings
from django.utils.functional import empty

COOKIE_NAME = "basket_items"


class BasketCountCookieMiddleware:
    """Place it above Oscar's BasketMiddleware, which loads `request.basket`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        basket = getattr(request, "basket", None)
        if basket is None or getattr(basket, "_wrapped", None) is empty:
            return response  # this request never looked at the basket
        request.shared_cache = False  # what it drew may depend on the basket
        count = str(basket.num_items) if basket.id else "0"
        if request.COOKIES.get(COOKIE_NAME, "0") == count:
            return response
        if count == "0":
            response.delete_cookie(COOKIE_NAME, samesite="Lax")
        else:
            response.set_cookie(
                COOKIE_NAME,
                count,
                max_age=settings.OSCAR_BASKET_COOKIE_LIFETIME,
                secure=settings.CSRF_COOKIE_SECURE,
                samesite="Lax",
            )
        return response
