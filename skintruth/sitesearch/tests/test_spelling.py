"""Search forgives a one-letter slip and finds products by their brand."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from skintruth.contributors.models import ContributorPage
from skintruth.core.tests.factories import ArticlePageFactory, ContributorPageFactory
from skintruth.shop.tests.factories import make_product
from skintruth.sitesearch.spelling import VOCABULARY_CACHE_KEY, correct_word

Brand = get_model("catalogue", "Brand")
pytestmark = pytest.mark.django_db
GUIDE_URL = "/reviews/at-home-microcurrent-devices-guide/"


@pytest.fixture
def site(site, search_index):
    reviewer = ContributorPageFactory(parent=site["directory"], title="Marta Lind")
    ArticlePageFactory(
        parent=site["reviews"],
        title="At-home microcurrent devices guide",
        slug="at-home-microcurrent-devices-guide",
        standfirst="What twelve weeks of microcurrent did for our testers.",
        reviewer=reviewer,
    )
    ArticlePageFactory(
        parent=site["reviews"], title="Retinol basics", reviewer=reviewer
    )
    lumenra = Brand.objects.create(name="Lumenra")
    for title in ("Sculpt Wand", "Conductive Gel"):
        product = make_product(title, "20.00")
        product.brand = lumenra
        product.save()
    make_product("Plain Cleanser", "9.00")
    search_index()
    return site


def search(client, **params) -> str:
    return client.get("/search/", params).content.decode()


def test_a_one_letter_slip_finds_the_guide_and_says_what_was_searched(client, site):
    html = search(client, q="microcurent")
    assert GUIDE_URL in html
    assert "Showing results for <strong>microcurrent</strong>" in html
    assert 'href="?q=microcurent&amp;exact=1">microcurent</a>' in html


def test_the_reader_can_search_their_own_spelling(client, site):
    html = search(client, q="microcurent", exact="1")
    assert "Nothing matched “microcurent”" in html
    assert GUIDE_URL not in html


def test_a_correctly_spelled_query_is_not_corrected(client, site):
    html = search(client, q="microcurrent")
    assert GUIDE_URL in html
    assert "Showing results for" not in html


def test_a_word_nothing_resembles_still_finds_nothing(client, site):
    html = search(client, q="zzyzx")
    assert "Nothing matched “zzyzx”" in html
    assert "Showing results for" not in html


def test_a_brand_finds_its_products(client, site):
    html = search(client, q="Lumenra", kind="products")
    assert "Sculpt Wand" in html
    assert "Conductive Gel" in html
    assert html.count("Lumenra · in the shop") == 2
    assert "Plain Cleanser" not in html


def test_short_words_are_left_alone_and_swapped_letters_are_fixed():
    known = {"microcurrent": 3, "retinol": 5, "acid": 2}
    assert correct_word("aci", known) == "aci"
    assert correct_word("reitnol", known) == "retinol"
    assert correct_word("Retinol", known) == "Retinol"


def test_corrected_search_reads_the_index_words_once(client, site):
    search(client, q="retinl")  # warms every other cache too
    cache.delete(VOCABULARY_CACHE_KEY)
    with CaptureQueriesContext(connection) as first:
        search(client, q="microcurent")
    with CaptureQueriesContext(connection) as again:
        search(client, q="microcurent")
    assert len(again) == len(first) - 1


def test_corrected_search_query_count_does_not_grow_with_results(
    client, site, search_index, django_assert_max_num_queries
):
    for n in range(5):
        ArticlePageFactory(
            parent=site["reviews"],
            title=f"Microcurrent week {n}",
            reviewer=ContributorPage.objects.first(),
        )
    search_index()
    with django_assert_max_num_queries(32):
        search(client, q="microcurent")
