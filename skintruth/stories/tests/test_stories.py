"""Be Inspired: story pages, the index and the query budget."""

import pytest
import wagtail_factories

from skintruth.core.tests.factories import ContributorPageFactory
from skintruth.seo.tests.helpers import count_queries
from skintruth.stories.models import StoryPage

from .factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site):
    site["stories"] = StoryIndexPageFactory(parent=site["home"])
    site["ines"] = ContributorPageFactory(parent=site["directory"], title="Ines")
    return site


def test_story_shows_portrait_pull_quote_byline_and_body(site, client):
    portrait = wagtail_factories.ImageFactory()
    page = StoryPageFactory(
        parent=site["stories"],
        portrait=portrait,
        portrait_alt="June at her wheel",
        author=site["ines"],
    )

    html = client.get(page.url).content.decode()

    assert 'alt="June at her wheel"' in html
    assert "<blockquote><p>Clay teaches you patience.</p></blockquote>" in html
    assert "June Abara</strong>, 71, potter" in html
    assert site["ines"].url in html and "Story text." in html


def test_story_pages_take_part_in_the_discussion(site, client):
    from skintruth.comments.tests.factories import CommentFactory

    page = StoryPageFactory(parent=site["stories"], author=site["ines"])
    CommentFactory(page=page, name="Ruth", text="This made my <i>week</i>.")

    html = client.get(page.url).content.decode()

    assert StoryPage.comments_enabled is True
    assert 'id="discussion"' in html and "1 Comment" in html
    assert "Ruth" in html
    assert "This made my &lt;i&gt;week&lt;/i&gt;." in html


def test_index_lists_live_stories_and_filters_by_kind(site, client):
    StoryPageFactory(parent=site["stories"], title="A profile", kind="profile")
    StoryPageFactory(parent=site["stories"], title="An essay", kind="essay")
    StoryPageFactory(parent=site["stories"], title="A draft").unpublish()
    url = site["stories"].url

    everything = client.get(url).content.decode()
    essays = client.get(url, {"kind": "essay"}).content.decode()
    odd = client.get(url, {"kind": "'\"><img>", "page": "-1"}).content.decode()

    assert "A profile" in everything and "An essay" in everything
    assert "A draft" not in everything
    assert "An essay" in essays and "A profile" not in essays
    assert "A profile" in odd and "<img>" not in odd


def test_story_page_renders_in_a_fixed_number_of_queries(site, client):
    page = StoryPageFactory(parent=site["stories"], author=site["ines"])
    short = count_queries(client, page.url)
    page.body = [("paragraph", f"<p>Paragraph {n}.</p>") for n in range(30)]
    page.save_revision().publish()
    assert count_queries(client, page.url) == short


def test_index_queries_do_not_grow_with_stories(site, client):
    StoryPageFactory(
        parent=site["stories"],
        author=site["ines"],
        portrait=wagtail_factories.ImageFactory(),
    )
    one = count_queries(client, site["stories"].url)
    for _ in range(5):
        StoryPageFactory(
            parent=site["stories"],
            author=site["ines"],
            portrait=wagtail_factories.ImageFactory(),
        )
    assert count_queries(client, site["stories"].url) == one
