"""Greets a reader who has just made an account (Oscar's registration view)."""

from django.contrib import messages

from skintruth.accounts.models import display_name_of
from skintruth.core.templatetags.text_tags import full_stop_after


def welcome_new_member(sender, request, user, **kwargs) -> None:
    name = display_name_of(user) or user.email
    messages.success(
        request,
        f"Welcome to skintruth, {name}{full_stop_after(name)} Your account is ready: "
        "orders and addresses are kept under Your account.",
    )
