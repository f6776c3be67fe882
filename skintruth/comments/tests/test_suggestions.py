"""Suggested answers from the site's own words, for readers' questions."""

import pytest

from skintruth.comments.suggestions import keywords, overlap, suggest_answers

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
