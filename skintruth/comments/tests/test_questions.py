"""Which comments count as reader questions."""

from types import SimpleNamespace

import pytest

from skintruth.comments.demo_content import MICROCURRENT, REVIEWER
from skintruth.comments.questions import asks_the_publication, is_question

QUESTIONS = [
    "Is microcurrent safe for me?",
    "How close to the eyes can I go",
    "Can I use it while pregnant. I've had mixed answers.",
    "Loved this. Does it work on the neck",
    "Hi Marta, how often should I use it",
    "I just bought one and need to know if it works on arms.",
    "I was wondering whether the gel matters",
    "Thanks! What about sensitive skin",
    "Any recommendations for a budget device",
    "Great piece.\nShould I use it before or after serum",
    "Does anyone know if the cheaper ones work",
    "Hello, is it ok to use every day",
]
STATEMENTS = [
    "Lovely article, thank you.",
    "I use mine every evening and love it.",
    "Howard recommended this site to me.",
    "Canada has great skincare brands.",
    "This is how I do it: gel first, then the device.",
    "Whatever works for you is fine.",
    "",
    "Doing this since 2019 and my skin looks better.",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_comment_that_asks_something_is_a_question(text):
    assert is_question(text)


@pytest.mark.parametrize("text", STATEMENTS)
def test_comment_that_only_states_is_not_a_question(text):
    assert not is_question(text)


# The demo thread on the microcurrent guide, by key: the questions readers put
# to the site, and the remarks and reader-to-reader questions that are chatter.
FOR_THE_PUBLICATION = {
    "dawn",
    "debbie",
    "karen",
    "leslie",
    "ruth",
    "helen",
    "maria",
    "yvonne",
    "lin",
}


def _demo_thread():
    by_key = {}
    for key, parent_key, name, _days, text in MICROCURRENT:
        role = "reviewer" if name == REVIEWER else ""
        by_key[key] = SimpleNamespace(role=role, text=text, parent=parent_key)
    return by_key


def test_the_demo_threads_questions_for_the_site_are_told_from_chatter():
    thread = _demo_thread()
    asked = {
        key
        for key, comment in thread.items()
        if not comment.role
        and asks_the_publication(
            comment.text, thread.get(comment.parent), "Marta Lindqvist"
        )
    }

    assert asked == FOR_THE_PUBLICATION
    # Nadia asked Claire, another reader: a question, but not for the site.
    assert is_question(thread["nadia-r1"].text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Marta, does this work with retinol?", True),
        ("Does this work with retinol?", False),
        ("Thanks Marta, lovely article.", False),
    ],
)
def test_a_reply_to_a_reader_asks_the_site_only_when_it_names_the_reviewer(text, asks):
    reader = SimpleNamespace(role="")

    assert asks_the_publication(text, reader, "Marta Lindqvist") is asks


def test_a_reply_to_the_reviewer_that_asks_is_for_the_site():
    reviewer_answer = SimpleNamespace(role="reviewer")

    assert asks_the_publication("And for the neck?", reviewer_answer, "Marta")


def test_a_question_that_opens_with_the_reviewers_name_asks_the_site():
    text = "Marta how often should I use it"

    assert asks_the_publication(text, None, "Marta Lindqvist")
    assert asks_the_publication("Priya how often should I use it", None, "Priya Raman")
    assert not is_question(text)  # no name is known without the page's reviewer
