"""The card form of the payment step."""

import datetime

from django import forms
from oscar.apps.payment.forms import *  # noqa: F403 — keep Oscar's forms


class CardForm(forms.Form):
    """Card details; never stored, only passed to the gateway."""

    name = forms.CharField(label="Name on card", max_length=100)
    number = forms.CharField(
        label="Card number",
        max_length=23,
        widget=forms.TextInput(
            attrs={"autocomplete": "cc-number", "inputmode": "numeric"}
        ),
    )
    expiry = forms.CharField(
        label="Expiry (MM/YY)",
        max_length=5,
        widget=forms.TextInput(
            attrs={"autocomplete": "cc-exp", "placeholder": "MM/YY"}
        ),
    )
    cvc = forms.CharField(
        label="Security code",
        max_length=4,
        widget=forms.TextInput(
            attrs={"autocomplete": "cc-csc", "inputmode": "numeric"}
        ),
    )

    def clean_number(self) -> str:
        digits = "".join(c for c in self.cleaned_data["number"] if not c.isspace())
        if not digits.isdigit() or not 12 <= len(digits) <= 19 or not _luhn(digits):
            raise forms.ValidationError("Enter a valid card number.")
        return digits

    def clean_expiry(self) -> str:
        value = self.cleaned_data["expiry"].strip()
        try:
            month, year = (int(part) for part in value.split("/"))
        except ValueError:
            raise forms.ValidationError("Enter the expiry date as MM/YY.") from None
        if not 1 <= month <= 12:
            raise forms.ValidationError("Enter the expiry date as MM/YY.")
        today = datetime.date.today()
        if (2000 + year, month) < (today.year, today.month):
            raise forms.ValidationError("This card has expired.")
        return value

    def clean_cvc(self) -> str:
        value = self.cleaned_data["cvc"].strip()
        if not value.isdigit() or len(value) not in (3, 4):
            raise forms.ValidationError(
                "Enter the 3 or 4 digits on the back of the card."
            )
        return value


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        n = int(char)
        if position % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0
