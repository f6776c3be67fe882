"""Show what a visitor wrote as plain text: escaped, line breaks kept, URLs linked."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
TRAILING = ".,;:!?)]}'\""
LINK_REL = "nofollow ugc noopener"


def count_links(text: str) -> int:
    return len(URL.findall(text)) + len(re.findall(r"<a\s", text, re.IGNORECASE))


def _link(url: str) -> str:
    return f'<a href="{escape(url)}" rel="{LINK_REL}">{escape(url)}</a>'


def render_plain_text(text: str) -> SafeString:
    """HTML for a comment: every character escaped, except links we build ourselves."""
    pieces = []
    position = 0
    for match in URL.finditer(text):
        url = match.group(0)
        trimmed = url.rstrip(TRAILING)
        if not trimmed or trimmed.lower() in ("http://", "https://"):
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(_link(trimmed))
        position = match.start() + len(trimmed)
    pieces.append(escape(text[position:]))
    html = "".join(pieces)
    html = html.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>\n")
    return mark_safe(html)  # noqa: S308 — every piece above is escaped
