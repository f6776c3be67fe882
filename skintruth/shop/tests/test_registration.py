"""A reader who makes an account is welcomed on their account page."""

import pytest

pytestmark = pytest.mark.django_db


def register(client, email: str = "noor@example.com"):
    return client.post(
        "/shop/accounts/register/",
        {
            "email": email,
            "display_name": "Noor A.",
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
    assert "Welcome to skintruth, Noor A. Your account is ready" in html
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


def test_the_display_name_is_required_at_sign_up_and_the_rest_is_kept(client, site):
    response = client.post(
        "/shop/accounts/register/",
        {"email": "noor@example.com", "password1": "a long pass phrase"},
    )
    html = response.content.decode()
    assert "Please choose the name shown with your comments and reviews." in html
    assert 'value="noor@example.com"' in html


def test_a_member_changes_their_display_name_in_their_profile(
    client, site, django_user_model
):
    register(client)
    client.post(
        "/shop/accounts/profile/edit/",
        {"email": "noor@example.com", "display_name": "Noor from Leeds"},
    )

    user = django_user_model.objects.get(email="noor@example.com")
    assert user.profile.display_name == "Noor from Leeds"
    assert "Noor from Leeds" in client.get("/shop/accounts/profile/").content.decode()
