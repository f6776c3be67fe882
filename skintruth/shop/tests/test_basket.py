"""Baskets: change, remove, kept for guests, merged when they sign in."""

import pytest
from django.contrib.auth import get_user_model
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model

from .factories import add_to_basket, make_product, setup_shop

Basket = get_model("basket", "Basket")
pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    setup_shop()


def formset_data(basket, **changes) -> dict:
    lines = list(basket.all_lines())
    data = {
        "form-TOTAL_FORMS": len(lines),
        "form-INITIAL_FORMS": len(lines),
        "form-MIN_NUM_FORMS": 0,
        "form-MAX_NUM_FORMS": 1000,
    }
    for i, line in enumerate(lines):
        data[f"form-{i}-id"] = line.pk
        data[f"form-{i}-quantity"] = line.quantity
    data.update(changes)
    return data


def test_guest_changes_quantity_and_removes_a_line(client, shop):
    add_to_basket(client, make_product("Serum", "10.00"))
    add_to_basket(client, make_product("Cream", "20.00"))
    basket = Basket.objects.get()
    client.post("/shop/basket/", formset_data(basket, **{"form-0-quantity": 3}))
    assert Basket.objects.get().all_lines()[0].quantity == 3
    basket = Basket.objects.get()
    client.post("/shop/basket/", formset_data(basket, **{"form-1-DELETE": "on"}))
    html = client.get("/shop/basket/").content.decode()
    assert html.count('<tr class="basket-line">') == 1
    assert ">Serum</a>" in html


def test_guest_basket_is_merged_into_the_members_basket_on_sign_in(client, shop):
    member = get_user_model().objects.create_user(
        "ines", "ines@example.com", "a-long-password-1"
    )
    member_basket = Basket.objects.create(owner=member)
    member_basket.strategy = Default()
    member_basket.add_product(make_product("Cleanser", "14.00"))
    add_to_basket(client, make_product("Sunscreen", "24.00"))

    client.post(
        "/shop/accounts/login/",
        {
            "login-username": "ines@example.com",
            "login-password": "a-long-password-1",
            "login_submit": "1",
        },
    )

    html = client.get("/shop/basket/").content.decode()
    assert ">Cleanser</a>" in html and ">Sunscreen</a>" in html
    assert Basket.open.filter(owner=member).count() == 1
