"""Small helpers for writing sentences around text that readers chose."""

from django import template

register = template.Library()

SENTENCE_ENDS = (".", "!", "?", "…")


@register.filter
def full_stop_after(text: str) -> str:
    """The full stop a sentence ending in `text` still needs: none after a name
    that already ends in one ("Walker M."), "." otherwise."""
    return "" if str(text).rstrip().endswith(SENTENCE_ENDS) else "."
