"""Prices, stock and the free-shipping threshold reach readers through the proxy."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from skintruth.core.models import AnnouncementSettings
from skintruth.core.tests.factories import ArticlePageFactory
from skintruth.shop.catalogue.ratings import moderate_reviews
from skintruth.shop.tests.factories import make_product, make_review, setup_shop

pytestmark = pytest.mark.django_db(transaction=True)

OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")


@pytest.fixture
def site(site):
    setup_shop()
    return site


@pytest.fixture
def product(site):
    return make_product("Barrier serum", "24.00", stock=5)


@pytest.fixture
def review(site, product):
    page = ArticlePageFactory(
        parent=site["reviews"], title="Barrier serum review", product=product
    )
    page.save_revision().publish()
    return page


def test_a_new_price_reaches_the_product_page_and_the_review(
    caching_proxy, product, review
):
    for url in (product.get_absolute_url(), review.url):
        assert "$24.00" in caching_proxy.get(url).text
        assert caching_proxy.cache_status(url) == "HIT"
    stock = product.stockrecords.get()

    stock.price = Decimal("19.50")
    stock.save()

    for url in (product.get_absolute_url(), review.url):
        assert "$19.50" in caching_proxy.get(url).text, url


def test_selling_out_shows_on_the_product_page(caching_proxy, product):
    url = product.get_absolute_url()
    assert "Add to basket" in caching_proxy.get(url).text
    stock = product.stockrecords.get()

    stock.allocate(5)

    html = caching_proxy.get(url).text
    assert "Add to basket" not in html


def test_a_new_threshold_reaches_the_banner_on_every_page(
    caching_proxy, site, review, product
):
    bar = AnnouncementSettings.for_site(site["home"].get_site())
    bar.text = "Free shipping on all orders over {threshold}"
    bar.save()
    urls = [site["home"].url, review.url, product.get_absolute_url()]
    for url in urls:
        assert "over $39" in caching_proxy.get(url).text, url
    method = OrderAndItemCharges.objects.get(code="standard")

    method.free_shipping_threshold = Decimal("45.00")
    method.save()

    for url in urls:
        assert "over $45" in caching_proxy.get(url).text, url


def test_an_approved_review_reaches_the_cached_product_page(caching_proxy, product):
    url = product.get_absolute_url()
    assert "No reader ratings yet." in caching_proxy.get(url).text
    assert caching_proxy.cache_status(url) == "HIT"
    review = make_review(product, 5, approved=False, title="Soothing")

    moderate_reviews([review.pk], "approve")

    html = caching_proxy.get(url).text
    assert "5.0 out of 5" in html
    assert "Soothing" in html
