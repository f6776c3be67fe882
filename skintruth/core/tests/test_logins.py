"""Wrong passwords lock one username out from one address, at both sign-ins."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

PASSWORD = "a long pass phrase"
LOCKED = "Too many sign-in attempts"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", "editor@example.com", PASSWORD, is_staff=True, is_superuser=True
    )


@pytest.fixture
def customer(db):
    return get_user_model().objects.create_user("noor", "noor@example.com", PASSWORD)


def admin_login(client, password, ip="198.51.100.7", username="editor"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def shop_login(client, password, ip="198.51.100.7", email="noor@example.com", **meta):
    return client.post(
        "/shop/accounts/login/",
        {
            "login_submit": "1",
            "login-username": email,
            "login-password": password,
            "login-redirect_url": "",
        },
        REMOTE_ADDR=ip,
        **meta,
    )


def fail(login, client, times=5, **kwargs):
    for _ in range(times):
        response = login(client, "wrong password", **kwargs)
    return response


def test_admin_wrong_passwords_below_the_limit_show_the_usual_error(client, editor):
    response = fail(admin_login, client, times=4)
    html = response.content.decode()
    assert "Your username and password didn" in html
    assert LOCKED not in html


def test_admin_locks_out_after_five_wrong_passwords(client, editor):
    response = fail(admin_login, client)
    html = response.content.decode()
    assert response.status_code == 429
    assert LOCKED in html
    assert "try again in 15 minutes" in html
    assert 'href="/admin/password_reset/"' in html


def test_admin_lockout_refuses_even_the_right_password(client, editor):
    fail(admin_login, client)
    response = admin_login(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_shop_locks_out_after_five_wrong_passwords(client, site, customer):
    response = fail(shop_login, client)
    html = response.content.decode()
    assert response.status_code == 429
    assert LOCKED in html
    assert 'href="/shop/password-reset/"' in html
    assert 'class="shop-page' in html  # the shop's own page, not a bare text


def test_shop_lockout_refuses_even_the_right_password(client, site, customer):
    fail(shop_login, client)
    assert shop_login(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_holds_one_username_from_one_address(client, site, customer):
    fail(shop_login, client)
    from_elsewhere = shop_login(client, PASSWORD, ip="203.0.113.50")
    assert from_elsewhere.status_code == 302
    assert from_elsewhere["Location"] == "/shop/accounts/"


def test_changing_the_emails_case_does_not_buy_more_guesses(client, site, customer):
    for email in ["noor@example.com", "Noor@example.com", "NOOR@EXAMPLE.COM"] * 2:
        response = shop_login(client, "wrong password", email=email)
    assert response.status_code == 429
    assert AccessAttempt.objects.get().username == "noor@example.com"


def test_a_right_password_clears_earlier_failures(client, editor):
    fail(admin_login, client, times=4)
    admin_login(client, PASSWORD)
    client.logout()
    response = fail(admin_login, client, times=4)
    assert LOCKED not in response.content.decode()


def test_failures_are_kept_for_staff_with_address_and_username(client, site, customer):
    fail(shop_login, client, times=2)
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "noor@example.com"
    assert attempt.ip_address == "198.51.100.7"
    assert attempt.failures_since_start == 2
    assert AccessFailureLog.objects.filter(username="noor@example.com").count() == 2


def test_lockout_counts_the_reader_behind_the_proxy(client, site, customer, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(2):
        shop_login(client, "wrong", ip="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"


def test_admin_sign_out_is_a_post_only(client, editor):
    client.force_login(editor)
    assert client.get("/admin/logout/").status_code == 405
    assert "_auth_user_id" in client.session
    client.post("/admin/logout/")
    assert "_auth_user_id" not in client.session


def test_a_right_password_at_the_shop_clears_earlier_failures(client, site, customer):
    fail(shop_login, client, times=4)
    assert shop_login(client, PASSWORD).status_code == 302
    client.logout()

    response = fail(shop_login, client, times=4)

    assert response.status_code != 429 and LOCKED not in response.content.decode()
