"""Video pages: the player, captions, filters and the query budget."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.test.factories import create_product

from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    TopicFactory,
)
from skintruth.seo.tests.helpers import count_queries
from skintruth.videos.captions import is_webvtt, transcript_paragraphs

from .factories import CAPTIONS, VideoIndexPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site):
    site["videos"] = VideoIndexPageFactory(parent=site["home"])
    site["marta"] = ContributorPageFactory(parent=site["directory"], title="Marta")
    site["priya"] = ContributorPageFactory(parent=site["directory"], title="Priya")
    return site


def publish_video(site, presenters=(), topics=(), products=(), articles=(), **kw):
    page = VideoPageFactory(parent=site["videos"], **kw)
    page.presenters.set(presenters)
    page.topics.set(topics)
    page.related_products.set(products)
    page.related_articles.set(articles)
    page.save_revision().publish()
    return page


def test_transcript_drops_header_timings_and_tags():
    assert transcript_paragraphs(CAPTIONS) == [
        "Hold the device flat on clean skin.",
        "Glide it slowly upwards.",
    ]


def test_captions_that_are_not_webvtt_are_refused(site):
    text = "1\n00:00:00,000 --> 00:00:01,000\nHi"
    page = VideoPageFactory.build(vtt_file=ContentFile(text.encode(), "c.vtt"))
    assert not is_webvtt(text)
    with pytest.raises(ValidationError, match="WEBVTT"):
        page.clean_fields(exclude=["video_file"])


def test_video_page_has_a_playable_element_with_poster_captions_and_summary(
    site, client
):
    product = create_product(title="Glow Device", price=99, num_in_stock=3)
    article = ArticlePageFactory(
        parent=site["reviews"], title="Microcurrent guide", reviewer=site["marta"]
    )
    page = publish_video(
        site, presenters=[site["marta"]], products=[product], articles=[article]
    )

    html = client.get(page.url).content.decode()

    assert '<video controls preload="metadata"' in html
    assert page.video_file.url in html and 'type="video/webm"' in html
    assert '<track kind="captions" srclang="en"' in html
    assert f'src="{page.url}captions/"' in html
    assert "Presented by" in html and site["marta"].url in html
    assert "<p>A second paragraph.</p>" in html
    assert "Glide it slowly upwards." in html
    assert product.get_absolute_url() in html and "$99.00" in html
    assert "Microcurrent guide" in html


def test_captions_route_serves_webvtt(site, client):
    page = publish_video(site)
    response = client.get(page.url + "captions/")
    assert response["Content-Type"].startswith("text/vtt")
    assert response.content.decode().startswith("WEBVTT")


def test_index_filters_by_presenter_and_topic(site, client):
    devices = TopicFactory(name="Devices", slug="devices")
    publish_video(
        site, title="Marta on devices", presenters=[site["marta"]], topics=[devices]
    )
    publish_video(site, title="Priya on sunscreen", presenters=[site["priya"]])
    url = site["videos"].url

    by_priya = client.get(url, {"presenter": site["priya"].slug}).content.decode()
    by_topic = client.get(url, {"topic": "devices"}).content.decode()
    nonsense = client.get(url, {"presenter": "<script>", "topic": "x"}).content.decode()

    assert "Priya on sunscreen" in by_priya and "Marta on devices" not in by_priya
    assert "Marta on devices" in by_topic and "Priya on sunscreen" not in by_topic
    assert "Marta on devices" in nonsense and "<script>" not in nonsense


def test_unpublished_videos_are_not_listed(site, client):
    publish_video(site, title="Draft clip").unpublish()
    assert "Draft clip" not in client.get(site["videos"].url).content.decode()


def test_video_page_queries_do_not_grow_with_related_content(site, client):
    products = [
        create_product(title=f"P{n}", price=5, num_in_stock=1) for n in range(4)
    ]
    articles = [
        ArticlePageFactory(parent=site["reviews"], reviewer=site["priya"])
        for _ in range(3)
    ]
    topics = [TopicFactory() for _ in range(3)]
    page = publish_video(
        site,
        presenters=[site["marta"]],
        products=products[:1],
        articles=articles[:1],
        topics=topics[:1],
    )
    one_of_each = count_queries(client, page.url)
    page.presenters.set([site["marta"], site["priya"]])
    page.related_products.set(products)
    page.related_articles.set(articles)
    page.topics.set(topics)
    page.save_revision().publish()
    assert count_queries(client, page.url) == one_of_each


def test_index_queries_do_not_grow_with_videos(site, client):
    publish_video(site, presenters=[site["marta"]])
    one = count_queries(client, site["videos"].url)
    for _ in range(4):
        publish_video(site, presenters=[site["marta"], site["priya"]])
    assert count_queries(client, site["videos"].url) == one


def admin_video_form(site, upload, captions=CAPTIONS) -> dict:
    return {
        "title": "Uploaded in the admin",
        "slug": "uploaded-in-the-admin",
        "summary": "What it shows.",
        "video_file": upload,
        "vtt_file": SimpleUploadedFile("captions.vtt", captions.encode(), "text/vtt"),
        "presenters": [site["marta"].pk],
        "action-publish": "action-publish",
    }


def test_editor_uploads_and_publishes_a_video(site, admin_client):
    from django.urls import reverse

    from skintruth.videos.models import VideoPage

    url = reverse(
        "wagtailadmin_pages:add", args=("videos", "videopage", site["videos"].pk)
    )
    upload = SimpleUploadedFile("clip.webm", b"\x1aE\xdf\xa3", "video/webm")

    response = admin_client.post(url, admin_video_form(site, upload))

    assert response.status_code == 302
    page = VideoPage.objects.get(slug="uploaded-in-the-admin")
    assert page.live and page.video_file.name.endswith(".webm")
    assert list(page.presenters.all()) == [site["marta"]]


def test_editor_is_told_when_the_file_is_not_a_video(site, admin_client):
    from django.urls import reverse

    url = reverse(
        "wagtailadmin_pages:add", args=("videos", "videopage", site["videos"].pk)
    )
    upload = SimpleUploadedFile("notes.exe", b"MZ", "application/octet-stream")

    response = admin_client.post(url, admin_video_form(site, upload, "not vtt"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "File extension “exe” is not allowed" in html
    assert "Line 1: the file must start with the word WEBVTT" in html


def test_video_page_has_the_discussion_under_it(site, client):
    from skintruth.comments.tests.factories import CommentFactory

    page = publish_video(site, presenters=[site["marta"]])
    CommentFactory(page=page, name="Olu", text="Which gel is that?")

    html = client.get(page.url).content.decode()

    assert html.index("<video") < html.index('id="discussion"')
    assert "Olu" in html and "Which gel is that?" in html
