"""Plain body blocks (text, headings, quotes, images) any page type can use."""

from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

BODY_IMAGE_SPECS = ("width-1200", "width-800")


class BodyImageChooserBlock(ImageChooserBlock):
    """Loads every image of a body, and its renditions, in two queries."""

    def bulk_to_python(self, values):
        values = list(values)
        images = (
            get_image_model()
            .objects.prefetch_renditions(*BODY_IMAGE_SPECS)
            .in_bulk([pk for pk in values if pk is not None])
        )
        return [images.get(pk) for pk in values]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "core/blocks/heading.html"
        form_classname = "title"
        help_text = "A section heading inside the article (shown as a level-2 heading)."
        preview_value = "How does it work?"
        description = "A section heading"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=["bold", "italic", "link"], **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "core/blocks/paragraph.html"
        preview_value = (
            "<p>A paragraph of the article, with <b>bold</b>, <i>italic</i> "
            "and links.</p>"
        )
        description = "Running text"


class BulletListBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label="Point"), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "core/blocks/bullet_list.html"
        preview_value = ["Gentle enough for daily use", "Works best on damp skin"]
        description = "A bulleted list"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(
        required=False, help_text="Who said it, e.g. 'Dr Ana Ruiz, dermatologist'."
    )

    class Meta:
        icon = "openquote"
        template = "core/blocks/quote.html"
        preview_value = {
            "text": "Consistency beats intensity in every routine I have seen.",
            "attribution": "A dermatologist we trust",
        }
        description = "A pull quote with its source"


class CaptionedImageBlock(blocks.StructBlock):
    image = BodyImageChooserBlock()
    alt_text = blocks.CharBlock(
        help_text="Describe the image for readers who cannot see it."
    )
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "core/blocks/captioned_image.html"
        description = "An image with alt text and an optional caption"
