"""Greets a reader who has just made an account (Oscar's registration view)."""

from django.contrib import messages


def welcome_new_member(sender, request, user, **kwargs) -> None:
    # Oscar's view sends only this signal; forking its customer app (models
    # and migrations included) for one message would cost far more.
    name = user.get_short_name() or user.email
    messages.success(
        request,
        f"Welcome to skintruth, {name}. Your account is ready: "
        "orders and addresses are kept under Your account.",
    )
