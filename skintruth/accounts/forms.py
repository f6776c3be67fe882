"""The display-name field, the same wherever a member chooses their name."""

from django import forms

from .models import DISPLAY_NAME_MAX_LENGTH, validate_display_name

DISPLAY_NAME_HELP = (
    "Shown with your comments and reviews. Your email address is never shown."
)
DISPLAY_NAME_REQUIRED = "Please choose the name shown with your comments and reviews."


def display_name_field(
    help_text: str = DISPLAY_NAME_HELP, required: str = DISPLAY_NAME_REQUIRED
) -> forms.CharField:
    """The field where a member chooses the name shown with what they write."""
    return forms.CharField(
        label="Display name",
        max_length=DISPLAY_NAME_MAX_LENGTH,
        validators=[validate_display_name],
        help_text=help_text,
        error_messages={"required": required},
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
