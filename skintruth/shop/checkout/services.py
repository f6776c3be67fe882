"""Checkout workflows: lock the basket, reserve stock, charge once."""

from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from oscar.core.loading import get_model

from skintruth.shop.partner.exceptions import InsufficientStock
from skintruth.shop.payment.gateway import Charge, get_gateway

Basket = get_model("basket", "Basket")
SourceType = get_model("payment", "SourceType")


def lock_basket(basket) -> bool:
    """Move an open basket to frozen; False if another submit got there first."""
    locked = Basket.objects.filter(pk=basket.pk, status=Basket.OPEN).update(
        status=Basket.FROZEN
    )
    if locked:
        basket.status = Basket.FROZEN
    return bool(locked)


def reserve_stock(basket) -> None:
    """Allocate every line's stock, all or nothing; raises InsufficientStock."""
    with transaction.atomic():
        # Stock-record order, so concurrent buyers lock rows in the same order.
        for line in sorted(basket.all_lines(), key=lambda line: line.stockrecord_id):
            line.stockrecord.allocate(line.quantity)


def release_stock(basket) -> None:
    """Give back what reserve_stock took (payment failed)."""
    for line in basket.all_lines():
        line.stockrecord.cancel_allocation(line.quantity)


def card_source_type():
    """Oscar's 'Card' payment source type, created once even under races."""
    try:
        return SourceType.objects.get(code="card")
    except SourceType.DoesNotExist:
        try:
            with transaction.atomic():
                return SourceType.objects.create(name="Card", code="card")
        except IntegrityError:  # a simultaneous checkout created it
            return SourceType.objects.get(code="card")


def take_payment(
    order_number: str, amount: Decimal, currency: str, card_number: str
) -> Charge:
    """Charge the card once for this order number, however often it is called."""
    return get_gateway().charge(
        idempotency_key=str(order_number),
        amount=amount,
        currency=currency,
        card_number=card_number,
    )


def refund_payment(charge: Charge) -> None:
    """Refund a charge whose order could not be written."""
    get_gateway().refund(charge)


def absolute_url(path: str) -> str:
    """A site path as a full link for emails, on the site's public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


__all__ = [
    "InsufficientStock",
    "absolute_url",
    "card_source_type",
    "lock_basket",
    "refund_payment",
    "release_stock",
    "reserve_stock",
    "take_payment",
]
