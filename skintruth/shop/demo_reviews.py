"""Demo ratings: readers rate most products, and some of them bought what they
rated (a completed order each), so their reviews say "Verified buyer"."""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from oscar.core.loading import get_model

from skintruth.accounts.models import ReaderProfile
from skintruth.shop.demo_content import PRODUCTS, READERS, REVIEWS

Product = get_model("catalogue", "Product")
ProductReview = get_model("reviews", "ProductReview")
Order = get_model("order", "Order")
Line = get_model("order", "Line")


def load_reviews() -> None:
    """Approved ratings on most products, two waiting for moderation."""
    if ProductReview.objects.exists():
        return
    readers = _readers()
    products = Product.objects.filter(upc__in=[item["upc"] for item in PRODUCTS])
    by_upc = {p.upc: p for p in products.prefetch_related("stockrecords")}
    reviews, purchases = [], []
    for i, item in enumerate(PRODUCTS):
        if i % 6 == 5:
            continue  # a few products still wait for their first rating
        product, pool = by_upc[item["upc"]], REVIEWS[item["category"]]
        for k in range(min(2 + i % 4, len(pool))):
            stars, title, body = pool[(i + k) % len(pool)]
            reader = readers[(3 * i + k) % len(readers)]
            reviews.append(_review(product, reader, stars, title, body, i, k))
            if (i + k) % 3 == 0:
                purchases.append((reader, product, reviews[-1].date_created))
    reviews += _pending(by_upc, readers)
    _save(reviews)
    _place_orders(purchases)


def _pending(by_upc: dict, readers: list) -> list:
    """Two reviews for the moderation queue, by readers who had not rated yet."""
    pending = []
    for i, category, choice in ((0, "Devices", 1), (3, "Serums", 2)):
        stars, title, body = REVIEWS[category][choice]
        reader = readers[(3 * i + 9) % len(readers)]
        product = by_upc[PRODUCTS[i]["upc"]]
        review = _review(product, reader, stars, title, body, i, 0)
        review.status = ProductReview.FOR_MODERATION
        pending.append(review)
    return pending


def _readers() -> list:
    User = get_user_model()
    unusable = make_password(None)  # demo readers cannot sign in
    User.objects.bulk_create(
        [
            User(
                username=name,
                email=f"{name}@example.com",
                first_name=first,
                last_name=last,
                password=unusable,
            )
            for name, first, last in READERS
        ],
        ignore_conflicts=True,
    )
    found = User.objects.in_bulk(
        [name for name, _, _ in READERS], field_name="username"
    )
    ReaderProfile.objects.bulk_create(
        [
            ReaderProfile(user=found[name], display_name=f"{first} {last[0]}.")
            for name, first, last in READERS
        ],
        ignore_conflicts=True,
    )
    return [found[name] for name, _, _ in READERS]


def _review(product, reader, stars, title, body, i: int, k: int):
    days_ago = (i * 7 + k * 23) % 150 + 1
    return ProductReview(
        product=product,
        user=reader,
        score=stars,
        title=title,
        body=body,
        status=ProductReview.APPROVED,
        date_created=timezone.now() - timedelta(days=days_ago, hours=k * 5),
    )


def _save(reviews: list) -> None:
    """Bulk insert, then the dates (auto_now_add ignores ours) and each
    product's rating, computed once instead of once per review."""
    dates = [review.date_created for review in reviews]
    created = ProductReview.objects.bulk_create(reviews)
    for review, date in zip(created, dates, strict=True):
        ProductReview.objects.filter(pk=review.pk).update(date_created=date)
    scores: dict[int, list[int]] = {}
    for review in reviews:
        if review.status == ProductReview.APPROVED:
            scores.setdefault(review.product_id, []).append(review.score)
    for product_id, values in scores.items():
        Product.objects.filter(pk=product_id).update(rating=sum(values) / len(values))


def _place_orders(purchases: list) -> None:
    """A completed order of one item for each reader who bought what they rated."""
    orders, lines = [], []
    for n, (reader, product, reviewed) in enumerate(purchases, start=1):
        record = product.stockrecords.all()[0]
        price = record.price or Decimal("0.00")
        orders.append(
            Order(
                number=f"DEMO-{n:04d}",
                user=reader,
                currency="USD",
                total_incl_tax=price,
                total_excl_tax=price,
                status="Complete",
                date_placed=reviewed - timedelta(days=12),
            )
        )
        lines.append(
            Line(
                partner_id=record.partner_id,
                partner_name="skintruth warehouse",
                partner_sku=record.partner_sku,
                stockrecord=record,
                product=product,
                title=product.title,
                upc=product.upc,
                quantity=1,
                line_price_incl_tax=price,
                line_price_excl_tax=price,
                line_price_before_discounts_incl_tax=price,
                line_price_before_discounts_excl_tax=price,
                unit_price_incl_tax=price,
                unit_price_excl_tax=price,
                num_allocated=1,
                status="Complete",
            )
        )
    for order, line in zip(Order.objects.bulk_create(orders), lines, strict=True):
        line.order = order
    Line.objects.bulk_create(lines)
