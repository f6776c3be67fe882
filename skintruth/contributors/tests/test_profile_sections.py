"""A contributor's profile gathers what they presented, ranked and wrote."""

import pytest

from skintruth.core.tests.factories import ContributorPageFactory
from skintruth.five_best.tests.factories import (
    FiveBestIndexPageFactory,
    FiveBestListPageFactory,
    add_picks,
    make_products,
)
from skintruth.seo.tests.helpers import count_queries
from skintruth.stories.tests.factories import StoryIndexPageFactory, StoryPageFactory
from skintruth.videos.tests.factories import VideoIndexPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site):
    site["five_best"] = FiveBestIndexPageFactory(parent=site["home"])
    site["videos"] = VideoIndexPageFactory(parent=site["home"])
    site["stories"] = StoryIndexPageFactory(parent=site["home"])
    site["theo"] = ContributorPageFactory(parent=site["directory"], title="Theo")
    return site


def add_work(site, n: int) -> None:
    """n videos presented, n stories written and one list of picks by Theo."""
    for number in range(n):
        video = VideoPageFactory(parent=site["videos"], title=f"Clip {n}-{number}")
        video.presenters.set([site["theo"]])
        video.save_revision().publish()
        StoryPageFactory(parent=site["stories"], author=site["theo"])
    add_picks(
        FiveBestListPageFactory(parent=site["five_best"], title=f"Best for {n}"),
        make_products(5, prefix=f"Batch{n}"),
        site["theo"],
    )


def test_profile_lists_videos_picks_with_reasons_and_stories(site, client):
    add_work(site, 1)

    html = client.get(site["theo"].url).content.decode()

    assert "Videos presented by Theo" in html and "Clip 1-0" in html
    assert "Five Best picks by Theo" in html and "Best for 1" in html
    assert "Reason for Batch1 0." in html
    assert "Stories by Theo" in html


def test_profile_hides_sections_the_contributor_has_no_work_in(site, client):
    html = client.get(site["theo"].url).content.decode()
    assert "Videos presented by" not in html and "Five Best picks by" not in html


def test_profile_queries_do_not_grow_with_their_work(site, client):
    add_work(site, 1)
    little = count_queries(client, site["theo"].url)
    add_work(site, 4)
    assert count_queries(client, site["theo"].url) == little
