from decimal import Decimal

from babel.numbers import get_currency_precision, get_decimal_symbol
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, to_locale
from oscar.templatetags.currency_filters import currency
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from skintruth.core.hooks import ANNOUNCEMENT_PLACEHOLDERS
from skintruth.shop.services import free_shipping_threshold


def banner_amount(amount: Decimal) -> str:
    """An amount as a sentence says it: "$39" when whole, "$39.50" otherwise."""
    text = currency(amount)
    if amount != amount.to_integral_value():
        return text
    locale = to_locale(get_language() or settings.LANGUAGE_CODE)
    precision = get_currency_precision(settings.OSCAR_DEFAULT_CURRENCY)
    cents = get_decimal_symbol(locale) + "0" * precision
    return text.replace(cents, "", 1) if precision else text


@hooks.register(ANNOUNCEMENT_PLACEHOLDERS)
def free_shipping_placeholder() -> dict:
    # The shop's real threshold, so the bar and the basket always agree.
    return {"threshold": lambda: banner_amount(free_shipping_threshold())}


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def register_shipping_menu_item() -> MenuItem:
    # Editors change the banner's text; the amount in it is set here.
    return StaffMenuItem(
        "Shipping & threshold",
        reverse("dashboard:shipping-charges-list"),
        icon_name="site",
        order=910,
    )
