"""When a product's price, stock or details change: the cached product cards go
stale (`fragments.SHOP`) and every page that shows the product is purged.

Oscar changes stock with queryset updates and then sends post_save itself, so
the signal is the one place every change passes through. Product pages and the
catalogue listings are the shop's own; articles and Five Best lists that show
a product card are found through Wagtail's reference index, so the shop names
no page type above it.
"""

from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.models import Page, ReferenceIndex

from skintruth.core.caching import fragments
from skintruth.core.caching.frontend import enabled, purge, purge_everything


def product_paths(product) -> list[str]:
    """The product's page and the shop listings it appears in."""
    paths = [product.get_absolute_url(), reverse("catalogue:index")]
    paths += [category.get_absolute_url() for category in product.categories.all()]
    if product.brand_id:
        paths.append(reverse("catalogue:brand", args=[product.brand.slug]))
    return paths


def pages_showing(product) -> list[Page]:
    references = ReferenceIndex.get_references_to(product)
    return [
        source
        for source, _ in references.group_by_source_object()
        if isinstance(source, Page)
    ]


def product_changed(product) -> None:
    fragments.bump(fragments.SHOP)
    if not enabled():
        return  # no shared cache: skip looking up the pages that show it
    if product.parent_id:  # a variant is shown on its parent's page
        product = product.parent
    purge(pages=pages_showing(product), paths=product_paths(product))


def _stock_changed(sender, instance, **kwargs) -> None:
    product_changed(instance.product)


def _product_changed(sender, instance, **kwargs) -> None:
    product_changed(instance)


def purge_whole_shop() -> None:
    """Every page and every shop page: for what all of them show (the threshold)."""
    if not enabled():
        return
    Product = get_model("catalogue", "Product")
    paths = [reverse("catalogue:index")]
    products = Product.objects.filter(is_public=True).select_related("brand")
    for product in products.prefetch_related("categories"):
        paths += product_paths(product)
    purge_everything(extra_paths=sorted(set(paths)))


def connect() -> None:
    stock_record = get_model("partner", "StockRecord")
    product = get_model("catalogue", "Product")
    for signal in (post_save, post_delete):
        signal.connect(
            _stock_changed, sender=stock_record, dispatch_uid=f"fc-{signal}-sr"
        )
        signal.connect(_product_changed, sender=product, dispatch_uid=f"fc-{signal}-p")
