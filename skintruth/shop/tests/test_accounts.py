"""A shop password reset gives nothing away; signing out takes a button."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import add_to_basket, make_product, setup_shop

pytestmark = pytest.mark.django_db

RESET = "/shop/password-reset/"
NEW = "another pass phrase"


@pytest.fixture
def customer(db):
    return get_user_model().objects.create_user(
        "noor", "noor@example.com", "a long pass phrase"
    )


def ask_reset(client, email):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(RESET, {"email": email}, follow=True)
    return response, [q["sql"] for q in queries.captured_queries]


def test_known_and_unknown_addresses_get_the_same_page(client, site, customer):
    known, _ = ask_reset(client, "noor@example.com")
    unknown, _ = ask_reset(client, "nobody@example.com")
    assert known.redirect_chain == unknown.redirect_chain
    assert known.content == unknown.content
    assert "If an account uses that address" in known.content.decode()


def test_the_request_does_the_same_work_for_any_address(
    client, site, customer, django_capture_on_commit_callbacks
):
    ask_reset(client, "first@example.com")  # fills the caches every request uses
    with django_capture_on_commit_callbacks() as known_tasks:
        _, known = ask_reset(client, "noor@example.com")
    with django_capture_on_commit_callbacks() as unknown_tasks:
        _, unknown = ask_reset(client, "nobody@example.com")
    assert known == unknown
    assert len(known_tasks) == len(unknown_tasks) == 1
    assert mail.outbox == []  # nothing is looked up or sent inside the request


def test_the_reset_link_uses_the_sites_public_address(
    client, site, customer, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://shop.skintruth.example"
    settings.OSCAR_URL_SCHEMA = "https"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESET, {"email": "noor@example.com"}, HTTP_HOST="evil.example")
    (email,) = mail.outbox
    assert email.to == ["noor@example.com"]
    assert "https://shop.skintruth.example/shop/password-reset/confirm/" in email.body
    assert "evil.example" not in email.body


def test_an_unknown_address_gets_no_email(
    client, site, customer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESET, {"email": "nobody@example.com"})
    assert mail.outbox == []


def test_the_emailed_link_lets_the_customer_choose_a_password(
    client, site, customer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESET, {"email": "noor@example.com"})
    link = next(
        line for line in mail.outbox[0].body.splitlines() if "/confirm/" in line
    )
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get(f"/{path}", follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {
            "new_password1": "another pass phrase",
            "new_password2": "another pass phrase",
        },
    )
    customer.refresh_from_db()
    assert customer.check_password(NEW)


def test_a_link_to_sign_out_does_not_sign_out(client, site, customer):
    client.force_login(customer)
    response = client.get("/shop/accounts/logout/")
    assert "_auth_user_id" in client.session
    assert '<button type="submit" class="button">Sign out</button>' in (
        response.content.decode()
    )


def test_the_sign_out_button_signs_out(client, site, customer):
    client.force_login(customer)
    response = client.post("/shop/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_account_page_offers_sign_out(client, site, customer):
    client.force_login(customer)
    html = client.get("/shop/accounts/profile/").content.decode()
    assert 'action="/shop/accounts/logout/"' in html
    assert 'method="post"' in html


def test_guessing_at_checkout_meets_the_same_lockout(client, site, customer):
    setup_shop()
    add_to_basket(client, make_product("Cream", "29.00"))
    for _ in range(5):
        response = client.post(
            "/shop/checkout/",
            {
                "username": "noor@example.com",
                "options": "existing",
                "password": "not my password",
            },
        )
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()


def test_a_returning_customer_still_signs_in_at_checkout(client, site, customer):
    setup_shop()
    add_to_basket(client, make_product("Cream", "29.00"))
    client.post(
        "/shop/checkout/",
        {
            "username": "noor@example.com",
            "options": "existing",
            "password": "a long pass phrase",
        },
    )
    assert client.session["_auth_user_id"] == str(customer.pk)
