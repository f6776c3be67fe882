"""Reading WebVTT captions: checking them and turning them into a transcript."""

import re

TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+")
TAG = re.compile(r"<[^>]*>")


def is_webvtt(text: str) -> bool:
    """A WebVTT file starts with the word WEBVTT (optionally after a BOM)."""
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    return first_line.startswith("WEBVTT")


def transcript_paragraphs(text: str) -> list[str]:
    """The spoken words of each cue, without header, cue ids, timings or tags."""
    if not text or not is_webvtt(text):
        return []
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())[1:]:
        lines = block.split("\n")
        timed = [i for i, line in enumerate(lines) if TIMING.match(line)]
        if not timed or lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        words = " ".join(lines[timed[0] + 1 :])
        words = " ".join(TAG.sub("", words).split())
        if words:
            paragraphs.append(words)
    return paragraphs
