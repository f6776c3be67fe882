"""The retention setting: how long network details are kept."""

from django.db import models
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="lock")
class PrivacyPolicy(BaseGenericSetting):
    """How long the worker keeps the network details of each comment."""

    keep_network_details_days = models.PositiveSmallIntegerField(
        "keep commenters' IP addresses and browsers for (days)",
        default=90,
        help_text="After this many days the worker blanks the IP address and "
        "browser of each comment; they only serve against spam and abuse.",
    )

    class Meta:
        verbose_name = "privacy and retention"
        # Made by the comments app, which held the setting before this one.
        db_table = "comments_privacypolicy"
