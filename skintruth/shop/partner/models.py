"""Stock records whose allocation never takes stock that is not there."""

from django.db.models import F
from django.db.models.functions import Coalesce
from oscar.apps.partner.abstract_models import AbstractStockRecord

from skintruth.shop.partner.exceptions import InsufficientStock


class StockRecord(AbstractStockRecord):
    """Oscar's stock record; allocation is a conditional, atomic UPDATE."""

    def allocate(self, quantity: int) -> None:
        """Allocate `quantity` or raise InsufficientStock; safe under concurrency."""
        if not self.can_track_allocations:
            return
        self.pre_save_signal()
        allocated = Coalesce(F("num_allocated"), 0)
        # Oscar's own allocate adds unconditionally (upstream #4524); the WHERE
        # below is re-checked by the database after any concurrent update.
        updated = (
            type(self)
            .objects.filter(pk=self.pk, num_in_stock__gte=allocated + quantity)
            .update(num_allocated=allocated + quantity)
        )
        if not updated:
            raise InsufficientStock(self.product)
        self.refresh_from_db(fields=["num_allocated"])
        self.post_save_signal()

    allocate.alters_data = True


from oscar.apps.partner.models import *  # noqa: E402,F403 — Oscar's fork pattern
