from oscar.templatetags.currency_filters import currency
from wagtail import hooks

from skintruth.core.hooks import ANNOUNCEMENT_PLACEHOLDERS
from skintruth.shop.services import free_shipping_threshold


@hooks.register(ANNOUNCEMENT_PLACEHOLDERS)
def free_shipping_placeholder() -> dict:
    # The shop's real threshold, so the bar and the basket always agree.
    return {"threshold": lambda: currency(free_shipping_threshold())}
