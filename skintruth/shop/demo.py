"""Demo shop: products with pictures, stock and INCI lists, shipping, links,
and readers' ratings."""

import hashlib
import io
from decimal import Decimal

from django.core.files.base import ContentFile
from oscar.apps.catalogue.categories import create_from_sequence
from oscar.core.loading import get_model

from skintruth.core.demo.images import draw_still_life
from skintruth.shop.demo_content import (
    BRANDS,
    CATEGORIES,
    PRODUCTS,
    SHIPPING_METHODS,
)
from skintruth.shop.demo_reviews import load_reviews

Brand = get_model("catalogue", "Brand")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")
Country = get_model("address", "Country")

PARTNER_NAME = "skintruth warehouse"


def load() -> None:
    """Create what is missing; leave what exists alone."""
    load_shipping_methods()
    Country.objects.get_or_create(
        iso_3166_1_a2="US",
        defaults={
            "iso_3166_1_a3": "USA",
            "iso_3166_1_numeric": "840",
            "printable_name": "United States",
            "name": "United States of America",
            "is_shipping_country": True,
        },
    )
    product_class, _ = ProductClass.objects.get_or_create(
        name="Skincare", defaults={"requires_shipping": True, "track_stock": True}
    )
    partner, _ = Partner.objects.get_or_create(name=PARTNER_NAME)
    categories = {name: create_from_sequence([name])[-1] for name in CATEGORIES}
    brands = {
        name: Brand.objects.get_or_create(name=name, defaults={"description": text})[0]
        for name, text in BRANDS.items()
    }
    for item in PRODUCTS:
        if not Product.objects.filter(upc=item["upc"]).exists():
            create_product(item, product_class, partner, categories, brands)
    load_reviews()


def load_shipping_methods() -> None:
    for code, name, description, price, threshold in SHIPPING_METHODS:
        OrderAndItemCharges.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "description": description,
                "price_per_order": Decimal(price),
                "free_shipping_threshold": Decimal(threshold) if threshold else None,
            },
        )


def create_product(item: dict, product_class, partner, categories, brands):
    product = Product.objects.create(
        upc=item["upc"],
        title=item["title"],
        product_class=product_class,
        brand=brands[item["brand"]],
        description=f"<p>{item['description']}</p>",
        how_to_use=item["how_to_use"],
        ingredients=item["ingredients"],
    )
    ProductCategory.objects.create(
        product=product, category=categories[item["category"]]
    )
    StockRecord.objects.create(
        product=product,
        partner=partner,
        partner_sku=item["upc"],
        price_currency="USD",
        price=Decimal(item["price"]),
        num_in_stock=item["stock"],
    )
    picture = draw_still_life(item["colour"], item["upc"], size=(900, 900))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    name = f"{hashlib.md5(item['upc'].encode()).hexdigest()[:12]}.jpg"
    image = ProductImage(
        product=product, caption=f"{item['brand']} {item['title']}", display_order=0
    )
    image.original.save(name, ContentFile(buffer.getvalue()), save=True)
    return product
