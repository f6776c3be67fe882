"""The Wagtail admin chooser editors use to pick a shop product."""

from oscar.core.loading import get_model
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = "Choose a product"
    choose_another_text = "Choose another product"
    edit_item_text = "Edit this product"
    per_page = 20

    def get_object_list(self):
        Product = get_model("catalogue", "Product")
        return (
            Product.objects.filter(is_public=True)
            .select_related("brand")
            .order_by("title")
        )


product_chooser_viewset = ProductChooserViewSet("product_chooser")
