"""The order confirmation speaks in the site's voice and links to the order."""

from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from oscar.core.loading import get_model

from .factories import (
    ADDRESS,
    add_to_basket,
    make_product,
    place_order,
    preview,
    setup_shop,
)
from .test_checkout import buy, token_from

Order = get_model("order", "Order")
pytestmark = pytest.mark.django_db
SITE_URL = "https://shop.skintruth.test"


@pytest.fixture
def confirmation(client, settings, django_capture_on_commit_callbacks):
    settings.SITE_URL = SITE_URL
    setup_shop()
    add_to_basket(client, make_product("Barrier cream", "12.50"))
    with django_capture_on_commit_callbacks(execute=True):
        buy(client, make_product("Vitamin C serum", "18.00"))
    return Order.objects.get(), mail.outbox[-1]


def status_link(text: str) -> str:
    return next(word for word in text.split() if word.startswith(SITE_URL))


def test_confirmation_lists_the_order_in_our_words(confirmation):
    order, email = confirmation
    assert email.subject == f"We have your order {order.number} · skintruth shop"
    assert "Hello Ada," in email.body
    assert f"your order {order.number} is in, and we are packing it" in email.body
    assert "1 x Barrier cream: $12.50" in email.body
    assert "1 x Vitamin C serum: $18.00" in email.body
    assert "Shipping: $5.95" in email.body
    assert "Total paid: $36.45" in email.body
    assert "12 Elm Street" in email.body
    assert "Basket total" not in email.body  # Oscar's stock wording


def test_html_version_carries_the_same_order(confirmation):
    order, email = confirmation
    html = email.alternatives[0][0]
    assert order.number in html
    assert "1 &times; Barrier cream" in html
    assert f'<a href="{status_link(email.body)}">Follow your order</a>' in html


def test_status_link_opens_that_order_for_the_guest(confirmation):
    order, email = confirmation
    link = status_link(email.body)
    path = urlsplit(link).path
    assert link.startswith(f"{SITE_URL}/shop/accounts/order-status/{order.number}/")
    guest = Client()  # another device: the link asks for the email, then shows it
    form = guest.get(path, follow=True)
    assert "email" in form.content.decode().lower()
    page = guest.post(form.redirect_chain[-1][0], {"email": order.email}, follow=True)
    html = page.content.decode()
    assert order.number in html
    assert "Vitamin C serum" in html


def test_a_members_link_opens_the_order_in_their_account(
    client, settings, django_user_model, django_capture_on_commit_callbacks
):
    settings.SITE_URL = SITE_URL
    setup_shop()
    client.force_login(
        django_user_model.objects.create_user("mo", "mo@example.com", "a-long-pass-1")
    )
    add_to_basket(client, make_product("Night serum", "46.00"))
    client.post("/shop/checkout/shipping-address/", ADDRESS)
    client.post("/shop/checkout/shipping-method/", {"method_code": "standard"})
    with django_capture_on_commit_callbacks(execute=True):
        place_order(client, token_from(preview(client)))
    email = mail.outbox[-1]
    assert "Follow the order in your account:" in email.body
    html = client.get(urlsplit(status_link(email.body)).path).content.decode()
    assert Order.objects.get().number in html
    assert "Night serum" in html
