"""Decide whether a reader's comment asks something the site should answer.

Readers often open by naming the page's reviewer ("Hi <name>, ..."); the
callers pass the reviewer's names, so no one's name is written here.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

# A sentence that opens with one of these asks something, with or without "?".
QUESTION_OPENERS = (
    "how",
    "what",
    "why",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "can",
    "could",
    "should",
    "would",
    "will",
    "shall",
    "may",
    "might",
    "must",
    "does",
    "do",
    "did",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "isn't",
    "aren't",
    "doesn't",
    "don't",
    "can't",
    "won't",
    "any",
    "anyone",
    "anybody",
)
# Phrases anywhere in a sentence that ask for an answer.
QUESTION_PHRASES = (
    "i wonder",
    "i was wondering",
    "wondering if",
    "wondering whether",
    "need to know",
    "want to know",
    "like to know",
    "love to know",
    "please advise",
    "please let me know",
    "can you tell me",
    "could you tell me",
    "any advice",
    "any recommendations",
    "any suggestions",
    "is it safe",
    "is it ok",
    "is it okay",
    "does anyone know",
    "not sure if",
    "not sure whether",
)
# Greetings and fillers that may come before the question word.
LEAD_IN_WORDS = (
    "hi|hello|hey|dear|thanks|thank you|ok|okay|so|and|but|also|well|"
    "quick question|question|please"
)
GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear)\b[^,]{0,30},", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+|\n+")
WORD = re.compile(r"[a-z']+")


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


@lru_cache(maxsize=64)
def _lead_in(names: tuple[str, ...]) -> re.Pattern:
    words = "|".join([*(re.escape(name) for name in names), LEAD_IN_WORDS])
    return re.compile(rf"^(?:(?:{words})\b[\s,:;!.-]*)+", re.IGNORECASE)


def addressed_names(reviewer_name: str) -> tuple[str, ...]:
    """What readers call the page's reviewer: the full name and the first."""
    parts = reviewer_name.split()
    return (" ".join(parts), parts[0]) if parts else ()


def without_greeting(text: str) -> str:
    """The text without an opening "Hi <name>," (up to its comma)."""
    return GREETING.sub("", text, count=1)


def sentence_asks(sentence: str, names: Iterable[str] = ()) -> bool:
    """True if one sentence is a question, by its mark, first word or a phrase.
    `names` may open it before the question word ("<name>, how ...")."""
    if sentence.rstrip().endswith("?"):
        return True
    lowered = sentence.lower().replace("’", "'")
    if any(phrase in lowered for phrase in QUESTION_PHRASES):
        return True
    # Drop a greeting ("Hi <name>,") and lead-ins before the first word.
    body = _lead_in(tuple(names)).sub("", without_greeting(lowered))
    first = WORD.match(body.strip())
    return bool(first) and first.group(0) in QUESTION_OPENERS


def is_question(text: str, names: Iterable[str] = ()) -> bool:
    """True if any sentence of the comment asks something."""
    names = tuple(names)
    return any(sentence_asks(sentence, names) for sentence in sentences(text))


def asks_the_publication(text: str, parent=None, reviewer_name: str = "") -> bool:
    """True for a question the site should answer: a top-level comment that
    asks, or a reply that asks the reviewer or an editor (it answers one of
    theirs, or names the reviewer). Readers asking each other are chatter."""
    names = addressed_names(reviewer_name)
    if not is_question(text, names):
        return False
    if parent is None or parent.role:
        return True
    return bool(names) and bool(
        re.search(rf"\b{re.escape(names[-1])}\b", text, re.IGNORECASE)
    )
