"""Product cards cached in pages go stale when a product, price or stock changes.

Oscar changes stock with queryset updates and then sends post_save itself,
so the signal is the one place every change passes through.
"""

from django.db.models.signals import post_delete, post_save

from skintruth.core import fragments


def shop_content_changed(sender, instance, **kwargs) -> None:
    from skintruth.shop.catalogue.models import Product
    from skintruth.shop.partner.models import StockRecord

    if isinstance(instance, Product | StockRecord):
        fragments.bump(fragments.SHOP)


def connect() -> None:
    post_save.connect(shop_content_changed, dispatch_uid="shop.product_saved")
    post_delete.connect(shop_content_changed, dispatch_uid="shop.product_gone")
