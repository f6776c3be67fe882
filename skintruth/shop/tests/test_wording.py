"""The shop says "basket", never "cart", in its pages and messages."""

import re

import pytest

from .factories import add_to_basket, make_product, setup_shop

pytestmark = pytest.mark.django_db
CART = re.compile(r"\bcarts?\b", re.IGNORECASE)


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_adding_a_product_tells_the_reader_it_is_in_their_basket(client):
    setup_shop()
    response = add_to_basket(client, make_product("Serum", "12.00"))
    html = client.get(response["Location"]).content.decode()
    assert "has been added to your basket" in html
    assert not CART.search(visible_text(html))


def test_basket_page_never_calls_it_a_cart(client):
    setup_shop()
    add_to_basket(client, make_product("Serum", "12.00"))
    html = client.get("/shop/basket/").content.decode()
    assert "Basket" in html
    assert not CART.search(visible_text(html))
