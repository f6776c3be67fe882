"""Shop rules other parts of the site ask about: the free-shipping threshold."""

from decimal import Decimal

from django.core.cache import cache

from skintruth.shop.shipping.models import THRESHOLD_CACHE_KEY, OrderAndItemCharges

STANDARD_SHIPPING_CODE = "standard"
# Bounded staleness where the cache is per process; saving a method clears it.
THRESHOLD_CACHE_SECONDS = 300
DEFAULT_THRESHOLD = Decimal("39.00")
DEFAULT_STANDARD_RATE = Decimal("5.95")


def free_shipping_threshold() -> Decimal:
    """The basket total (after discounts) from which standard shipping is free.

    Stored on Oscar's standard shipping method, which staff edit in the shop
    dashboard (Shipping), so the basket's charge and the banner read one value.
    """
    value = cache.get(THRESHOLD_CACHE_KEY)
    if value is None:
        value = (
            OrderAndItemCharges.objects.filter(code=STANDARD_SHIPPING_CODE)
            .values_list("free_shipping_threshold", flat=True)
            .first()
        )
        value = DEFAULT_THRESHOLD if value is None else value
        cache.set(THRESHOLD_CACHE_KEY, value, THRESHOLD_CACHE_SECONDS)
    return value


def free_shipping_progress(basket_total: Decimal) -> dict:
    """What the basket says about free shipping: reached, or how much to go."""
    threshold = free_shipping_threshold()
    remaining = max(threshold - basket_total, Decimal("0.00"))
    percent = 100 if threshold <= 0 else min(100, int(basket_total / threshold * 100))
    return {
        "threshold": threshold,
        "remaining": remaining,
        "reached": remaining == 0,
        "percent": percent,
    }
