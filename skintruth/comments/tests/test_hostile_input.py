"""Whatever a visitor writes is shown inert, character for character."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from skintruth.comments.models import Comment, Status
from skintruth.comments.services import clean_text
from skintruth.comments.text import render_plain_text

BLNS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "blns.json"
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<a href=\"javascript:alert('x')\">click</a>",
    "<svg/onload=alert(1)>",
    "{{ request.user }} {% csrf_token %}",
    "<iframe src=//evil.example></iframe>",
    "&lt;b&gt;already escaped&lt;/b&gt; &amp;",
    "http://example.com/<script>alert(1)</script>",
    'https://example.com/"onmouseover="alert(1)',
    "<!-- comment --> ]]> <![CDATA[x]]>",
    "line one\nline two\n\nline four",
    "<style>body{display:none}</style>",
]


class Reader(HTMLParser):
    """Collects the text of each .comment__text and every tag inside it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.tags, self._depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class", "")
        if tag == "div" and "comment__text" in classes:
            self._depth = 1
            self.texts.append("")
        elif self._depth:
            self.tags.append((tag, dict(attrs)))
            if tag == "br":
                self.texts[-1] += "\n"
            elif tag != "a":
                self._depth += 1

    def handle_endtag(self, tag):
        if self._depth and tag == "div":
            self._depth = 0

    def handle_data(self, data):
        if self._depth:
            self.texts[-1] += data


def shown(html: str) -> tuple[list[str], list]:
    reader = Reader()
    reader.feed(html)
    return [t.replace("<br>\n", "\n") for t in reader.texts], reader.tags


def as_shown(text: str) -> str:
    """What a reader should see: the stored text, with <br> + newline per break."""
    return clean_text(text).replace("\n", "\n\n")


def hostile_strings() -> list[str]:
    strings = list(PAYLOADS)
    if BLNS.exists():
        strings += [s for s in json.loads(BLNS.read_text()) if s.strip()]
    return [s for s in strings if "\x00" not in s][:700]


@pytest.mark.parametrize("text", PAYLOADS)
def test_payload_renders_as_the_same_characters_and_no_markup(text):
    texts, tags = shown(f'<div class="comment__text">{render_plain_text(text)}</div>')
    assert texts == [as_shown(text)]
    assert {tag for tag, _ in tags} <= {"a", "br"}
    for tag, attrs in tags:
        if tag == "a":
            assert attrs["rel"] == "nofollow ugc noopener"
            assert attrs["href"].startswith(("http://", "https://"))
            assert set(attrs) == {"href", "rel"}


def test_urls_become_nofollow_links_without_trailing_punctuation():
    html = render_plain_text("Read https://example.com/a?b=1&c=2.")
    assert html == (
        'Read <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener">'
        "https://example.com/a?b=1&amp;c=2</a>."
    )


def test_every_hostile_string_is_shown_inert_on_the_article_page(client, article):
    strings = hostile_strings()
    Comment.objects.bulk_create(
        Comment(
            page=article,
            name=text[:80],
            email="x@example.com",
            text=clean_text(text) or "-",
            status=Status.APPROVED,
        )
        for text in strings
    )
    html = client.get(article.url + "?shown=500").content.decode()
    texts, tags = shown(html)

    stored = Comment.objects.order_by("-created_at", "-pk").values_list(
        "text", flat=True
    )[:500]
    assert texts == [t.replace("\n", "\n\n") for t in stored]
    assert {tag for tag, _ in tags} <= {"a", "br"}


def test_blns_file_is_used_when_present():
    if not BLNS.exists():
        pytest.skip("../shared/data/blns.json is not beside this checkout")
    assert len(hostile_strings()) > len(PAYLOADS)


def test_hostile_comment_posted_through_the_form_is_stored_as_typed(post, article):
    for number, payload in enumerate(PAYLOADS[:6]):
        post(
            text=payload, email=f"p{number}@example.com", remote_addr=f"10.2.0.{number}"
        )
    assert sorted(Comment.objects.values_list("text", flat=True)) == sorted(
        PAYLOADS[:6]
    )
