"""Benchmarks for the shop: a product page, and adding it to the basket.

Discovered by bench/run.py (SCENARIOS); uses bench/client.py's helpers.
"""

from bench.client import get, post


def _product():
    from skintruth.articles.models import ArticleIndexPage
    from skintruth.contributors.models import ContributorIndexPage
    from skintruth.core.models import HomePage
    from skintruth.core.tests.factories import (
        ArticlePageFactory,
        ContributorPageFactory,
        build_site,
    )
    from skintruth.shop.tests.factories import make_product, setup_shop

    if not HomePage.objects.exists():
        build_site()
    setup_shop()
    product = make_product("Bench microcurrent wand", "189.00", stock=1_000_000)
    reviewer = ContributorPageFactory(parent=ContributorIndexPage.objects.first())
    for n in range(10):  # the product page lists the articles that mention it
        page = ArticlePageFactory(
            parent=ArticleIndexPage.objects.first(),
            title=f"Bench review {n}",
            reviewer=reviewer,
            product=product,
        )
        page.save_revision().publish()
    return product


def product_page_setup() -> dict:
    """A product with stock, a price and ten reviews that mention it."""
    return {"path": _product().get_absolute_url()}


def add_to_basket_setup() -> dict:
    from oscar.core.loading import get_model

    product = get_model("catalogue", "Product").objects.get(
        title="Bench microcurrent wand"
    )
    return {"path": f"/shop/basket/add/{product.pk}/"}


SCENARIOS = [
    {
        "name": "shop: product page",
        "setup": product_page_setup,
        "request": lambda state, i: get(state["path"]),
    },
    {
        "name": "shop: add to basket (new guest basket)",
        "setup": add_to_basket_setup,
        "request": lambda state, i: post(state["path"], {"quantity": 1}),
    },
]
