"""Forms of the privacy pages: ask for a link, confirm an erasure."""

from django import forms

from skintruth.accounts.readers import ANONYMISE, REMOVE


class RequestLinkForm(forms.Form):
    email = forms.EmailField(
        label="Your email address",
        help_text="The one you typed with your comments or orders. "
        "We email a link to it; the link works for 24 hours.",
    )


class EraseForm(forms.Form):
    """One choice and a typed confirmation, so nothing is erased by a stray click."""

    comments = forms.ChoiceField(
        label="Your comments",
        choices=[
            (ANONYMISE, "Keep the text, shown as by “Former reader”"),
            (REMOVE, "Remove them (replies to them stay, under a “removed” note)"),
        ],
        widget=forms.RadioSelect,
        initial=ANONYMISE,
    )
    confirm = forms.CharField(
        label="Type your email address to confirm",
        help_text="Erasing cannot be undone.",
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_confirm(self) -> str:
        typed = self.cleaned_data["confirm"].strip()
        if typed.lower() != self.email.lower():
            raise forms.ValidationError(
                "That is not the address shown above; nothing was erased."
            )
        return typed
