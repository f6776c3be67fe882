"""Factories for Five Best: concerns, lists and their five picks."""

import factory
import wagtail_factories
from oscar.test.factories import create_product

from skintruth.five_best.models import (
    FiveBestIndexPage,
    FiveBestListPage,
    FiveBestPick,
    SkinConcern,
)


class SkinConcernFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Concern {n}")

    class Meta:
        model = SkinConcern


class FiveBestIndexPageFactory(wagtail_factories.PageFactory):
    title = "Five Best"
    slug = "five-best"
    show_in_menus = True

    class Meta:
        model = FiveBestIndexPage


class FiveBestListPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Five Best list {n}")
    concern = factory.SubFactory(SkinConcernFactory)
    intro = "How we chose."

    class Meta:
        model = FiveBestListPage


def make_products(count: int, prefix: str = "Product") -> list:
    return [
        create_product(title=f"{prefix} {n}", price=10 + n, num_in_stock=5)
        for n in range(count)
    ]


def add_picks(page: FiveBestListPage, products: list, picked_by, review=None) -> None:
    """Give a saved list its picks, in the order given, and publish it."""
    for rank, product in enumerate(products):
        page.picks.add(
            FiveBestPick(
                product=product,
                reason=f"Reason for {product.title}.",
                picked_by=picked_by,
                review=review,
                sort_order=rank,
            )
        )
    page.save_revision().publish()


def published_list(site, products, title="Five Best for wrinkles", **kwargs):
    """A list under the site's Five Best index, its picks by Marta, published."""
    page = FiveBestListPageFactory(parent=site["five_best"], title=title, **kwargs)
    add_picks(page, products, site["marta"], **kwargs.pop("picks", {}))
    return page
