"""JSON-LD in the page head: whatever the page's own `json_ld()` describes."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe

# As Django's json_script does: nothing in the data can close the <script>.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_script(data: dict | list) -> SafeString:
    """A <script type="application/ld+json"> element, safely escaped."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def structured_data(page, request, comments=None) -> list[dict]:
    """The JSON-LD objects a page gives of itself (see core.metadata)."""
    describe = getattr(page, "json_ld", None)
    return describe(request, comments) if describe else []
