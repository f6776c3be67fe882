"""The reader's public identity: the one name shown with what they write."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

DISPLAY_NAME_MAX_LENGTH = 40


def validate_display_name(value: str) -> None:
    """A name fit to be shown beside a member's comments and reviews."""
    if len(" ".join(value.split())) < 2:
        raise ValidationError("Please choose a name of at least 2 characters.")
    if "@" in value:
        raise ValidationError(
            "Please choose a name, not an email address: it is shown publicly."
        )


class ReaderProfile(models.Model):
    """What a member shows the site: one name on comments, reviews and answers.

    The account's username is a random string Oscar makes up and never shown.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        max_length=DISPLAY_NAME_MAX_LENGTH,
        validators=[validate_display_name],
        help_text="Shown with your comments and reviews instead of your account "
        "name. Your email address is never shown.",
    )

    class Meta:
        # Made by the shop's customer app before readers had an app of their own.
        db_table = "customer_readerprofile"

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args, **kwargs):
        self.display_name = " ".join(self.display_name.split())
        super().save(*args, **kwargs)

    @classmethod
    def choose(cls, user, display_name: str) -> "ReaderProfile":
        """Set (or change) the member's display name."""
        profile, _ = cls.objects.update_or_create(
            user=user, defaults={"display_name": display_name}
        )
        return profile


def display_name_of(user) -> str:
    """The member's public name, or "" if they have not chosen one yet."""
    if user is None or not user.is_authenticated:
        return ""
    try:
        return user.profile.display_name
    except ReaderProfile.DoesNotExist:
        return ""
