"""Background tasks: send queued emails, and retry the ones that failed."""

import datetime
import logging

from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import task

from .models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
RETRY_AFTER = datetime.timedelta(minutes=1)


def send_notification(notification: Notification) -> bool:
    """Try once to send; record the outcome on the row. True if it went out."""
    notification.attempts += 1
    try:
        EmailMessage(
            subject=notification.subject,
            body=notification.body,
            to=[notification.recipient],
            headers=notification.headers or None,
        ).send()
    except Exception as error:  # any mail failure is recorded and retried
        logger.warning("Email %s not sent: %s", notification.pk, error)
        notification.last_error = f"{type(error).__name__}: {error}"[:2000]
        notification.save(update_fields=["attempts", "last_error"])
        return False
    notification.sent_at = timezone.now()
    notification.last_error = ""
    notification.save(update_fields=["attempts", "last_error", "sent_at"])
    return True


@task()
def deliver_notification(notification_id: int) -> bool:
    notification = Notification.objects.filter(
        pk=notification_id, sent_at__isnull=True
    ).first()
    return send_notification(notification) if notification else True


def retry_undelivered() -> int:
    """Send again every email that failed earlier; returns how many went out."""
    cutoff = timezone.now() - RETRY_AFTER
    waiting = Notification.objects.filter(
        sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS, created_at__lte=cutoff
    )
    return sum(send_notification(n) for n in waiting[:200])
