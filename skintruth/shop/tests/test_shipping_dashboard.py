"""Staff change shipping prices and the free-shipping threshold in the dashboard."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from .factories import add_to_basket, make_product, setup_shop

OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")
pytestmark = pytest.mark.django_db
LIST_URL = "/shop/dashboard/shipping/"


@pytest.fixture
def standard():
    setup_shop()
    return OrderAndItemCharges.objects.get(code="standard")


def edit_url(method) -> str:
    return f"/shop/dashboard/shipping/charges/{method.pk}/edit/"


def form_data(method, **changes) -> dict:
    data = {
        "name": method.name,
        "price_per_order": method.price_per_order,
        "price_per_item": method.price_per_item,
        "free_shipping_threshold": method.free_shipping_threshold,
    }
    return data | changes


def test_shipping_page_lists_the_methods_checkout_offers(admin_client, standard):
    html = admin_client.get(LIST_URL).content.decode()
    assert "No shipping methods found" not in html
    assert standard.name in html
    assert "$39.00" in html
    assert f'href="{edit_url(standard)}"' in html


def test_saved_threshold_reaches_the_basket(admin_client, client, standard):
    response = admin_client.post(
        edit_url(standard), form_data(standard, free_shipping_threshold="60.00")
    )
    assert response.status_code == 302
    assert OrderAndItemCharges.objects.get(pk=standard.pk).free_shipping_threshold == (
        Decimal("60.00")
    )
    add_to_basket(client, make_product("Serum", "30.00"))
    basket = client.get("/shop/basket/").content.decode()
    assert "<strong>$30.00</strong> away from free shipping" in basket


def test_negative_threshold_is_refused_beside_the_field(admin_client, standard):
    response = admin_client.post(
        edit_url(standard), form_data(standard, free_shipping_threshold="-5")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter an amount of 0.00 or more." in html
    assert 'value="-5"' in html
    assert OrderAndItemCharges.objects.get(pk=standard.pk).free_shipping_threshold == (
        Decimal("39.00")
    )


def test_threshold_that_is_not_a_number_is_refused(admin_client, standard):
    response = admin_client.post(
        edit_url(standard), form_data(standard, free_shipping_threshold="forty")
    )
    html = response.content.decode()
    assert "Enter a number." in html
    assert 'value="forty"' in html


def test_readers_cannot_open_the_shipping_dashboard(client, standard):
    assert client.get(edit_url(standard)).status_code == 302
    assert OrderAndItemCharges.objects.get(pk=standard.pk).name == standard.name


def test_wagtail_admin_links_to_the_shipping_page(admin_client, site, standard):
    html = admin_client.get("/admin/").content.decode()
    # The sidebar is drawn from JSON, where "&" is written \u0026.
    assert '"label": "Shipping \\u0026 threshold"' in html
    assert f'"url": "{LIST_URL}"' in html


def test_dashboard_menu_leads_to_the_shipping_page(admin_client, standard):
    html = admin_client.get("/shop/dashboard/").content.decode()
    assert f'href="{LIST_URL}"' in html
