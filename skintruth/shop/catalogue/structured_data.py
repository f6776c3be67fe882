"""schema.org Product data: a product's offer, rating and reviews."""

from collections.abc import Iterable

from skintruth.core.operations.site_url import absolute_url
from skintruth.core.pages.metadata import SCHEMA_CONTEXT
from skintruth.shop.catalogue.ratings import reviewer_shown_name


def review_data(review) -> dict:
    """One reader's review as schema.org Review (its text as written)."""
    return {
        "@type": "Review",
        "author": {"@type": "Person", "name": reviewer_shown_name(review)},
        "datePublished": review.date_created.date().isoformat(),
        "name": review.title,
        "reviewBody": review.body,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": review.score,
            "bestRating": 5,
            "worstRating": 1,
        },
    }


def product_data(
    product,
    request,
    review_count: int | None = None,
    image_url: str = "",
    reviews: Iterable = (),
) -> dict:
    """A Product with its offer (price, availability), reader rating and, when
    given, some of its reviews."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Product",
        "name": product.get_title(),
        "url": absolute_url(product.get_absolute_url(), request),
    }
    if product.upc:
        data["sku"] = product.upc
    description = product.get_meta_description()
    if description:
        data["description"] = description
    if image_url:
        data["image"] = image_url
    if product.brand_id:
        data["brand"] = {"@type": "Brand", "name": product.brand.name}
    info = getattr(request, "strategy", None)
    purchase = info.fetch_for_product(product) if info else None
    if purchase and purchase.price.exists:
        data["offers"] = {
            "@type": "Offer",
            "price": f"{purchase.price.incl_tax:.2f}",
            "priceCurrency": purchase.price.currency,
            "availability": "https://schema.org/InStock"
            if purchase.availability.is_available_to_buy
            else "https://schema.org/OutOfStock",
            "url": data["url"],
        }
    if product.rating is not None:
        count = review_count
        if count is None:
            count = product.num_approved_reviews
        if count:
            data["aggregateRating"] = {
                "@type": "AggregateRating",
                "ratingValue": round(product.rating, 1),
                "bestRating": 5,
                "worstRating": 1,
                "reviewCount": count,
            }
    review_list = [review_data(review) for review in reviews]
    if review_list:
        data["review"] = review_list
    return data
