"""One threshold feeds the announcement bar, the basket meter and shipping."""

import re
from decimal import Decimal

import pytest
from oscar.core.loading import get_model
from wagtail.models import Site

from skintruth.core.models import AnnouncementSettings
from skintruth.shop.services import free_shipping_threshold

from .factories import add_to_basket, make_product, setup_shop

OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")
pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site):
    setup_shop()
    bar = AnnouncementSettings.for_site(Site.objects.get(is_default_site=True))
    bar.text = "Free shipping on all orders over {threshold}"
    bar.save()


def banner(html: str) -> str:
    """The announcement bar's text as a reader sees it."""
    found = re.search(r'class="announcement"[^>]*>(.*?)</aside>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", "", found.group(1)).split())


def test_banner_and_basket_follow_the_threshold_staff_set(client, site):
    add_to_basket(client, make_product("Serum", "30.00"))
    home = client.get("/").content.decode()
    basket = client.get("/shop/basket/").content.decode()
    assert banner(home) == "Free shipping on all orders over $39"
    assert "<strong>$9.00</strong> away from free shipping" in basket

    standard = OrderAndItemCharges.objects.get(code="standard")
    standard.free_shipping_threshold = Decimal("50.00")
    standard.save()  # as the dashboard's shipping form does

    home = client.get("/").content.decode()
    basket = client.get("/shop/basket/").content.decode()
    assert free_shipping_threshold() == Decimal("50.00")
    assert banner(home) == "Free shipping on all orders over $50"
    assert "<strong>$20.00</strong> away from free shipping" in basket


@pytest.mark.parametrize(
    ("threshold", "shown"),
    [("39.50", "$39.50"), ("1200.00", "$1,200"), ("1200.05", "$1,200.05")],
)
def test_banner_drops_the_cents_of_whole_amounts_only(client, site, threshold, shown):
    standard = OrderAndItemCharges.objects.get(code="standard")
    standard.free_shipping_threshold = Decimal(threshold)
    standard.save()

    home = client.get("/").text
    assert banner(home) == f"Free shipping on all orders over {shown}"


def test_basket_at_threshold_says_it_ships_free(client, site):
    add_to_basket(client, make_product("Serum", "39.00"))
    assert "Your order ships free." in client.get("/shop/basket/").content.decode()


def test_header_count_fragment_is_private_and_counts_items(client, site):
    add_to_basket(client, make_product("Serum", "12.00"), quantity=3)
    response = client.get("/shop/basket/summary/")
    assert "3" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_article_pages_carry_no_per_visitor_basket_data(client, site):
    add_to_basket(client, make_product("Serum", "12.00"), quantity=3)
    response = client.get("/")
    html = response.content.decode()
    assert 'id="basket-count" aria-live="polite"></span>' in html
    assert "public" in response["Cache-Control"]


def test_adding_to_the_basket_sets_the_count_cookie_the_header_reads(client, site):
    response = add_to_basket(client, make_product("Serum", "12.00"), quantity=3)
    assert response.cookies["basket_items"].value == "3"
    assert not response.cookies["basket_items"]["httponly"]
