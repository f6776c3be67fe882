"""Oscar's account forms, with the member's display name at sign-up and in
their profile."""

from oscar.apps.customer.forms import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.customer.forms import EmailUserCreationForm as OscarRegistrationForm
from oscar.apps.customer.forms import ProfileForm as OscarProfileForm

from skintruth.accounts.forms import DISPLAY_NAME_REQUIRED, display_name_field
from skintruth.accounts.models import ReaderProfile


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
