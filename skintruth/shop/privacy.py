"""What the shop holds about one reader: exported on request, erased on request
(the READER_DATA_* hooks, registered in customer/wagtail_hooks.py).

Orders are kept after an erasure because tax law asks us to keep invoices:
the order number, dates, lines, totals and the billing address stay; the
order is detached from the account, the guest email is cleared and the
delivery phone number and notes are blanked (a courier needed them once).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from oscar.core.loading import get_model

from skintruth.accounts.readers import FORMER_READER, Reader

Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")
ProductReview = get_model("reviews", "ProductReview")
ProductAlert = get_model("customer", "ProductAlert")
ShopEmail = get_model("communication", "Email")
WishList = get_model("wishlists", "WishList")

ADDRESS_FIELDS = [
    "title",
    "first_name",
    "last_name",
    "line1",
    "line2",
    "line3",
    "line4",
    "state",
    "postcode",
]


def _mine(email: str, user) -> Q:
    """Rows tied to the account, or (for guests) typed with the address."""
    by_email = Q(email__iexact=email) if email else Q(pk__in=[])
    return by_email | Q(user=user) if user else by_email


def orders_of(email: str, user=None) -> QuerySet:
    by = Q(guest_email__iexact=email) if email else Q(pk__in=[])
    if user:
        by |= Q(user=user)
    return (
        Order.objects.filter(by)
        .select_related("shipping_address__country", "billing_address__country")
        .prefetch_related("lines")
        .order_by("date_placed")
    )


def _address(address, *extra: str) -> dict | None:
    if address is None:
        return None
    data = {name: getattr(address, name) for name in ADDRESS_FIELDS + list(extra)}
    data["country"] = address.country.printable_name
    data["phone_number"] = str(data.get("phone_number") or "") or None
    return {k: v for k, v in data.items() if v not in (None, "")}


def _order(order) -> dict:
    return {
        "number": order.number,
        "placed": order.date_placed.isoformat(),
        "status": order.status,
        "email": order.email,
        "currency": order.currency,
        "total_incl_tax": str(order.total_incl_tax),
        "shipping_incl_tax": str(order.shipping_incl_tax),
        "shipping_method": order.shipping_method,
        "lines": [
            {
                "title": line.title,
                "quantity": line.quantity,
                "price_incl_tax": str(line.line_price_incl_tax),
            }
            for line in order.lines.all()
        ],
        "shipping_address": _address(order.shipping_address, "phone_number", "notes"),
        "billing_address": _address(order.billing_address),
    }


def export(reader: Reader) -> dict:
    """The shop's part of a reader's data download."""
    email, user = reader.email, reader.user
    reviews = ProductReview.objects.filter(_mine(email, user)).select_related("product")
    alerts = ProductAlert.objects.filter(_mine(email, user)).select_related("product")
    addresses = (
        UserAddress.objects.filter(user=user).select_related("country") if user else []
    )
    data = {
        "orders": [_order(order) for order in orders_of(email, user)],
        "saved_addresses": [_address(a, "phone_number", "notes") for a in addresses],
        "product_reviews": [
            {
                "product": review.product.title if review.product else None,
                "title": review.title,
                "body": review.body,
                "score": review.score,
                "status": review.get_status_display(),
                "written": review.date_created.isoformat(),
            }
            for review in reviews
        ],
        "shop_emails": [
            {"subject": subject, "sent": sent.isoformat()}
            for subject, sent in ShopEmail.objects.filter(
                _mine(email, user)
            ).values_list("subject", "date_sent")
        ],
        "stock_alerts": [
            {"product": alert.product.title, "status": alert.get_status_display()}
            for alert in alerts
        ],
    }
    if user:
        data["account"] = {"wish_lists": _wish_lists(user)}
    return data


def _wish_lists(user) -> list[dict]:
    wishlists = WishList.objects.filter(owner=user).prefetch_related("lines")
    return [
        {"name": w.name, "products": [line.title for line in w.lines.all()]}
        for w in wishlists
    ]


def summary(reader: Reader) -> dict[str, int]:
    return {"orders": orders_of(reader.email, reader.user).count()}


def erase(reader: Reader, how: str = "") -> dict[str, int]:
    """Keep only what the law needs of the reader's orders; drop the rest.
    Reviews stay, by "Former reader", whatever becomes of their comments."""
    email, user = reader.email, reader.user
    orders = list(orders_of(email, user))
    for order in orders:
        if order.shipping_address:
            order.shipping_address.phone_number = ""
            order.shipping_address.notes = ""
            order.shipping_address.save(update_fields=["phone_number", "notes"])
        order.user, order.guest_email = None, ""
        order.save(update_fields=["user", "guest_email"])
    reviews = ProductReview.objects.filter(_mine(email, user)).update(
        user=None, name=FORMER_READER, email=""
    )
    alerts, _ = ProductAlert.objects.filter(_mine(email, user)).delete()
    ShopEmail.objects.filter(_mine(email, user)).delete()
    addresses = UserAddress.objects.filter(user=user).delete()[0] if user else 0
    return {
        "orders_kept": len(orders),
        "reviews_anonymised": reviews,
        "alerts_deleted": alerts,
        "addresses_deleted": addresses,
    }
