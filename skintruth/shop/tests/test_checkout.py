"""Guest checkout: shipping threshold, payment outcomes, one order per submit."""

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from oscar.core.loading import get_model

from skintruth.core.models import OutgoingEmail
from skintruth.shop.payment.gateway import DECLINED, PROCESSING_ERROR
from skintruth.shop.payment.models import GatewayCharge

from .factories import (
    ADDRESS,
    add_to_basket,
    make_product,
    place_order,
    prepare_guest_checkout,
    preview,
    setup_shop,
)

Order = get_model("order", "Order")
pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    setup_shop()


def token_from(response) -> str:
    return re.search(r'name="basket_token" value="([^"]+)"', response.content.decode())[
        1
    ]


def buy(client, product, number=None):
    add_to_basket(client, product)
    prepare_guest_checkout(client)
    page = preview(client) if number is None else preview(client, number)
    return place_order(client, token_from(page), *([number] if number else []))


def test_order_under_threshold_pays_standard_shipping(client, shop):
    buy(client, make_product("Vitamin C serum", "38.99"))
    order = Order.objects.get()
    assert order.shipping_incl_tax == Decimal("5.95")
    assert order.total_incl_tax == Decimal("44.94")


def test_order_at_threshold_ships_free(client, shop):
    response = buy(client, make_product("Peptide serum", "39.00"))
    order = Order.objects.get()
    assert order.shipping_incl_tax == Decimal("0.00")
    assert response.url.endswith("/checkout/thank-you/")
    assert GatewayCharge.objects.get().amount == Decimal("39.00")


def test_confirmation_email_is_sent_to_the_guest(
    client, shop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        buy(client, make_product("Cleanser", "14.00"))
    assert mail.outbox[-1].to == ["ada@example.com"]
    assert Order.objects.get().number in mail.outbox[-1].subject


class MailServerDown:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_a_confirmation_that_could_not_be_sent_is_retried_by_the_worker(
    client, shop, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "skintruth.shop.tests.test_checkout.MailServerDown"
    with django_capture_on_commit_callbacks(execute=True):
        buy(client, make_product("Toner", "18.00"))
    order = Order.objects.get()
    waiting = OutgoingEmail.objects.get(recipient="ada@example.com")
    assert order.number in waiting.subject and waiting.sent_at is None
    assert "mail server down" in waiting.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutgoingEmail.objects.update(created_at=waiting.created_at.replace(year=2025))
    call_command("run_worker", "--once", verbosity=0)

    assert mail.outbox[-1].to == ["ada@example.com"]
    assert order.number in mail.outbox[-1].subject
    waiting.refresh_from_db()
    assert waiting.sent_at is not None


def test_declined_card_keeps_the_basket_and_says_so(client, shop):
    product = make_product("Eye gel", "21.00")
    add_to_basket(client, product)
    prepare_guest_checkout(client)
    page = preview(client, DECLINED)
    response = place_order(client, token_from(page), DECLINED)
    assert "Your card was declined" in response.content.decode()
    assert not Order.objects.exists()
    assert not GatewayCharge.objects.exists()
    basket = client.get("/shop/basket/")
    assert "Eye gel" in basket.content.decode()
    product.stockrecords.get().refresh_from_db()
    assert product.stockrecords.get().num_allocated in (0, None)


def test_gateway_error_takes_no_payment_and_releases_stock(client, shop):
    product = make_product("Sun fluid", "18.00", stock=1)
    add_to_basket(client, product)
    prepare_guest_checkout(client)
    page = preview(client, PROCESSING_ERROR)
    response = place_order(client, token_from(page), PROCESSING_ERROR)
    assert "no payment has been taken" in response.content.decode()
    assert not GatewayCharge.objects.exists()
    assert product.stockrecords.get().num_allocated in (0, None)


def test_submitting_the_same_order_twice_makes_one_order_and_one_charge(client, shop):
    add_to_basket(client, make_product("Balm", "32.00"))
    prepare_guest_checkout(client)
    token = token_from(preview(client))
    first = place_order(client, token)
    second = place_order(client, token)  # back button and submit again
    assert Order.objects.count() == 1
    assert GatewayCharge.objects.count() == 1
    assert second.url == first.url == "/shop/checkout/thank-you/"


def test_invalid_card_shows_errors_beside_fields_and_keeps_input(client, shop):
    add_to_basket(client, make_product("Mask", "49.00"))
    prepare_guest_checkout(client)
    response = client.post(
        "/shop/checkout/preview/",
        {"name": "Ada <b>O</b>", "number": "1234", "expiry": "13/20", "cvc": "x"},
    )
    html = response.content.decode()
    assert "Enter a valid card number." in html
    assert "Enter the expiry date as MM/YY." in html
    assert 'value="Ada &lt;b&gt;O&lt;/b&gt;"' in html


def test_address_errors_keep_what_was_typed(client, shop):
    add_to_basket(client, make_product("Cream", "29.00"))
    client.post(
        "/shop/checkout/", {"username": "a@example.com", "options": "anonymous"}
    )
    typed = {**ADDRESS, "postcode": "", "line1": "<script>alert(1)</script>"}
    response = client.post("/shop/checkout/shipping-address/", typed)
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_member_checks_out_and_sees_the_order_in_their_history(client, shop):
    from django.contrib.auth import get_user_model

    member = get_user_model().objects.create_user(
        "marta", "marta@example.com", "a-long-password-1"
    )
    client.force_login(member)
    add_to_basket(client, make_product("Night serum", "46.00"))
    client.post("/shop/checkout/shipping-address/", ADDRESS)
    client.post("/shop/checkout/shipping-method/", {"method_code": "standard"})
    place_order(client, token_from(preview(client)))
    order = Order.objects.get()
    assert order.user == member
    history = client.get("/shop/accounts/orders/").content.decode()
    assert order.number in history
