"""Product pages list the articles that mention the product, in fixed queries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    build_site,
)

from .factories import make_product, setup_shop

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviews():
    setup_shop()
    site = build_site()
    site["reviews"].reviewer = ContributorPageFactory(parent=site["directory"])
    return site["reviews"]


def publish_mention(reviews, product, title, in_body=False):
    kwargs = {"product": None if in_body else product}
    if in_body:
        kwargs["body"] = [("product", {"product": product, "note": ""})]
    page = ArticlePageFactory(
        parent=reviews, title=title, reviewer=reviews.reviewer, **kwargs
    )
    page.save_revision().publish()
    return page


def product_page_queries(client, product) -> tuple[int, str]:
    client.get(product.get_absolute_url())  # first view creates analytics rows
    with CaptureQueriesContext(connection) as queries:
        html = client.get(product.get_absolute_url()).content.decode()
    return len(queries), html


def test_product_page_lists_reviews_and_body_mentions(client, reviews):
    product = make_product("Sculpt wand", "189.00")
    publish_mention(reviews, product, "The wand, reviewed")
    publish_mention(reviews, product, "Five devices we kept", in_body=True)
    _, html = product_page_queries(client, product)
    assert "The wand, reviewed" in html
    assert "Five devices we kept" in html


def test_product_page_query_count_does_not_grow_with_mentions(client, reviews):
    product = make_product("Sculpt wand", "189.00")
    publish_mention(reviews, product, "First look")
    few, _ = product_page_queries(client, product)
    for n in range(5):
        publish_mention(reviews, product, f"Follow-up {n}", in_body=n % 2 == 0)
    many, html = product_page_queries(client, product)
    assert "Follow-up 4" in html
    assert many == few


def test_article_shows_a_product_card_with_add_to_basket(client, reviews):
    product = make_product("Sculpt wand", "189.00")
    page = publish_mention(reviews, product, "Card test", in_body=True)
    html = client.get(page.url).content.decode()
    assert "Sculpt wand" in html
    assert "$189.00" in html
    assert f'action="/shop/basket/add/{product.pk}/"' in html


def test_editors_find_the_shop_dashboard_and_product_chooser(admin_client, reviews):
    make_product("Sculpt wand", "189.00")
    admin = admin_client.get("/admin/").content.decode()
    chooser = admin_client.get("/admin/product_chooser/").content.decode()
    assert "Shop dashboard" in admin
    assert "Sculpt wand" in chooser
    assert admin_client.get("/shop/dashboard/").status_code == 200


def test_article_query_count_does_not_grow_with_product_cards(client, reviews):
    products = [make_product(f"Product {n}", "10.00") for n in range(4)]
    one = publish_mention(reviews, products[0], "One card", in_body=True)
    many = ArticlePageFactory(
        parent=reviews,
        title="Four cards",
        reviewer=reviews.reviewer,
        body=[("product", {"product": p, "note": "Why"}) for p in products],
    )
    many.save_revision().publish()
    client.get(one.url)
    client.get(many.url)  # the same cached fragments for both
    cache.clear()  # compare full renders, not what the first requests cached
    with CaptureQueriesContext(connection) as few:
        client.get(one.url)
    cache.clear()
    with CaptureQueriesContext(connection) as lots:
        html = client.get(many.url).content.decode()
    assert html.count('class="product-card"') == 4
    assert len(lots) == len(few)


def test_shop_listing_query_count_does_not_grow_with_products(client, reviews):
    make_product("First", "10.00")
    client.get("/shop/catalogue/")
    with CaptureQueriesContext(connection) as few:
        client.get("/shop/catalogue/")
    for n in range(5):
        make_product(f"More {n}", "12.00")
    with CaptureQueriesContext(connection) as lots:
        html = client.get("/shop/catalogue/").content.decode()
    assert html.count('class="product-card"') == 6
    assert len(lots) == len(few)


def test_product_page_shows_the_average_reader_rating(client, reviews):
    from oscar.core.loading import get_model

    ProductReview = get_model("reviews", "ProductReview")
    product = make_product("Sculpt wand", "189.00")
    for score in (5, 4, 2):
        ProductReview.objects.create(
            product=product,
            score=score,
            title="Tried it",
            body="Worked for me.",
            name="Reader",
            email="reader@example.com",
            status=ProductReview.APPROVED,
        )
    html = client.get(product.get_absolute_url()).content.decode()
    assert "3.7 out of 5</strong>" in html
    assert '<a href="#reviews">3 reviews</a>' in html


def test_a_review_links_to_the_product_it_is_about(client, reviews):
    product = make_product("Sculpt wand", "189.00")
    page = publish_mention(reviews, product, "The wand, reviewed")
    html = client.get(page.url).content.decode()
    assert "The product in this review" in html
    assert f'href="{product.get_absolute_url()}"' in html
