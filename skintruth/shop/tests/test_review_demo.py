"""The demo shop has believable ratings: most products, mixed scores, buyers."""

import pytest
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductReview = get_model("reviews", "ProductReview")


def test_most_demo_products_have_a_spread_of_ratings(demo):
    products = Product.objects.filter(upc__startswith="ST-")
    rated = products.exclude(rating=None)
    assert rated.count() >= products.count() * 2 // 3
    scores = set(ProductReview.objects.approved().values_list("score", flat=True))
    assert {1, 2, 3, 4, 5} <= scores
    assert ProductReview.objects.filter(status=ProductReview.FOR_MODERATION).exists()


def test_demo_product_page_marks_some_reviewers_as_verified_buyers(client, demo):
    product = Product.objects.get(upc="ST-0001")
    html = client.get(product.get_absolute_url()).content.decode()
    assert "out of 5</strong>" in html
    assert "Verified buyer" in html
