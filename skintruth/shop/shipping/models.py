"""Shipping methods; saving one clears the cached threshold and the pages showing it."""

from django.core.cache import cache
from django.db import transaction
from oscar.apps.shipping.abstract_models import AbstractOrderAndItemCharges

from skintruth.core import fragments
from skintruth.shop.purges import purge_whole_shop

THRESHOLD_CACHE_KEY = "shop:free-shipping-threshold"


def threshold_changed() -> None:
    """Every page's announcement bar shows the threshold: forget it, purge all."""
    cache.delete(THRESHOLD_CACHE_KEY)
    fragments.bump(fragments.SITE)
    transaction.on_commit(purge_whole_shop)


class OrderAndItemCharges(AbstractOrderAndItemCharges):
    """Oscar's per-order/per-item method; the standard one holds the threshold."""

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        threshold_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        threshold_changed()
        return result


from oscar.apps.shipping.models import *  # noqa: E402,F403 — Oscar's fork pattern
