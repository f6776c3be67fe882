"""What the catalogue knows that may answer a reader's question: product notes.

Offered under core's QUESTION_NOTES hook, so the discussion's suggested answers
read the shop without importing it.
"""

from django.utils.html import strip_tags
from oscar.core.loading import get_model
from wagtail.search.query import PlainText

from skintruth.core.pages.passages import Note


def product_notes(query: str, limit: int) -> list[Note]:
    """Description, directions and ingredients of the products the search finds."""
    Product = get_model("catalogue", "Product")
    products = Product.objects.browsable().search(PlainText(query, operator="or"))
    return [_notes_of(product) for product in products[:limit]]


def _notes_of(product) -> Note:
    text = " ".join(
        part
        for part in (strip_tags(product.description or ""), product.how_to_use)
        if part
    )
    if product.ingredients:
        text += f" Ingredients: {product.ingredients}"
    return Note(
        key=f"product:{product.pk}",
        kind="Product notes",
        title=product.get_title(),
        text=text,
        url=product.get_absolute_url(),
    )
