"""Oscar's payment models plus the test gateway's ledger of charges."""

from django.db import models


class GatewayCharge(models.Model):
    """One charge at the built-in test gateway, unique per idempotency key."""

    SUCCEEDED, REFUNDED = "succeeded", "refunded"

    idempotency_key = models.CharField(max_length=64, unique=True)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    card_last4 = models.CharField(max_length=4)
    status = models.CharField(
        max_length=10,
        choices=[(SUCCEEDED, "succeeded"), (REFUNDED, "refunded")],
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


from oscar.apps.payment.models import *  # noqa: E402,F403 — Oscar's fork pattern
