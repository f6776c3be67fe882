"""Decide whether a reader's comment asks something the site should answer."""

import re

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
LEAD_IN = re.compile(
    r"^(?:(?:hi|hello|hey|dear|thanks|thank you|ok|okay|so|and|but|also|well|"
    r"quick question|question|marta|please)\b[\s,:;!.-]*)+",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+|\n+")
WORD = re.compile(r"[a-z']+")


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def sentence_asks(sentence: str) -> bool:
    """True if one sentence is a question, by its mark, first word or a phrase."""
    if sentence.rstrip().endswith("?"):
        return True
    lowered = sentence.lower().replace("’", "'")
    if any(phrase in lowered for phrase in QUESTION_PHRASES):
        return True
    # Drop a greeting such as "Hi Marta," before looking at the first word.
    body = LEAD_IN.sub("", lowered.split(",", 1)[-1] if _greets(lowered) else lowered)
    first = WORD.match(body.strip())
    return bool(first) and first.group(0) in QUESTION_OPENERS


def _greets(sentence: str) -> bool:
    return bool(re.match(r"^(hi|hello|hey|dear)\b[^,]{0,30},", sentence))


def is_question(text: str) -> bool:
    """True if any sentence of the comment asks something."""
    return any(sentence_asks(sentence) for sentence in sentences(text))


def asks_the_publication(text: str, parent=None, reviewer_name: str = "") -> bool:
    """True for a question the site should answer: a top-level comment that
    asks, or a reply that asks the reviewer or an editor (it answers one of
    theirs, or names the reviewer). Readers asking each other are chatter."""
    if not is_question(text):
        return False
    if parent is None or parent.role:
        return True
    first_name = reviewer_name.split()[0] if reviewer_name.strip() else ""
    return bool(first_name) and bool(
        re.search(rf"\b{re.escape(first_name)}\b", text, re.IGNORECASE)
    )
