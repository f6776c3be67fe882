"""A Five Best edit reaches readers of the list and of the products it ranks."""

import pytest

from .factories import make_products, published_list

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_new_reason_reaches_the_list_its_index_and_the_products(caching_proxy, site):
    products = make_products(5)
    page = published_list(site, products)
    urls = [page.url, site["five_best"].url, products[0].get_absolute_url()]
    for url in urls:
        caching_proxy.get(url)
        assert caching_proxy.cache_status(url) == "HIT"

    pick = page.picks.first()
    pick.reason = "Calmed redness within a week."
    page.title = "Five Best for redness"
    page.save_revision().publish()

    assert "Calmed redness within a week." in caching_proxy.get(page.url).text
    for url in urls[1:]:
        assert "Five Best for redness" in caching_proxy.get(url).text, url
