"""The outbox's copies of what we emailed one reader, for their data download
and erasure (the READER_DATA_* hooks; registered in core/wagtail_hooks.py).

Bodies stay out of the export: a moderation email quotes other people's
comments. The reader is any object with `email` and `user` (None for a guest).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from skintruth.core.models import OutgoingEmail


def emails_to(reader) -> QuerySet[OutgoingEmail]:
    addresses = {reader.email.lower()}
    if reader.user:
        addresses.add(reader.user.email.lower())
    by = Q()
    for address in addresses:
        by |= Q(recipient__iexact=address)
    return OutgoingEmail.objects.filter(by)


def export(reader) -> dict:
    return {
        "emails_sent_to_you": [
            {"subject": subject, "queued": created.isoformat()}
            for subject, created in emails_to(reader).values_list(
                "subject", "created_at"
            )
        ]
    }


def erase(reader, how: str) -> dict[str, int]:
    return {"emails_deleted": emails_to(reader).delete()[0]}
