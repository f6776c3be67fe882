"""The outbox every email goes through: queue it now, send it after the commit.

A failed send stays in the table with its error, and each round of the
worker (`manage.py run_worker`) tries it again, up to MAX_ATTEMPTS times.
"""

from __future__ import annotations

import datetime
import logging

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from skintruth.core.models import OutgoingEmail

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
RETRY_AFTER = datetime.timedelta(minutes=1)


def queue_email(
    recipient: str,
    subject: str,
    body: str,
    *,
    html_body: str = "",
    headers: dict | None = None,
    from_email: str = "",
) -> OutgoingEmail:
    """Store the email in the caller's transaction; a task sends it after."""
    email = OutgoingEmail.objects.create(
        recipient=recipient,
        from_email=from_email,
        subject=subject,
        body=body,
        html_body=html_body,
        headers=headers or {},
    )
    transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


def send(email: OutgoingEmail) -> bool:
    """Try once to send; record the outcome on the row. True if it went out."""
    email.attempts += 1
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email or None,
        to=[email.recipient],
        headers=email.headers or None,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    try:
        message.send()
    except Exception as error:  # any mail failure is recorded and retried
        logger.warning("Email %s not sent: %s", email.pk, error)
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.save(update_fields=["attempts", "last_error"])
        return False
    email.sent_at = timezone.now()
    email.last_error = ""
    email.save(update_fields=["attempts", "last_error", "sent_at"])
    return True


@task()
def deliver_email(email_id: int) -> bool:
    email = OutgoingEmail.objects.filter(pk=email_id, sent_at__isnull=True).first()
    return send(email) if email else True


def retry_undelivered() -> int:
    """Send again every email that failed earlier; returns how many went out."""
    cutoff = timezone.now() - RETRY_AFTER
    waiting = OutgoingEmail.objects.filter(
        sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS, created_at__lte=cutoff
    )
    return sum(send(email) for email in waiting[:200])
