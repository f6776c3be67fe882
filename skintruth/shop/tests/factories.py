"""Shop test data and a guest who walks through checkout with a test client."""

from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
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


def make_order(product, user=None, guest_email: str = "", number: str = ""):
    """A completed order of one `product`, by an account or a guest's email."""
    Order = get_model("order", "Order")
    Line = get_model("order", "Line")
    record = product.stockrecords.first()
    order = Order.objects.create(
        number=number or f"T-{Order.objects.count() + 1:05d}",
        user=user,
        guest_email=guest_email,
        currency="USD",
        total_incl_tax=record.price,
        total_excl_tax=record.price,
        date_placed=timezone.now(),
        status="Complete",
    )
    Line.objects.create(
        order=order,
        partner=record.partner,
        partner_sku=record.partner_sku,
        stockrecord=record,
        product=product,
        title=product.title,
        quantity=1,
        line_price_incl_tax=record.price,
        line_price_excl_tax=record.price,
        line_price_before_discounts_incl_tax=record.price,
        line_price_before_discounts_excl_tax=record.price,
        num_allocated=1,
    )
    return order


def make_review(product, score: int = 4, user=None, approved: bool = True, **fields):
    """A reader's review; a guest's unless `user` is given."""
    ProductReview = get_model("reviews", "ProductReview")
    if user is None:
        fields.setdefault("name", "Guest reader")
        fields.setdefault("email", "guest@example.com")
    fields.setdefault("title", "Tried it for a month")
    fields.setdefault("body", "It did what it says.")
    status = ProductReview.APPROVED if approved else ProductReview.FOR_MODERATION
    return ProductReview.objects.create(
        product=product, score=score, user=user, status=status, **fields
    )
