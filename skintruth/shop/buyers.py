"""Who bought what: the one thing the discussion asks of the shop (a commenter
whose account ordered the page's product is shown as a verified buyer)."""

from collections.abc import Iterable

from oscar.core.loading import get_model

Line = get_model("order", "Line")


def accounts_that_bought(product_ids: Iterable[int], user_ids: Iterable[int]) -> set:
    """Those of the accounts that ordered any of the products, in one query.
    Accounts only: a guest's typed email proves nothing about who is writing."""
    product_ids, user_ids = set(product_ids), set(user_ids)
    if not product_ids or not user_ids:
        return set()
    lines = Line.objects.filter(
        product_id__in=product_ids, order__user_id__in=user_ids
    ).values_list("order__user_id", flat=True)
    return set(lines.distinct())
