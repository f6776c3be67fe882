"""Passages of a page's body that can answer a reader's question on their own.

The questions queue suggests them to editors, and the comment form offers them
to readers as "answered before". Read from the stored blocks, so no image,
product or link is loaded to get at the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import slugify

TEXT_BLOCKS = ("paragraph", "bullets", "quote")


@dataclass(frozen=True)
class Note:
    """Words kept outside the pages (a product's notes, say) that may answer a
    reader's question; an app offers them under core's QUESTION_NOTES hook."""

    key: str  # unique across apps: "product:<id>"
    kind: str  # what editors see it as: "Product notes"
    title: str
    text: str
    url: str  # from the site's root


@dataclass(frozen=True)
class Passage:
    text: str
    heading: str = ""

    @property
    def anchor(self) -> str:
        """The id of the heading the passage sits under (see heading.html)."""
        return slugify(self.heading)


def _block_texts(kind: str, value) -> list[str]:
    if kind == "paragraph":
        paragraphs = str(value).replace("</p>", "</p>\n").split("\n")
        return [strip_tags(p) for p in paragraphs]
    if kind == "bullets":
        items = [
            item.get("value", "") if isinstance(item, dict) else item for item in value
        ]
        return ["; ".join(str(item) for item in items)]
    return [value.get("text", "")]


def body_passages(body) -> list[Passage]:
    """Each paragraph, list and quote of a StreamField body, with its heading."""
    passages = []
    heading = ""
    for block in body.raw_data:
        kind, value = block["type"], block["value"]
        if kind == "heading":
            heading = str(value)
        elif kind in TEXT_BLOCKS:
            passages += [
                Passage(" ".join(text.split()), heading)
                for text in _block_texts(kind, value)
                if text.strip()
            ]
    return passages
