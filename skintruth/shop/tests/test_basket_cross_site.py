"""Another site's page cannot fill or replace a shopper's basket."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from .factories import make_product, setup_shop

Basket = get_model("basket", "Basket")
pytestmark = pytest.mark.django_db


@pytest.fixture
def product():
    setup_shop()
    return make_product("Serum", "10.00")


def post_add(client, product, **headers):
    url = reverse("basket:add", kwargs={"pk": product.pk})
    return client.post(url, {"quantity": 1}, headers=headers)


def lines_in_baskets() -> int:
    return sum(basket.num_lines for basket in Basket.objects.all())


@pytest.mark.parametrize("fetch_site", ["cross-site", "same-site"])
def test_a_post_from_another_site_adds_nothing(client, product, fetch_site):
    response = post_add(client, product, sec_fetch_site=fetch_site)

    assert response.status_code == 403
    assert "Your basket was not changed" in response.content.decode()
    assert lines_in_baskets() == 0


def test_an_older_browser_posting_from_another_origin_adds_nothing(client, product):
    response = post_add(client, product, origin="https://evil.example")

    assert response.status_code == 403
    assert lines_in_baskets() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"sec_fetch_site": "same-origin"},
        {"origin": "http://testserver"},
        {},  # no browser at all: nobody's cookies to misuse
    ],
)
def test_a_post_from_our_own_pages_adds_the_product(client, product, headers):
    response = post_add(client, product, **headers)

    assert response.status_code == 302
    assert lines_in_baskets() == 1
