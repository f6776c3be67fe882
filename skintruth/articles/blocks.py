"""The body of reviews and stories: the plain blocks plus the shop's product card."""

from wagtail import blocks

from skintruth.core.pages.blocks import (
    BulletListBlock,
    CaptionedImageBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
)
from skintruth.shop.catalogue.blocks import ProductBlock


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    bullets = BulletListBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    product = ProductBlock()
