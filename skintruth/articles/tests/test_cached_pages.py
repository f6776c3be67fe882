"""Articles are served from cached fragments, yet every change shows at once."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model
from wagtail.models import Site

from skintruth.core.models import AnnouncementSettings, FooterPromo
from skintruth.core.tests.factories import ArticlePageFactory
from skintruth.shop.tests.factories import make_product, setup_shop

OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")


@pytest.fixture
def site(site):
    setup_shop()
    bar = AnnouncementSettings.for_site(Site.objects.get(is_default_site=True))
    bar.text = "Free shipping on all orders over {threshold}"
    bar.save()
    return site


@pytest.fixture
def article(site):
    page = ArticlePageFactory(parent=site["reviews"], title="Retinol, week one")
    page.save_revision().publish()
    return page


def read(client, page) -> str:
    return client.get(page.url).content.decode()


def test_publishing_a_new_revision_shows_on_the_next_view(client, article):
    assert "Retinol, week one" in read(client, article)

    article.title = "Retinol, week six"
    article.standfirst = "It got better after the first month."
    article.save_revision().publish()

    html = read(client, article)
    assert "Retinol, week six" in html
    assert "It got better after the first month." in html
    assert "Retinol, week one" not in html


def test_a_saved_draft_does_not_show(client, article):
    read(client, article)

    article.title = "Not ready yet"
    article.save_revision()

    assert "Not ready yet" not in read(client, article)


def test_changing_the_threshold_shows_in_the_bar_on_the_next_view(client, article):
    assert "Free shipping on all orders over $39" in read(client, article)

    standard = OrderAndItemCharges.objects.get(code="standard")
    standard.free_shipping_threshold = Decimal("45.00")
    standard.save()

    assert "Free shipping on all orders over $45" in read(client, article)


def test_a_new_section_in_the_menu_shows_on_the_next_view(client, site, article):
    read(client, article)

    section = ArticlePageFactory(
        parent=site["reviews"], title="Sun care", show_in_menus=True
    )
    section.move(site["home"], pos="last-child")

    assert ">Sun care</a>" in read(client, article)


def test_a_new_footer_card_shows_on_the_next_view(client, site, article):
    read(client, article)

    FooterPromo.objects.create(
        title="Five Best", blurb="Our top picks.", link_page=site["reviews"]
    )

    assert "Our top picks." in read(client, article)


def test_a_price_change_shows_on_the_product_card_in_the_body(client, site):
    product = make_product("Sculpt wand", "189.00")
    page = ArticlePageFactory(
        parent=site["reviews"], body=[("product", {"product": product, "note": ""})]
    )
    page.save_revision().publish()
    assert "$189.00" in read(client, page)

    stock = product.stockrecords.get()
    stock.price = Decimal("149.00")
    stock.save()

    assert "$149.00" in read(client, page)
