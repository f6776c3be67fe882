"""Near-miss spelling: a query word nothing matches, read as the indexed word
one keystroke away ("microcurent" as "microcurrent")."""

import re
import string
from collections import Counter

from django.core.cache import cache
from django.db import connection
from wagtail.search.models import IndexEntry

VOCABULARY_CACHE_KEY = "sitesearch:vocabulary"
# New words become suggestions within this time; the index is read at most once.
VOCABULARY_CACHE_SECONDS = 15 * 60
# Shorter words have too many neighbours one edit away to guess between.
MIN_WORD_LENGTH = 4
LETTERS = string.ascii_lowercase + string.digits
WORD = re.compile(r"[^\W_]+")


def _text_columns() -> tuple[str, str]:
    # PostgreSQL keeps vectors in title/body and the plain text beside them.
    if connection.vendor == "postgresql":
        return ("title_text", "body_text")
    return ("title", "body")


def build_vocabulary() -> dict[str, int]:
    """Every indexed word of MIN_WORD_LENGTH or more, with how many entries have it."""
    counts: Counter[str] = Counter()
    rows = IndexEntry.objects.values_list(*_text_columns()).iterator(chunk_size=500)
    for title, body in rows:
        words = WORD.findall(f"{title or ''} {body or ''}".lower())
        counts.update({word for word in words if len(word) >= MIN_WORD_LENGTH})
    return dict(counts)


def vocabulary() -> dict[str, int]:
    """The indexed words, read from the cache and built when it has none."""
    words = cache.get(VOCABULARY_CACHE_KEY)
    if words is None:
        words = build_vocabulary()
        cache.set(VOCABULARY_CACHE_KEY, words, VOCABULARY_CACHE_SECONDS)
    return words


def one_edit_away(word: str) -> set[str]:
    """Words one deletion, insertion, substitution or swap of neighbours away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    swaps = {
        left + right[1] + right[0] + right[2:]
        for left, right in splits
        if len(right) > 1
    }
    replaces = {
        left + c + right[1:] for left, right in splits if right for c in LETTERS
    }
    inserts = {left + c + right for left, right in splits for c in LETTERS}
    return (deletes | swaps | replaces | inserts) - {word}


def correct_word(word: str, known: dict[str, int]) -> str:
    """The word itself if indexed or too short, else its most common near miss."""
    lowered = word.lower()
    if len(lowered) < MIN_WORD_LENGTH or lowered in known:
        return word
    candidates = [c for c in one_edit_away(lowered) if c in known]
    if not candidates:
        return word
    return min(candidates, key=lambda c: (-known[c], c))


def corrected_query(terms: list[str]) -> str | None:
    """The query with its unknown words corrected; None if nothing changed."""
    known = vocabulary()
    corrected = [correct_word(term, known) for term in terms]
    return " ".join(corrected) if corrected != terms else None
