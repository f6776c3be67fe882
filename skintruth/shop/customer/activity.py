"""The shop's sections of a member's "My activity" page (skintruth.accounts):
their product ratings and their latest orders."""

from django.http import HttpRequest
from oscar.core.loading import get_model

ProductReview = get_model("reviews", "ProductReview")
Order = get_model("order", "Order")

RECENT_ORDERS = 5


def ratings_section(request: HttpRequest) -> tuple[str, dict]:
    reviews = (
        ProductReview.objects.filter(user=request.user)
        .select_related("product")
        .order_by("-date_created")
    )
    return "oscar/customer/activity/ratings.html", {"reviews": reviews}


def orders_section(request: HttpRequest) -> tuple[str, dict]:
    orders = Order.objects.filter(user=request.user).order_by("-date_placed")
    context = {"orders": orders[:RECENT_ORDERS], "order_count": orders.count()}
    return "oscar/customer/activity/orders.html", context
