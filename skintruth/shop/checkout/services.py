"""Checkout workflows: lock the basket, reserve stock, charge once, and undo
whatever a crashed checkout left half done.

Each step commits before the next one starts, and every commit leaves a
CheckoutAttempt saying how far it got: the worker's sweeper voids the charge
and gives back the basket and stock of any attempt stuck in flight.
"""

import datetime
import os
import time
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from oscar.core.loading import get_model

from skintruth.shop.partner.exceptions import InsufficientStock
from skintruth.shop.payment.gateway import Charge, get_gateway
from skintruth.shop.payment.models import CheckoutAttempt

Basket = get_model("basket", "Basket")
SourceType = get_model("payment", "SourceType")
# Longer than any request may run (gunicorn's timeout is 30 s), so the sweeper
# never undoes a checkout that is still being worked on.
SWEEP_AFTER_SECONDS = 300


class CheckoutAbandoned(Exception):
    """The sweeper gave up on this attempt; nothing of it may be written."""


def lock_basket(basket) -> bool:
    """Move an open basket to frozen; False if another submit got there first."""
    locked = Basket.objects.filter(pk=basket.pk, status=Basket.OPEN).update(
        status=Basket.FROZEN
    )
    if locked:
        basket.status = Basket.FROZEN
    return bool(locked)


def start_attempt(basket, order_number: str, total) -> CheckoutAttempt | None:
    """Freeze the basket and record the payment intent in one commit; None if
    another submit already holds the basket."""
    with transaction.atomic():
        if not lock_basket(basket):
            return None
        return CheckoutAttempt.objects.create(
            basket=basket,
            order_number=order_number,
            amount=total.incl_tax,
            currency=total.currency,
        )


def reserve_stock(basket, attempt: CheckoutAttempt | None = None) -> None:
    """Allocate every line's stock, all or nothing; raises InsufficientStock.
    The attempt notes the reservation in the same commit."""
    with transaction.atomic():
        # Stock-record order, so concurrent buyers lock rows in the same order.
        for line in sorted(basket.all_lines(), key=lambda line: line.stockrecord_id):
            line.stockrecord.allocate(line.quantity)
        if attempt is not None:
            attempt.stock_reserved = True
            attempt.save(update_fields=["stock_reserved", "updated"])


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


def take_payment(attempt: CheckoutAttempt, card_number: str) -> Charge:
    """Charge the card once for this attempt, however often it is called."""
    charge = get_gateway().charge(
        idempotency_key=str(attempt.idempotency_key),
        amount=attempt.amount,
        currency=attempt.currency,
        card_number=card_number,
    )
    checkpoint("charged")
    CheckoutAttempt.objects.filter(pk=attempt.pk, state=CheckoutAttempt.STARTED).update(
        state=CheckoutAttempt.CHARGED, updated=timezone.now()
    )
    return charge


def claim_for_order(attempt: CheckoutAttempt) -> CheckoutAttempt:
    """Lock the attempt for the order's transaction, which marks it ordered.
    Raises CheckoutAbandoned if the sweeper has voided it meanwhile."""
    locked = CheckoutAttempt.objects.select_for_update().get(pk=attempt.pk)
    if not locked.in_flight:
        raise CheckoutAbandoned(f"Order {locked.order_number} was already voided")
    locked.state = CheckoutAttempt.ORDERED
    locked.save(update_fields=["state", "updated"])
    return locked


def abandon(
    attempt: CheckoutAttempt, *, skip_locked: bool = False, void: bool = True
) -> bool:
    """Void the charge, give back stock and basket: all or nothing, and only
    once. False if the attempt is no longer in flight (or is locked by the
    order being written, when `skip_locked`). `void=False` when the gateway
    itself has just said that nothing was charged."""
    with transaction.atomic():
        locked = (
            CheckoutAttempt.objects.select_for_update(skip_locked=skip_locked)
            .filter(pk=attempt.pk, state__in=CheckoutAttempt.IN_FLIGHT)
            .select_related("basket")
            .first()
        )
        if locked is None:
            return False
        if void:  # before the rows change: if the gateway fails, none commit
            get_gateway().void(idempotency_key=str(locked.idempotency_key))
        if locked.stock_reserved:
            release_stock(locked.basket)
        if locked.basket.status == Basket.FROZEN:
            locked.basket.thaw()
        locked.state, locked.stock_reserved = CheckoutAttempt.VOIDED, False
        locked.save(update_fields=["state", "stock_reserved", "updated"])
    return True


def sweep_stale_checkouts() -> int:
    """Undo every checkout stuck in flight (its process died); a worker round
    calls this. Returns how many were voided."""
    seconds = getattr(settings, "CHECKOUT_SWEEP_AFTER_SECONDS", SWEEP_AFTER_SECONDS)
    cutoff = timezone.now() - datetime.timedelta(seconds=seconds)
    stale = CheckoutAttempt.objects.filter(
        state__in=CheckoutAttempt.IN_FLIGHT, updated__lte=cutoff
    )
    return sum(abandon(attempt, skip_locked=True) for attempt in stale[:100])


def attempt_for_basket(basket_id: int) -> CheckoutAttempt | None:
    """The newest place-order attempt for a basket, for its status page."""
    return CheckoutAttempt.objects.filter(basket_id=basket_id).first()


def checkpoint(name: str) -> None:
    """Where the crash tests kill the web process. Only the test settings can
    switch it on (CHECKOUT_PAUSE_DIR): a test arms a step by creating a file
    named after it there, and the process reaching it writes its pid into the
    file and waits to be killed."""
    directory = getattr(settings, "CHECKOUT_PAUSE_DIR", "")
    if not directory:
        return
    armed = Path(directory) / name
    if armed.exists():
        armed.write_text(str(os.getpid()))
        time.sleep(60)


__all__ = [
    "CheckoutAbandoned",
    "InsufficientStock",
    "abandon",
    "attempt_for_basket",
    "card_source_type",
    "checkpoint",
    "claim_for_order",
    "lock_basket",
    "release_stock",
    "reserve_stock",
    "start_attempt",
    "sweep_stale_checkouts",
    "take_payment",
]
