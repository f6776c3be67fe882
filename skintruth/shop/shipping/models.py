"""Shipping methods; saving one clears the cached threshold and the pages showing it."""

from django.core.cache import cache
from oscar.apps.shipping.abstract_models import AbstractOrderAndItemCharges

from skintruth.core import fragments

THRESHOLD_CACHE_KEY = "shop:free-shipping-threshold"


class OrderAndItemCharges(AbstractOrderAndItemCharges):
    """Oscar's per-order/per-item method; the standard one holds the threshold."""

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(THRESHOLD_CACHE_KEY)
        fragments.bump(fragments.SITE)  # the announcement bar quotes the threshold

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(THRESHOLD_CACHE_KEY)
        fragments.bump(fragments.SITE)
        return result


from oscar.apps.shipping.models import *  # noqa: E402,F403 — Oscar's fork pattern
