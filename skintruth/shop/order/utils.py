"""Order creation that leaves stock alone when checkout already reserved it,
and order emails that go through the site's outbox."""

from django.conf import settings
from oscar.apps.order.utils import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.order.utils import OrderCreator as OscarOrderCreator
from oscar.apps.order.utils import OrderDispatcher as OscarOrderDispatcher
from oscar.core.loading import get_class

from skintruth.core.operations.mail import queue_email


class OrderCreator(OscarOrderCreator):
    """Oscar's creator; `stock_reserved=True` skips the second allocation."""

    def place_order(self, *args, stock_reserved: bool = False, **kwargs):
        self.stock_reserved = stock_reserved
        return super().place_order(*args, **kwargs)

    def update_stock_records(self, line):
        if getattr(self, "stock_reserved", False):
            return
        super().update_stock_records(line)


class OutboxDispatcher(get_class("communication.utils", "Dispatcher")):
    """Oscar's dispatcher (it still records each email against the order and
    the customer), whose messages go into the site's outbox instead of out."""

    def send_email_messages(
        self, recipient_email, messages, from_email=None, attachments=None
    ):
        return queue_email(
            recipient_email,
            messages["subject"],
            messages["body"],
            html_body=messages.get("html") or "",
            from_email=from_email or settings.OSCAR_FROM_EMAIL,
        )


class OrderDispatcher(OscarOrderDispatcher):
    def __init__(self, logger=None, mail_connection=None):
        super().__init__(logger=logger, mail_connection=mail_connection)
        self.dispatcher = OutboxDispatcher(logger=self.dispatcher.logger)
