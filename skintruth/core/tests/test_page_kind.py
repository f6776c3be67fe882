"""A new page type gets head tags, JSON-LD, a discussion and search results from
the interfaces in core.pages.metadata alone: the clinic note lives only in the
tests (app `pagekind`), and neither seo, comments nor sitesearch has ever heard
of it."""

import json
import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from skintruth.comments import services
from skintruth.comments.models import Comment, Status
from skintruth.comments.tests.conftest import started
from skintruth.core.tests.factories import build_site
from skintruth.core.tests.pagekind.models import ClinicNotePage


@pytest.fixture
def note(db):
    site = build_site()
    cover = get_image_model().objects.create(
        title="Cover", file=get_test_image_file(size=(1600, 1000))
    )
    page = ClinicNotePage(
        title="What a patch test tells you",
        slug="patch-test",
        summary="Dab it behind the ear,\n  wait two days, then decide.",
        cover=cover,
    )
    site["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def json_ld(html: str) -> list[dict]:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    return [json.loads(script) for script in scripts]


def test_new_page_kind_gets_its_description_image_and_type_in_the_head(client, note):
    html = client.get(note.url).content.decode()

    assert (
        '<meta property="og:description" '
        'content="Dab it behind the ear, wait two days, then decide.">'
    ) in html
    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http[^"]+fill-1200x630', html)


def test_new_page_kind_describes_itself_in_json_ld(client, note):
    (data,) = json_ld(client.get(note.url).content.decode())

    assert data["@type"] == "MedicalWebPage"
    assert data["headline"] == "What a patch test tells you"
    assert data["abstract"].startswith("Dab it behind the ear")
    assert data["discussionUrl"].endswith("/patch-test/#discussion")


def test_readers_comment_on_a_new_page_kind(client, note):
    assert 'id="discussion"' in client.get(note.url).content.decode()

    response = client.post(
        f"/comments/page/{note.pk}/post/",
        {
            "name": "Ines",
            "email": "ines@example.com",
            "text": "Two days felt long, but it saved my skin.",
            "started": started(),
            "website": "",
        },
    )

    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.page_id == note.pk and comment.status == Status.PENDING
    services.moderate(comment, "approve")
    html = client.get(note.url).content.decode()
    assert "Two days felt long, but it saved my skin." in html


def test_readers_find_a_new_page_kind_in_the_site_search(client, note, search_index):
    html = client.get("/search/", {"q": "ear"}).content.decode()

    assert ">Clinic notes</h2>" in html
    assert '<p class="kicker">From the clinic</p>' in html
    assert f'<a href="{note.url}">What a patch test tells you</a>' in html
    assert "Dab it behind the <mark>ear</mark>, wait two days, then decide." in html


def test_a_new_page_kind_has_its_own_page_of_search_results(client, note, search_index):
    response = client.get("/search/", {"q": "patch", "kind": "clinicnotepage"})

    assert response.context["group"].label == "Clinic notes"
    assert [hit.url for hit in response.context["group"].hits] == [note.url]
