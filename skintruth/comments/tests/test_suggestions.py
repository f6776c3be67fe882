"""Suggested answers from the site's own words, for readers' questions."""

import pytest

from skintruth.comments.suggestions import keywords, overlap, suggest_answers
from skintruth.shop.tests.factories import make_product

GUIDE = "at-home-microcurrent-devices-guide"


def test_keywords_keep_the_telling_words_of_a_question():
    words = keywords("Hi Marta, does microcurrent really lift the jawline?")

    assert words == ["microcurrent", "lift", "jawline"]


def test_overlap_matches_a_word_and_its_plural():
    assert overlap(["jawline", "gel"], "Jawlines look crisper with enough gel.") == 2


@pytest.fixture
def indexed_demo(demo, search_index):
    return demo


def test_a_question_on_microcurrent_and_the_jawline_finds_the_guides_passage(
    indexed_demo,
):
    found = suggest_answers("Can microcurrent do anything for my jawline?")

    best = found[0]
    assert best.title == "The Truth About At-Home Microcurrent"
    assert "jawline" in best.text.lower()
    assert best.url == f"/reviews/{GUIDE}/#what-can-microcurrent-do-for-you"


def test_an_earlier_staff_answer_is_suggested_for_a_like_question(indexed_demo):
    found = suggest_answers("How close to my eyes can I use the microcurrent device?")

    earlier = [s for s in found if s.kind == "Earlier answer"]
    assert earlier and "brow bone" in earlier[0].text


def test_a_question_with_nothing_on_the_site_gets_no_suggestion(indexed_demo):
    assert suggest_answers("Which football team wins the league?") == []


def test_a_products_directions_answer_a_question_about_using_it(db, search_index):
    product = make_product("Barrier Balm", "28.00")
    product.how_to_use = "Warm a pea-sized amount between fingertips at night."
    product.ingredients = "Squalane, ceramides"
    product.save()
    search_index()

    found = suggest_answers("How much barrier balm should I warm at night?")

    notes = [s for s in found if s.kind == "Product notes"]
    assert notes and notes[0].title == "Barrier Balm"
    assert "pea-sized" in notes[0].text and "Squalane" in notes[0].text
    assert notes[0].url == product.get_absolute_url()
