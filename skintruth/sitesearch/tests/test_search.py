"""Site search: every kind of content, grouped, highlighted and paginated."""

import json
from pathlib import Path

import pytest
from django.db import connection
from oscar.test.factories import create_product
from wagtail.models import PageViewRestriction

from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
)
from skintruth.seo.tests.helpers import count_queries
from skintruth.sitesearch.services import clean_query, excerpt, highlight
from skintruth.stories.tests.factories import StoryIndexPageFactory, StoryPageFactory
from skintruth.videos.tests.factories import VideoIndexPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db

INJECTIONS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "%",
    "\x00microcurrent",
    "mark</mark><b>",
    "AND OR NOT",
    "((((",
    "*" * 300,
]
BLNS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "blns.json"


@pytest.fixture
def site(site, search_index):
    marta = ContributorPageFactory(
        parent=site["directory"],
        title="Marta Lindqvist",
        bio="Marta has tested every microcurrent device on the market.",
    )
    ArticlePageFactory(
        parent=site["reviews"],
        title="The Truth About At-Home Microcurrent",
        standfirst="Handheld microcurrent devices promise a lifted face.",
        reviewer=marta,
    )
    ArticlePageFactory(
        parent=site["reviews"],
        title="Retinol for beginners",
        standfirst="Go slowly.",
        reviewer=marta,
    )
    videos = VideoIndexPageFactory(parent=site["home"])
    VideoPageFactory(parent=videos, title="A microcurrent routine")
    stories = StoryIndexPageFactory(parent=site["home"])
    StoryPageFactory(
        parent=stories, title="June at the wheel", standfirst="Microcurrent? Never."
    )
    create_product(title="Glow Microcurrent Device", price=99, num_in_stock=2)
    create_product(title="Plain Cleanser", price=9, num_in_stock=2)
    search_index()
    site["marta"] = marta
    return site


def test_search_finds_every_kind_and_groups_them(site, client):
    html = client.get("/search/", {"q": "microcurrent"}).content.decode()

    for heading in ["Reviews and guides", "Products", "Videos", "Stories"]:
        assert f">{heading}</h2>" in html
    assert ">Contributors</h2>" in html
    assert "/reviews/the-truth-about-at-home-microcurrent/" in html
    assert "Plain Cleanser" not in html and "Retinol for beginners" not in html


def test_matching_words_are_highlighted(site, client):
    html = client.get("/search/", {"q": "MICROCURRENT"}).content.decode()
    assert "At-Home <mark>Microcurrent</mark></a>" in html
    assert "Glow <mark>Microcurrent</mark> Device" in html


def test_one_kind_is_paginated(site, client, search_index):
    reviews = site["reviews"]
    for n in range(12):
        ArticlePageFactory(
            parent=reviews, title=f"Peptide test {n}", reviewer=site["marta"]
        )

    search_index()
    first = client.get("/search/", {"q": "peptide", "kind": "articles"})
    second = client.get("/search/", {"q": "peptide", "kind": "articles", "page": 2})

    assert first.content.decode().count("<h3>") == 10
    assert second.content.decode().count("<h3>") == 2
    assert "kind=articles&amp;page=2" in first.content.decode()


def test_all_results_show_a_few_per_kind_with_a_link_to_the_rest(
    site, client, search_index
):
    for n in range(6):
        ArticlePageFactory(
            parent=site["reviews"], title=f"Peptide test {n}", reviewer=site["marta"]
        )
    search_index()
    html = client.get("/search/", {"q": "peptide"}).content.decode()
    assert html.count("<h3>") == 4
    assert "All 6 reviews and guides" in html


def test_empty_query_invites_a_search_without_results(site, client):
    html = client.get("/search/", {"q": "   "}).content.decode()
    assert "e.g. <a href" in html and "result" not in html.split("<h1>")[1]


def test_punctuation_only_query_says_there_are_no_words(site, client):
    html = client.get("/search/", {"q": "*** !!"}).content.decode()
    assert "has no letters or numbers" in html


def test_nothing_found_says_so(site, client):
    html = client.get("/search/", {"q": "zzyzx"}).content.decode()
    assert "Nothing matched “zzyzx”" in html


def test_unknown_kind_and_bad_page_fall_back_gracefully(site, client):
    response = client.get("/search/", {"q": "microcurrent", "kind": "x", "page": "z"})
    assert response.status_code == 200
    assert ">Products</h2>" in response.content.decode()


def hostile_strings() -> list[str]:
    strings = list(INJECTIONS)
    if BLNS.exists():
        strings += json.loads(BLNS.read_text())[::25]
    return strings


def test_hostile_queries_are_never_rendered_as_html(site, client):
    for query in hostile_strings():
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200, query
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html


def test_highlight_escapes_before_marking():
    assert highlight("<b>Retinol</b> & co", ["retinol"]) == (
        "&lt;b&gt;<mark>Retinol</mark>&lt;/b&gt; &amp; co"
    )
    assert highlight("a & b", ["amp"]) == "a &amp; b"


def test_clean_query_drops_control_characters_and_caps_length():
    assert clean_query("  retinol\x00\n cream ") == "retinol cream"
    assert len(clean_query("a" * 1000)) == 200


def test_excerpt_centres_on_the_first_match():
    text = "filler " * 80 + "the microcurrent part " + "filler " * 80
    snippet = excerpt(text, ["microcurrent"])
    assert "microcurrent" in snippet and snippet.startswith("… ")


def test_pages_in_a_private_section_are_not_found(site, client, search_index):
    PageViewRestriction.objects.create(
        page=site["reviews"], restriction_type="password", password="editors"
    )

    html = client.get("/search/", {"q": "microcurrent"}).content.decode()

    assert ">Videos</h2>" in html
    assert ">Reviews and guides</h2>" not in html
    assert "At-Home" not in html


def test_search_runs_in_a_fixed_number_of_queries(site, client, search_index):
    few = count_queries(client, "/search/?q=microcurrent")
    for n in range(5):
        ArticlePageFactory(
            parent=site["reviews"], title=f"Microcurrent {n}", reviewer=site["marta"]
        )
        create_product(title=f"Microcurrent gadget {n}", price=9, num_in_stock=1)
    search_index()
    assert count_queries(client, "/search/?q=microcurrent") == few


def test_database_full_text_engine_matches_the_database(site):
    from wagtail.search.backends import get_search_backend

    backend = type(get_search_backend()).__module__
    expected = "postgres" if connection.vendor == "postgresql" else "sqlite"
    assert expected in backend


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full text only"
)
def test_postgresql_product_search_uses_stemming(site, client):
    html = client.get("/search/", {"q": "devices", "kind": "products"}).content
    assert "Glow <mark>Microcurrent</mark> Device" not in html.decode()
    assert "Glow Microcurrent Device" in html.decode()


def test_a_product_is_found_by_a_word_only_its_description_has(
    site, client, search_index
):
    create_product(
        title="Night Balm",
        price=30,
        num_in_stock=2,
        description="<p>Rich in <strong>squalane</strong> for dry winter skin.</p>",
    )

    search_index()
    html = client.get(
        "/search/", {"q": "squalane", "kind": "products"}
    ).content.decode()

    assert "Night Balm" in html
    assert "Rich in <mark>squalane</mark> for dry winter skin." in html
    assert "<strong>" not in html


def test_the_shops_own_search_hands_over_to_the_site_search(client, db):
    response = client.get("/shop/search/", {"q": "vitamin c"})

    assert response.status_code == 302
    assert response["Location"] == "/search/?q=vitamin+c&kind=products"
