"""The payment gateway interface and the built-in test gateway.

A real gateway plugs in by implementing `Gateway` and naming its class in
the SKINTRUTH_PAYMENT_GATEWAY setting. The test gateway charges nothing real;
these card numbers decide what happens (any future expiry, any 3-digit CVC):

    4242 4242 4242 4242   succeeds
    4000 0000 0000 0002   is declined
    4000 0000 0000 0119   fails with a processing error
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.module_loading import import_string
from oscar.apps.payment.exceptions import PaymentError, UnableToTakePayment

from skintruth.shop.payment.models import GatewayCharge

SUCCEEDS = "4242424242424242"
DECLINED = "4000000000000002"
PROCESSING_ERROR = "4000000000000119"


class CardDeclined(UnableToTakePayment):
    """The bank said no; the shopper can try another card."""


class GatewayError(PaymentError):
    """The gateway could not be reached or failed; nothing was charged."""


@dataclass(frozen=True)
class Charge:
    reference: str
    amount: Decimal
    currency: str


class Gateway(Protocol):
    """What checkout needs from a payment provider."""

    def charge(
        self, *, idempotency_key: str, amount: Decimal, currency: str, card_number: str
    ) -> Charge:
        """Take `amount` once per key; repeating a key returns the first charge."""

    def void(self, *, idempotency_key: str) -> None:
        """Cancel or refund whatever was taken under this key (nothing is fine),
        and refuse any later charge with it: safe to call again and again."""


class TestGateway:
    """Keeps its charges in its own table, one per idempotency key."""

    __test__ = False  # not a pytest class

    def charge(
        self, *, idempotency_key: str, amount: Decimal, currency: str, card_number: str
    ) -> Charge:
        if card_number == DECLINED:
            raise CardDeclined("Your card was declined. No payment has been taken.")
        if card_number == PROCESSING_ERROR:
            raise GatewayError("The payment provider failed to process the card.")
        try:
            with transaction.atomic():
                record, _ = GatewayCharge.objects.get_or_create(
                    idempotency_key=idempotency_key,
                    defaults={
                        "amount": amount,
                        "currency": currency,
                        "card_last4": card_number[-4:],
                    },
                )
        except IntegrityError:  # a simultaneous request created it first
            record = GatewayCharge.objects.get(idempotency_key=idempotency_key)
        if record.status != GatewayCharge.SUCCEEDED:
            raise GatewayError("This payment was cancelled; nothing was charged.")
        return Charge(record.reference, record.amount, record.currency)

    def void(self, *, idempotency_key: str) -> None:
        try:
            with transaction.atomic():
                # A key never charged gets a tombstone: a late charge cannot land.
                GatewayCharge.objects.get_or_create(
                    idempotency_key=idempotency_key,
                    defaults={
                        "amount": 0,
                        "currency": "",
                        "card_last4": "",
                        "status": GatewayCharge.VOIDED,
                    },
                )
        except IntegrityError:  # the charge landed at this very moment
            pass
        GatewayCharge.objects.filter(
            idempotency_key=idempotency_key, status=GatewayCharge.SUCCEEDED
        ).update(status=GatewayCharge.REFUNDED)


def get_gateway() -> Gateway:
    """The configured gateway (the test gateway unless settings say otherwise)."""
    path = getattr(
        settings,
        "SKINTRUTH_PAYMENT_GATEWAY",
        "skintruth.shop.payment.gateway.TestGateway",
    )
    return import_string(path)()
