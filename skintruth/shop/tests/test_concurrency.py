"""20 buyers, 5 units, one moment: exactly 5 orders (PostgreSQL only)."""

import threading

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client
from oscar.core.loading import get_model

from skintruth.shop.payment.models import GatewayCharge

from .factories import add_to_basket, make_product, prepare_guest_checkout, preview
from .test_checkout import token_from

Order = get_model("order", "Order")
BUYERS = 20
UNITS = 5

pytestmark = [
    pytest.mark.postgres,
    # Decided before the database is set up, so a skip flushes nothing.
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="SQLite serialises writers; real row locking needs PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]


def test_twenty_buyers_for_the_last_five_units_make_five_orders():
    from .factories import setup_shop

    setup_shop()
    product = make_product("Last few wands", "189.00", stock=UNITS)
    buyers = []
    for n in range(BUYERS):
        client = Client()
        add_to_basket(client, product)
        prepare_guest_checkout(client, email=f"buyer{n}@example.com")
        buyers.append((client, token_from(preview(client))))

    barrier = threading.Barrier(BUYERS)
    pages: list[str] = []

    def buy(client, token):
        try:
            barrier.wait()
            response = client.post(
                "/shop/checkout/preview/",
                {
                    "action": "place_order",
                    "basket_token": token,
                    "name": "Buyer",
                    "number": "4242424242424242",
                    "expiry": "12/39",
                    "cvc": "123",
                },
                follow=True,
            )
            pages.append(response.content.decode())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=buyer) for buyer in buyers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    stock = product.stockrecords.get()
    assert Order.objects.count() == UNITS
    assert GatewayCharge.objects.count() == UNITS
    assert stock.num_allocated == UNITS
    refused = [page for page in pages if "no longer in stock" in page]
    assert len(refused) == BUYERS - UNITS


def test_two_tabs_placing_the_same_order_at_once_make_one_order_and_charge():
    from .factories import setup_shop

    setup_shop()
    product = make_product("Serum", "39.00", stock=10)
    first = Client()
    add_to_basket(first, product)
    prepare_guest_checkout(first)
    token = token_from(preview(first))
    second = Client()
    second.cookies = first.cookies  # the same browser, a second tab

    barrier = threading.Barrier(2)
    pages: list[str] = []

    def submit(client):
        try:
            barrier.wait()
            response = client.post(
                "/shop/checkout/preview/",
                {
                    "action": "place_order",
                    "basket_token": token,
                    "name": "Buyer",
                    "number": "4242424242424242",
                    "expiry": "12/39",
                    "cvc": "123",
                },
                follow=True,
            )
            pages.append(response.content.decode())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(c,)) for c in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    order = Order.objects.get()
    assert GatewayCharge.objects.count() == 1
    assert product.stockrecords.get().num_allocated == 1
    assert all(order.number in page for page in pages)
