"""Readers' product reviews: who sees which, who bought, and moderation.

Oscar's reviews app keeps the rows (score, status, votes); these functions are
the rules the shop adds to it. Saving a review makes Oscar recompute the
product's rating and save the product, and that save purges its pages
(`purges.connect`), so moderation needs no purge of its own.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Lower
from oscar.core.loading import get_model

from skintruth.accounts.models import display_name_of

ProductReview = get_model("reviews", "ProductReview")
Line = get_model("order", "Line")

ON_PRODUCT_PAGE = 5
IN_JSON_LD = 3
MODERATION = {
    "approve": ProductReview.APPROVED,
    "reject": ProductReview.REJECTED,
}


def newest_approved(product) -> QuerySet:
    """The product's published reviews, newest first, with their authors."""
    return (
        ProductReview.objects.approved()
        .filter(product=product)
        .select_related("user__profile")
        .order_by("-date_created", "-pk")
    )


def approved_count_subquery() -> Subquery:
    """Approved reviews per product, as an annotation for product lists."""
    counts = (
        ProductReview.objects.approved()
        .filter(product=OuterRef("pk"))
        .order_by()
        .values("product")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def reviewer_shown_name(review) -> str:
    """The name shown with a review: a member's display name, never their
    username or real name; a guest's name as given."""
    if review.user_id:
        return display_name_of(review.user) or "A reader"
    return review.name


def _reviewer_email(review) -> str:
    email = review.user.email if review.user_id else review.email
    return (email or "").lower()


def mark_verified_buyers(reviews: Iterable, product) -> list:
    """Set `verified_buyer` on each review whose author ordered the product:
    an order line by the same account, or a guest order with the same email.
    One query for the whole list."""
    reviews = list(reviews)
    user_ids = {r.user_id for r in reviews if r.user_id}
    emails = {_reviewer_email(r) for r in reviews} - {""}
    buyers = set()
    if reviews:
        lines = (
            Line.objects.filter(product=product)
            .alias(
                guest=Lower("order__guest_email"), account=Lower("order__user__email")
            )
            .filter(
                Q(order__user_id__in=user_ids)
                | Q(guest__in=emails)
                | Q(account__in=emails)
            )
        )
        for user_id, guest_email, user_email in lines.values_list(
            "order__user_id", "order__guest_email", "order__user__email"
        ):
            buyers.update({user_id, (guest_email or "").lower()})
            buyers.add((user_email or "").lower())
    buyers.discard("")
    buyers.discard(None)
    for review in reviews:
        review.verified_buyer = (
            review.user_id in buyers or _reviewer_email(review) in buyers
        )
    return reviews


def pending_reviews() -> QuerySet:
    """Reviews waiting for an editor, oldest first, as the queue lists them."""
    return (
        ProductReview.objects.filter(status=ProductReview.FOR_MODERATION)
        .select_related("product", "user__profile")
        .order_by("date_created", "pk")
    )


@transaction.atomic
def moderate_reviews(ids: Iterable[int], action: str) -> int:
    """Approve or reject reviews; each save updates its product's rating (and
    so purges the product's pages). Returns how many changed."""
    status = MODERATION[action]
    changed = 0
    reviews = ProductReview.objects.filter(pk__in=list(ids)).exclude(status=status)
    for review in reviews.select_related("product"):
        review.status = status
        review.save()
        changed += 1
    return changed
