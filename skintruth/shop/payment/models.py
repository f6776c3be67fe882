"""Oscar's payment models plus the test gateway's ledger of charges."""

import uuid

from django.db import models


class GatewayCharge(models.Model):
    """One charge at the built-in test gateway, unique per idempotency key."""

    SUCCEEDED, REFUNDED, VOIDED = "succeeded", "refunded", "voided"

    idempotency_key = models.CharField(max_length=64, unique=True)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    card_last4 = models.CharField(max_length=4)
    status = models.CharField(
        max_length=10,
        choices=[
            (SUCCEEDED, "succeeded"),
            (REFUNDED, "refunded"),
            (VOIDED, "voided before any charge"),
        ],
        default=SUCCEEDED,
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.idempotency_key}: {self.amount} {self.currency} ({self.status})"

    @property
    def reference(self) -> str:
        return f"test_{self.pk}"


class CheckoutAttempt(models.Model):
    """One "place order" in flight, committed before the card is charged, so a
    process killed at any instant leaves a row the worker can finish or undo."""

    STARTED, CHARGED, ORDERED, VOIDED = "started", "charged", "ordered", "voided"
    IN_FLIGHT = (STARTED, CHARGED)

    basket = models.ForeignKey(
        "basket.Basket", on_delete=models.CASCADE, related_name="checkout_attempts"
    )
    order_number = models.CharField(max_length=128)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True)
    state = models.CharField(
        max_length=10,
        choices=[
            (STARTED, "started"),
            (CHARGED, "charged"),
            (ORDERED, "ordered"),
            (VOIDED, "voided"),
        ],
        default=STARTED,
    )
    stock_reserved = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["state", "updated"])]

    def __str__(self) -> str:
        return f"Order {self.order_number}: {self.state}"

    @property
    def in_flight(self) -> bool:
        return self.state in self.IN_FLIGHT


from oscar.apps.payment.models import *  # noqa: E402,F403 — Oscar's fork pattern
