"""Shipping methods; saving one clears the cached threshold and the pages showing it."""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from oscar.apps.shipping.abstract_models import AbstractOrderAndItemCharges

from skintruth.core.caching import fragments
from skintruth.shop.purges import purge_whole_shop

THRESHOLD_CACHE_KEY = "shop:free-shipping-threshold"
MONEY_FIELDS = ("price_per_order", "price_per_item", "free_shipping_threshold")
NEGATIVE_MONEY = "Enter an amount of 0.00 or more."


def threshold_changed() -> None:
    """Every page's announcement bar shows the threshold: forget it, purge all."""
    cache.delete(THRESHOLD_CACHE_KEY)
    fragments.bump(fragments.SITE)
    transaction.on_commit(purge_whole_shop)


class OrderAndItemCharges(AbstractOrderAndItemCharges):
    """Oscar's per-order/per-item method; the standard one holds the threshold."""

    def clean(self):
        super().clean()
        negative = {
            name: NEGATIVE_MONEY
            for name in MONEY_FIELDS
            if getattr(self, name) is not None and getattr(self, name) < 0
        }
        if negative:
            raise ValidationError(negative)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        threshold_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        threshold_changed()
        return result


from oscar.apps.shipping.models import *  # noqa: E402,F403 — Oscar's fork pattern
