"""Shop test data and a guest who walks through checkout with a test client."""

from decimal import Decimal

from django.urls import reverse
from oscar.core.loading import get_model

from skintruth.shop import demo
from skintruth.shop.payment.gateway import SUCCEEDS

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

ADDRESS = {
    "first_name": "Ada",
    "last_name": "Okafor",
    "line1": "12 Elm Street",
    "line4": "Portland",
    "state": "OR",
    "postcode": "97201",
    "country": "US",
}


def setup_shop() -> None:
    """Shipping methods, the US as a shipping country, a product class."""
    demo.load_shipping_methods()
    demo.Country.objects.get_or_create(
        iso_3166_1_a2="US",
        defaults={"printable_name": "United States", "is_shipping_country": True},
    )


def make_product(title: str, price: str, stock: int = 10, upc: str = "") -> Product:
    product_class, _ = ProductClass.objects.get_or_create(
        name="Skincare", defaults={"track_stock": True}
    )
    partner, _ = Partner.objects.get_or_create(name="Test partner")
    product = Product.objects.create(
        title=title, upc=upc or None, product_class=product_class
    )
    StockRecord.objects.create(
        product=product,
        partner=partner,
        partner_sku=f"sku-{product.pk}",
        price=Decimal(price),
        price_currency="USD",
        num_in_stock=stock,
    )
    return product


def add_to_basket(client, product, quantity: int = 1):
    return client.post(
        reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity}
    )


def card(number: str = SUCCEEDS) -> dict:
    return {"name": "Ada Okafor", "number": number, "expiry": "12/39", "cvc": "123"}


def prepare_guest_checkout(client, email: str = "ada@example.com") -> None:
    """Guest email, address and standard shipping: ready for the payment step."""
    client.post(reverse("checkout:index"), {"username": email, "options": "anonymous"})
    client.post(reverse("checkout:shipping-address"), ADDRESS)
    client.post(reverse("checkout:shipping-method"), {"method_code": "standard"})


def preview(client, number: str = SUCCEEDS):
    return client.post(reverse("checkout:preview"), card(number))


def place_order(client, token: str, number: str = SUCCEEDS, follow: bool = False):
    data = {"action": "place_order", "basket_token": token, **card(number)}
    return client.post(reverse("checkout:preview"), data, follow=follow)
