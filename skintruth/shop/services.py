"""Shop rules other parts of the site ask about: the free-shipping threshold."""

from decimal import Decimal

from django.utils.formats import number_format

STANDARD_SHIPPING_CODE = "standard"
DEFAULT_THRESHOLD = Decimal("39.00")
DEFAULT_STANDARD_RATE = Decimal("5.95")


def free_shipping_threshold() -> Decimal:
    """The basket total (after discounts) from which standard shipping is free.

    Stored on Oscar's standard shipping method, which staff edit in the shop
    dashboard (Shipping), so the basket's charge and the banner read one value.
    """
    from oscar.core.loading import get_model

    OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")
    value = (
        OrderAndItemCharges.objects.filter(code=STANDARD_SHIPPING_CODE)
        .values_list("free_shipping_threshold", flat=True)
        .first()
    )
    return DEFAULT_THRESHOLD if value is None else value


def format_price(amount: Decimal) -> str:
    """'$39' for whole amounts, '$5.95' otherwise."""
    if amount == amount.to_integral_value():
        return f"${number_format(amount, 0, force_grouping=True)}"
    return f"${number_format(amount, 2, force_grouping=True)}"


def amount_to_free_shipping(basket_total: Decimal) -> Decimal:
    """How much more the basket needs for free shipping (0 once it is free)."""
    return max(free_shipping_threshold() - basket_total, Decimal("0.00"))
