"""A product card editors place in an article body."""

from wagtail import blocks

from skintruth.shop.catalogue.chooser import product_chooser_viewset

BaseProductChooserBlock = product_chooser_viewset.get_block_class(
    name="BaseProductChooserBlock", module_path="skintruth.shop.catalogue.blocks"
)


class ProductChooserBlock(BaseProductChooserBlock):
    """Loads every chosen product with its images and stock in fixed queries."""

    def bulk_to_python(self, values):
        values = list(values)
        products = self.model_class.objects.for_card().in_bulk(
            [pk for pk in values if pk is not None]
        )
        return [products.get(pk) for pk in values]


class ProductBlock(blocks.StructBlock):
    product = ProductChooserBlock(help_text="The product shown as a card to buy.")
    note = blocks.CharBlock(
        required=False,
        max_length=140,
        help_text="Optional one line on why we picked it, shown on the card.",
    )

    class Meta:
        icon = "tag"
        template = "catalogue/blocks/product.html"
        description = "A product card with its price and an 'Add to basket' button"
