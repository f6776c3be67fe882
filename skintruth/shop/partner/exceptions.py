"""Domain errors of the partner (stock) app."""

from oscar.apps.partner.exceptions import *  # noqa: F403 — keep Oscar's errors


class InsufficientStock(Exception):
    """Fewer units are left than the order asks for."""

    def __init__(self, product) -> None:
        self.product = product
        super().__init__(f"Sorry, {product.get_title()} is no longer in stock.")
