"""Staff read the failed sign-ins in the Wagtail admin and can unlock one."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOCKOUTS = "/admin/signin_lockouts/"
QUERY_BUDGET = 11


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser(
        "chief", "chief@example.com", "a long pass phrase"
    )
    client.force_login(user)
    return user


def attempt(username="noor@example.com", failures=5, minutes_ago=1):
    record = AccessAttempt.objects.create(
        username=username,
        ip_address="198.51.100.7",
        user_agent="test",
        failures_since_start=failures,
        get_data="",
        post_data="",
    )
    when = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    AccessAttempt.objects.filter(pk=record.pk).update(attempt_time=when)
    return record


def test_staff_see_who_is_locked_out_and_from_where(client, staff):
    attempt()
    attempt(username="kai@example.com", failures=2)
    html = client.get(LOCKOUTS).content.decode()
    assert "noor@example.com" in html and "198.51.100.7" in html
    assert html.count("Locked out until") == 1
    assert "Can sign in" in html


def test_a_lockout_older_than_the_cool_off_is_shown_as_over(client, staff):
    attempt(minutes_ago=20)
    assert "Can sign in" in client.get(LOCKOUTS).content.decode()


def test_staff_can_unlock_and_the_reader_signs_in_again(client, staff):
    get_user_model().objects.create_user("noor", "noor@example.com", "right one")
    locked = attempt()
    client.post(f"{LOCKOUTS}delete/{locked.pk}/")
    client.logout()
    response = client.post(
        "/shop/accounts/login/",
        {
            "login_submit": "1",
            "login-username": "noor@example.com",
            "login-password": "right one",
        },
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 302


def test_records_cannot_be_made_or_changed_by_hand(client, staff):
    locked = attempt()
    assert client.get(f"{LOCKOUTS}new/").status_code == 302
    assert client.get(f"{LOCKOUTS}edit/{locked.pk}/").status_code == 302
    assert f"{LOCKOUTS}edit/" not in client.get(LOCKOUTS).content.decode()


def test_each_failed_sign_in_is_listed(client, staff):
    AccessFailureLog.objects.create(
        username="noor@example.com",
        ip_address="198.51.100.7",
        user_agent="test",
        path_info="/shop/accounts/login/",
        attempt_time=timezone.now(),
        locked_out=False,
    )
    html = client.get("/admin/failed_signins/").content.decode()
    assert "/shop/accounts/login/" in html


def test_sign_in_records_are_in_the_settings_menu(client, site, staff):
    html = client.get("/admin/").content.decode()
    assert "Sign-in lockouts" in html and "Failed sign-ins" in html


def test_editors_without_the_permission_see_nothing(client, staff):
    attempt()
    editor = get_user_model().objects.create_user("ed", "ed@example.com", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(LOCKOUTS, follow=True)
    assert "noor@example.com" not in response.content.decode()
    assert response.redirect_chain[-1][0] == "/admin/"


def test_the_lockout_list_costs_the_same_for_many_records(
    client, staff, django_assert_max_num_queries
):
    for number in range(30):
        attempt(username=f"reader{number}@example.com")
    with django_assert_max_num_queries(QUERY_BUDGET):
        html = client.get(LOCKOUTS).content.decode()
    assert html.count("Locked out until") == 20  # one page of the list
