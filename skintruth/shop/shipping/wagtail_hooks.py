from django.urls import reverse
from oscar.templatetags.currency_filters import currency
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from skintruth.core.hooks import ANNOUNCEMENT_PLACEHOLDERS
from skintruth.shop.services import free_shipping_threshold


@hooks.register(ANNOUNCEMENT_PLACEHOLDERS)
def free_shipping_placeholder() -> dict:
    # The shop's real threshold, so the bar and the basket always agree.
    return {"threshold": lambda: currency(free_shipping_threshold())}


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
