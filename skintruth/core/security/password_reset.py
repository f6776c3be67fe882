"""Password reset that costs the request the same whether the address is known.

The form only hands the address to the worker; looking up the accounts,
making the tokens and queueing the emails happen there. So the page answers
in the same words, with the same queries and the same time, for any address,
and the links are built from SITE_URL rather than the request's Host header.
"""

from urllib.parse import urlsplit

from django.db import transaction
from django.template.loader import render_to_string
from django.utils.module_loading import import_string
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from skintruth.core.operations.mail import queue_email
from skintruth.core.operations.site_url import site_url


class QueuedPasswordReset:
    """Mixin for a reset form: save() queues the work, deliver() does it."""

    def save(self, *args, **kwargs) -> None:
        form_path = f"{type(self).__module__}.{type(self).__qualname__}"
        email = self.cleaned_data["email"]
        transaction.on_commit(lambda: send_password_reset.enqueue(form_path, email))

    def deliver(self) -> None:
        raise NotImplementedError


@task()
def send_password_reset(form_path: str, email: str) -> None:
    """In the worker: the reset emails for whichever accounts use this address."""
    form = import_string(form_path)(data={"email": email})
    if form.is_valid():
        form.deliver()


def public_address() -> tuple[str, bool]:
    """SITE_URL's host (and port) and whether it is served over https."""
    address = urlsplit(site_url())
    return address.netloc, address.scheme == "https"


class AdminPasswordResetForm(QueuedPasswordReset, WagtailPasswordResetForm):
    """The Wagtail admin's reset form, sending from the worker via the outbox."""

    def deliver(self) -> None:
        domain, use_https = public_address()
        WagtailPasswordResetForm.save(
            self,
            domain_override=domain,
            use_https=use_https,
            subject_template_name="wagtailadmin/account/password_reset/email_subject.txt",
            email_template_name="wagtailadmin/account/password_reset/email.txt",
        )

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict,
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        queue_email(to_email, subject, body, from_email=from_email or "")
