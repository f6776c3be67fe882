"""The printed admin login works on whichever local database is being served."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def printed_password(settings, tmp_path) -> str:
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue().split("password: ")[1].split()[0]


def test_the_printed_login_signs_in(settings, tmp_path):
    password = printed_password(settings, tmp_path)

    assert authenticate(username="admin", password=password).is_superuser


def test_a_database_with_another_admin_password_takes_the_printed_one(
    settings, tmp_path
):
    first = printed_password(settings, tmp_path)
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("set by another run")  # as make run's database would be
    admin.save()

    second = printed_password(settings, tmp_path)

    assert second == first
    assert authenticate(username="admin", password=first) is not None
