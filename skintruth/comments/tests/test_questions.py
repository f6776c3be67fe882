"""Which comments count as reader questions."""

import pytest

from skintruth.comments.questions import is_question

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
