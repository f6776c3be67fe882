"""load_demo fills Five Best, Videos and Be Inspired, and can run twice."""

import pytest
from django.core.management import call_command
from oscar.test.factories import create_product
from wagtail.models import Page

from skintruth.core.models import FooterPromo, SectionPage
from skintruth.core.tests.factories import (
    ContributorPageFactory,
    build_site,
    ensure_wagtail_base_data,
)
from skintruth.five_best import demo as five_best_demo
from skintruth.five_best.models import FiveBestListPage
from skintruth.stories.models import StoryPage
from skintruth.videos.models import VideoPage

pytestmark = pytest.mark.django_db

CONTRIBUTOR_SLUGS = [
    "marta-lindqvist",
    "priya-raman",
    "theo-marchetti",
    "ines-okafor",
]
PRODUCT_NAMES = [
    "Glow Microcurrent Device",
    "Vitamin C Serum",
    "Retinol Night Cream",
    "Mineral Sunscreen SPF 50",
    "Barrier Repair Cream",
    "Hyaluronic Serum",
]


@pytest.fixture
def products(db):
    ensure_wagtail_base_data()
    return [
        create_product(title=name, upc=f"ST-{n:04d}", price=20, num_in_stock=5)
        for n, name in enumerate(PRODUCT_NAMES, start=1)
    ]


def test_demo_fills_every_section_in_place_of_the_placeholders(products):
    call_command("load_demo", verbosity=0)

    assert FiveBestListPage.objects.live().count() >= 5
    assert StoryPage.objects.live().count() == 4
    assert VideoPage.objects.live().count() == 4
    for page in FiveBestListPage.objects.all():
        assert len({pick.product_id for pick in page.picks.all()}) == 5
    home = Page.objects.get(slug="home")
    menu = [p.slug for p in home.get_children().live().in_menu()]
    assert menu == ["reviews", "five-best", "videos", "contributors", "be-inspired"]
    assert not SectionPage.objects.exists()
    footer = {p.title: p.link_page.specific for p in FooterPromo.objects.all()}
    assert type(footer["Five Best"]).__name__ == "FiveBestIndexPage"
    assert type(footer["Videos"]).__name__ == "VideoIndexPage"
    assert type(footer["Be Inspired"]).__name__ == "StoryIndexPage"

    pages = Page.objects.count()
    call_command("load_demo", verbosity=0)
    assert Page.objects.count() == pages


def test_without_enough_products_lists_are_skipped_with_a_note(capsys):
    site = build_site()
    marta = ContributorPageFactory(parent=site["directory"])
    create_product(title="Only one", price=5, num_in_stock=1)
    index = five_best_demo.load_index(site["home"])

    five_best_demo.load_lists(index, {slug: marta for slug in CONTRIBUTOR_SLUGS})

    assert not FiveBestListPage.objects.exists()
    assert "fewer than 5 products" in capsys.readouterr().out
