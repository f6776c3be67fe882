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


CUE_TIMING = re.compile(
    r"^(?P<start>(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})\s+-->\s+"
    r"(?P<end>(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$"
)


def seconds(timestamp: str) -> float:
    """'01:02.500' or '00:01:02.500' as seconds."""
    total = 0.0
    for part in timestamp.split(":"):
        total = total * 60 + float(part)
    return total


def webvtt_problem(text: str) -> tuple[int, str] | None:
    """The first line that breaks WebVTT, and why; None for a good file."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if not (lines[0] == "WEBVTT" or lines[0].startswith(("WEBVTT ", "WEBVTT\t"))):
        return 1, "the file must start with the word WEBVTT"
    for number, line in enumerate(lines[1:], start=2):
        if "-->" not in line:
            continue
        match = CUE_TIMING.match(line.strip())
        if not match:
            return number, (
                "the cue timing must look like '00:00:01.000 --> 00:00:04.000'"
            )
        minutes_or_seconds = [
            int(part)
            for stamp in match.group("start", "end")
            for part in stamp.split(".")[0].split(":")[-2:]
        ]
        if any(value > 59 for value in minutes_or_seconds):
            return number, "minutes and seconds in a cue timing go up to 59"
        if seconds(match["end"]) <= seconds(match["start"]):
            return number, "the cue must end after it starts"
    return None
