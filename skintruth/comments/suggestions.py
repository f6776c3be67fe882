"""Answers the site has already written, found for a reader's question.

The site's search picks the pages that match the question best; within them
(and in earlier staff answers and product notes) each passage is scored by how
many of the question's words it shares, with a bonus for the search's order.
Editors see these in the questions queue; readers see earlier answers while
they type a question.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.db.models import Q
from wagtail import hooks
from wagtail.models import Page
from wagtail.search.query import PlainText

from skintruth.core.hooks import QUESTION_NOTES
from skintruth.core.operations.site_url import absolute_url
from skintruth.core.pages.metadata import AnswerSource

from .models import Comment, Role
from .questions import without_greeting

MAX_KEYWORDS = 8
MAX_PAGES = 6
MAX_EARLIER_ANSWERS = 40
MAX_NOTES_PER_APP = 3
PASSAGE_LENGTH = 400
WORD = re.compile(r"[a-zA-Z][a-zA-Z'-]+")
_STOPWORDS = """a about above after again all also am an and any anyone anything are
as at be because been before being below between both but by can can't could
did do does doing don't down during each few for from further get got had has
have having he her here hers how i i'd i'm i've if in into is isn't it it's its
just know like me might more most my no nor not now of off on once only or
other our out over own please really same she should so some such than thank
thanks that the their them then there these they this those through to too
under until up use used using very want was we were what when where which while
who whom why will with would you your yours hi hello dear anybody
everyone something thing things much many one ones way give gives make makes
help helps work works try tried good better best love another year years
keep results result"""
STOPWORDS = frozenset(_STOPWORDS.split())


@dataclass
class Suggestion:
    """One passage that may answer the question, and where it lives."""

    key: str  # looks the passage up again: "page:<id>:<n>", "comment:<id>", ...
    kind: str
    title: str
    text: str
    url: str  # on this site, from its root: "/reviews/...#anchor"
    covered: set[str] = field(default_factory=set)  # the question's words it has
    bonus: float = 0.0  # context: the search's order, the page title, ...
    score: float = 0.0

    def quoted_reply(self) -> str:
        """The start of a reply that quotes this passage and links to it."""
        return f"“{self.text}”\n\nMore in “{self.title}”: {self.absolute_url}\n\n"

    @property
    def absolute_url(self) -> str:
        return absolute_url(self.url)


def keywords(text: str) -> list[str]:
    """The question's telling words, lower-cased, first appearance first."""
    seen: list[str] = []
    text = without_greeting(text)  # "Hi <name>," names no subject
    for word in WORD.findall(text.lower().replace("’", "'")):
        word = word.strip("'-")
        if len(word) >= 3 and word not in STOPWORDS and word not in seen:
            seen.append(word)
    return seen[:MAX_KEYWORDS]


def _stem(word: str) -> str:
    return word[: max(3, len(word) - 2)]


def _covered(words: list[str], text: str) -> set[str]:
    found = {_stem(w) for w in WORD.findall(text.lower())}
    prefixes = {f[:n] for f in found for n in range(3, len(f) + 1)}
    return {word for word in words if _stem(word) in prefixes}


def overlap(words: list[str], text: str) -> int:
    """How many of the words the text contains (by stem: jawline ~ jawlines)."""
    return len(_covered(words, text))


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= PASSAGE_LENGTH:
        return text
    return text[: text.rfind(" ", 0, PASSAGE_LENGTH)] + " …"


def _matching_pages(words: list[str]) -> list[Page]:
    query = PlainText(" ".join(words), operator="or")
    ids = [page.pk for page in Page.objects.live().public().search(query)[:MAX_PAGES]]
    pages = Page.objects.filter(pk__in=ids).specific()
    return sorted(pages, key=lambda page: ids.index(page.pk))


def _page_suggestions(words: list[str]) -> list[Suggestion]:
    found = []
    for rank, page in enumerate(_matching_pages(words)):
        if not isinstance(page, AnswerSource):
            continue
        # The search's order breaks ties; the page's title counts a little,
        # as the passage is read in its light.
        bonus = 1 / (rank + 2) + 0.5 * overlap(words, page.title)
        for position, passage in enumerate(page.answer_passages()):
            anchor = f"#{passage.anchor}" if passage.anchor else ""
            found.append(
                Suggestion(
                    key=f"page:{page.pk}:{position}",
                    kind=page.specific_class._meta.verbose_name.capitalize(),
                    title=page.title,
                    text=_short(passage.text),
                    url=page.url + anchor,
                    covered=_covered(words, f"{passage.heading} {passage.text}"),
                    bonus=bonus,
                )
            )
    return found


def _earlier_answers(words: list[str], question_id=None) -> list[Suggestion]:
    matches = Q()
    for word in words:
        matches |= Q(text__icontains=_stem(word))
    answers = (
        Comment.objects.approved()
        .exclude(role=Role.READER)
        .filter(matches)
        .select_related("page", "parent")
        .order_by("-created_at")[:MAX_EARLIER_ANSWERS]
    )
    return [
        Suggestion(
            key=f"comment:{answer.pk}",
            kind="Earlier answer",
            title=answer.page.title,
            text=_short(answer.text),
            url=f"{answer.page.url}#comment-{answer.pk}",
            # A like question counts a little extra: like questions, like answers.
            covered=_covered(words, f"{_asked(answer)} {answer.text}"),
            bonus=0.5 * overlap(words, _asked(answer)),
        )
        for answer in answers
        if answer.parent_id != question_id  # not the answer to this very question
    ]


def _asked(answer: Comment) -> str:
    return answer.parent.text if answer.parent else ""


def _notes(words: list[str]) -> list[Suggestion]:
    """Notes other apps keep outside the pages (the shop's product notes)."""
    query = " ".join(words)
    return [
        Suggestion(
            key=note.key,
            kind=note.kind,
            title=note.title,
            text=_short(note.text),
            url=note.url,
            covered=_covered(words, note.text),
        )
        for find in hooks.get_hooks(QUESTION_NOTES)
        for note in find(query, MAX_NOTES_PER_APP)
    ]


def suggest_answers(text: str, *, limit: int = 3, question_id=None) -> list[Suggestion]:
    """The best passages the site has for a question, best first."""
    words = keywords(text)
    if not words:
        return []
    found = (
        _page_suggestions(words) + _earlier_answers(words, question_id) + _notes(words)
    )
    # A longer question needs more of its words in a passage to be answered.
    needed = 1 if len(words) <= 2 else 2 if len(words) <= 5 else 3
    found = [s for s in found if len(s.covered) >= needed]
    _score(found)
    found.sort(key=lambda s: s.score, reverse=True)
    return found[:limit]


def _score(found: list[Suggestion]) -> None:
    """A word few passages share says more than one most of them have (IDF)."""
    counts: dict[str, int] = {}
    for suggestion in found:
        for word in suggestion.covered:
            counts[word] = counts.get(word, 0) + 1
    for suggestion in found:
        suggestion.score = suggestion.bonus + sum(
            1 + math.log(len(found) / counts[word]) for word in suggestion.covered
        )
