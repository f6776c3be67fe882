"""Readers search the publication."""

import pytest

from skintruth.core.tests.factories import ArticlePageFactory, build_site
from skintruth.sitesearch.services import MAX_QUERY_LENGTH, clean_query


@pytest.fixture
def site(db):
    return build_site()


def test_search_finds_an_article_by_a_word_in_its_title(site, client):
    ArticlePageFactory(parent=site["reviews"], title="The truth about microcurrent")
    ArticlePageFactory(parent=site["reviews"], title="Sunscreen, reapplied")

    html = client.get("/search/", {"q": "microcurrent"}).text

    assert "The truth about microcurrent" in html
    assert "Sunscreen, reapplied" not in html
    assert "1 result for" in html


def test_empty_query_shows_suggestions_not_an_error(site, client):
    html = client.get("/search/", {"q": "   "}).text

    assert "e.g." in html and "result" not in html


def test_hostile_query_is_shown_as_text(site, client):
    html = client.get("/search/", {"q": "<script>alert(1)</script>"}).text

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_queries_are_trimmed_and_capped():
    assert clean_query("  vitamin   c \n") == "vitamin c"
    assert len(clean_query("a" * 5000)) == MAX_QUERY_LENGTH
