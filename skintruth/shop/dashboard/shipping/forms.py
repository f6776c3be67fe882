from django import forms
from oscar.core.loading import get_model


class OrderAndItemChargesForm(forms.ModelForm):
    """A charge-based method's prices and the total from which it ships free."""

    class Meta:
        model = get_model("shipping", "OrderAndItemCharges")
        fields = [
            "name",
            "price_per_order",
            "price_per_item",
            "free_shipping_threshold",
        ]
        help_texts = {
            "free_shipping_threshold": (
                "Orders at or above this total ship free. The standard method's "
                "threshold is also the one the announcement bar and basket show. "
                "Leave empty for no free shipping."
            ),
        }
