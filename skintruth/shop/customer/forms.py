"""Oscar's account forms, with the member's display name at sign-up and in
their profile."""

from django import forms
from oscar.apps.customer.forms import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.customer.forms import EmailUserCreationForm as OscarRegistrationForm
from oscar.apps.customer.forms import ProfileForm as OscarProfileForm

from .models import DISPLAY_NAME_MAX_LENGTH, ReaderProfile, validate_display_name

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


class EmailUserCreationForm(OscarRegistrationForm):
    """Sign-up: email, the public display name, and the password twice."""

    display_name = display_name_field()
    field_order = ["email", "display_name", "password1", "password2"]

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            ReaderProfile.objects.update_or_create(
                user=user, defaults={"display_name": self.cleaned_data["display_name"]}
            )
        return user


class ProfileForm(OscarProfileForm):
    """The account's profile: email, names and the display name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["display_name"]
        field.label = "Display name"
        field.error_messages["required"] = DISPLAY_NAME_REQUIRED
