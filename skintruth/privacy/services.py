"""Readers own their data: one download of everything held, one erasure.

A reader is either a member (their account and anything typed with its
address) or a guest known only by the email they typed. Each app answers for
its own part through the hooks in `core.hooks` (READER_DATA_*); this module
asks them all. Staff and readers call the same functions.
"""

from __future__ import annotations

import datetime

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from skintruth.accounts.readers import ANONYMISE, REMOVE, Reader
from skintruth.core.hooks import (
    READER_DATA_ERASE,
    READER_DATA_EXPIRE,
    READER_DATA_EXPORT,
    READER_DATA_SUMMARY,
)
from skintruth.core.operations import mail
from skintruth.core.operations.site_url import absolute_url

from .models import PrivacyPolicy

# Kept from when the discussion app sent these links, so sent links still work.
ACCESS_SALT = "comments.reader-data"
ACCESS_LINK_HOURS = 24
LINK_INTERVAL_SECONDS = 3600


def _merge(into: dict, part: dict) -> None:
    for key, value in part.items():
        if isinstance(into.get(key), dict) and isinstance(value, dict):
            into[key].update(value)
        else:
            into[key] = value


def export(reader: Reader) -> dict:
    """Everything the site holds about the reader, as one JSON-ready dict."""
    data = {"exported_at": timezone.now().isoformat(), "email": reader.email}
    for part in hooks.get_hooks(READER_DATA_EXPORT):
        _merge(data, part(reader))
    return data


def summary(reader: Reader) -> dict[str, int]:
    """How much each app holds, e.g. {"comments": 3, "orders": 1}."""
    counts: dict[str, int] = {}
    for part in hooks.get_hooks(READER_DATA_SUMMARY):
        counts.update(part(reader))
    return counts


def erase(reader: Reader, how: str) -> dict[str, int]:
    """Anonymise or remove the reader's comments, keep only the legally needed
    part of their orders, then delete their account. One transaction."""
    if how not in (ANONYMISE, REMOVE):
        raise ValueError(f"Unknown erasure {how!r}")
    report: dict[str, int] = {}
    with transaction.atomic():
        for part in hooks.get_hooks(READER_DATA_ERASE):
            report.update(part(reader, how))
    return report


def forget_expired(now: datetime.datetime | None = None) -> int:
    """Blank network details past the retention period, in every app."""
    days = PrivacyPolicy.load().keep_network_details_days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return sum(expire(cutoff) for expire in hooks.get_hooks(READER_DATA_EXPIRE))


def access_token(email: str) -> str:
    return signing.dumps(email.lower(), salt=ACCESS_SALT)


def read_access_token(token: str) -> str:
    """Raises signing.BadSignature (or SignatureExpired) for a bad link."""
    return signing.loads(token, salt=ACCESS_SALT, max_age=ACCESS_LINK_HOURS * 3600)


def send_access_link(email: str) -> None:
    """Email a link to the export and erase page; only the address owner gets it.

    Sent whether or not we hold anything, so the form tells no one who commented;
    at most one an hour per address, so the form cannot be used to flood an inbox.
    """
    key = f"privacy-link:{email.lower()}"
    if cache.add(key, True, LINK_INTERVAL_SECONDS) is False:  # None: cache down
        return
    path = reverse("privacy:guest_data", args=[access_token(email)])
    context = {"url": absolute_url(path), "hours": ACCESS_LINK_HOURS}
    body = render_to_string("privacy/email/data_link.txt", context).strip() + "\n"
    mail.queue_email(email, "Your data on skintruth", body)
