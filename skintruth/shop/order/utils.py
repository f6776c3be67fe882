"""Order creation that leaves stock alone when checkout already reserved it."""

from oscar.apps.order.utils import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.order.utils import OrderCreator as OscarOrderCreator


class OrderCreator(OscarOrderCreator):
    """Oscar's creator; `stock_reserved=True` skips the second allocation."""

    def place_order(self, *args, stock_reserved: bool = False, **kwargs):
        self.stock_reserved = stock_reserved
        return super().place_order(*args, **kwargs)

    def update_stock_records(self, line):
        if getattr(self, "stock_reserved", False):
            return
        super().update_stock_records(line)
