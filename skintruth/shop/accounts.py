"""The shop's account views that differ from Oscar's: a reset that gives
nothing away, and a sign-out that only a form can trigger."""

from django.contrib.auth import views as auth_views
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from oscar.apps.customer.forms import PasswordResetForm as OscarPasswordResetForm
from oscar.core.loading import get_class

from skintruth.core.security.password_reset import QueuedPasswordReset, public_address
from skintruth.shop.order.utils import OutboxDispatcher

CustomerDispatcher = get_class("customer.utils", "CustomerDispatcher")
OscarLogoutView = get_class("customer.views", "LogoutView")


class ShopPasswordResetForm(QueuedPasswordReset, OscarPasswordResetForm):
    """Oscar's reset email, sent from the worker through the outbox."""

    def deliver(self) -> None:
        site = get_current_site(None)
        site.domain, _https = public_address()
        for user in self.get_users(self.cleaned_data["email"]):
            self.send_password_reset_email(site, user)

    def send_password_reset_email(self, site, user, request=None) -> None:
        dispatcher = CustomerDispatcher()
        dispatcher.dispatcher = OutboxDispatcher(logger=dispatcher.dispatcher.logger)
        context = {"user": user, "site": site, "reset_url": reset_url(user)}
        dispatcher.send_password_reset_email_for_user(user, context)


def reset_url(user) -> str:
    return get_class("customer.utils", "get_password_reset_url")(user)


password_reset = auth_views.PasswordResetView.as_view(
    form_class=ShopPasswordResetForm,
    success_url=reverse_lazy("password-reset-done"),
    template_name="oscar/registration/password_reset_form.html",
)


class LogoutView(OscarLogoutView):
    """Signs out on POST only; a plain link (or a prefetch) gets a button."""

    template_name = "oscar/customer/logout_confirm.html"

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return TemplateResponse(request, self.template_name)

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return OscarLogoutView.get(self, request, *args, **kwargs)
