"""The demo's Five Best lists give every pick its own reason."""

import pytest

from skintruth.five_best.demo import CONCERNS
from skintruth.five_best.models import FiveBestListPage, FiveBestPick

pytestmark = pytest.mark.django_db


def test_every_concern_gets_its_list_of_five(demo):
    lists = FiveBestListPage.objects.live()
    assert lists.count() == len(CONCERNS)
    for page in lists:
        assert page.picks.count() == 5


def test_no_two_picks_in_the_demo_share_a_reason(demo):
    reasons = list(FiveBestPick.objects.values_list("reason", flat=True))
    assert len(reasons) == 5 * len(CONCERNS)
    assert len(set(reasons)) == len(reasons)


def test_a_list_page_shows_each_picks_own_reason(demo, client):
    page = FiveBestListPage.objects.get(slug="best-for-sagging")
    html = client.get(page.url).content.decode()
    assert "The one device that gave a lift we could measure" in html
    assert "Not optional with a microcurrent wand" in html
