"""A reader who makes an account is welcomed on their account page."""

import pytest

pytestmark = pytest.mark.django_db


def register(client, email: str = "noor@example.com"):
    return client.post(
        "/shop/accounts/register/",
        {
            "email": email,
            "password1": "a long pass phrase",
            "password2": "a long pass phrase",
            "redirect_url": "",
        },
        follow=True,
    )


def test_new_member_lands_on_their_account_with_a_welcome(client, site):
    response = register(client)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == "/shop/accounts/profile/"
    assert "Welcome to skintruth, noor@example.com." in html
    assert 'class="shop-message shop-message--success"' in html


def test_the_welcome_is_shown_once(client, site):
    register(client)
    assert "Welcome to skintruth" not in client.get("/shop/accounts/").content.decode()


def test_a_refused_registration_does_not_welcome(client, site):
    response = client.post(
        "/shop/accounts/register/",
        {"email": "noor@example.com", "password1": "x", "password2": "y"},
        follow=True,
    )
    assert "Welcome to skintruth" not in response.content.decode()
