"""Feeds, sitemap, robots.txt, head tags and JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
import wagtail_factories
from oscar.test.factories import create_product

from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    TopicFactory,
)
from skintruth.five_best.tests.factories import (
    FiveBestIndexPageFactory,
    FiveBestListPageFactory,
    add_picks,
    make_products,
)
from skintruth.stories.tests.factories import StoryIndexPageFactory, StoryPageFactory
from skintruth.videos.tests.factories import VideoIndexPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def site(site):
    site["marta"] = ContributorPageFactory(
        parent=site["directory"], title="Marta Lindqvist", role="Editor"
    )
    site["devices"] = TopicFactory(name="Devices", slug="devices")
    site["guide"] = ArticlePageFactory(
        parent=site["reviews"],
        title="The Truth About Microcurrent",
        reviewer=site["marta"],
        listing_image=wagtail_factories.ImageFactory(),
    )
    site["guide"].topics.set([site["devices"]])
    site["guide"].save_revision().publish()
    site["other"] = ArticlePageFactory(
        parent=site["reviews"], title="Sunscreen basics", reviewer=site["marta"]
    )
    draft = ArticlePageFactory(
        parent=site["reviews"], title="Unfinished draft", reviewer=site["marta"]
    )
    draft.unpublish()
    site["draft"] = draft
    return site


def json_ld(html: str) -> list[dict]:
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    return [json.loads(block) for block in blocks]


def test_rss_feed_is_valid_xml_listing_published_articles_only(site, client):
    response = client.get("/feeds/articles/rss/")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.iter("item")]
    assert response["Content-Type"].startswith("application/rss+xml")
    assert titles == ["Sunscreen basics", "The Truth About Microcurrent"]
    guide = channel.findall("item")[1]
    assert guide.findtext("link").endswith(site["guide"].url)
    assert guide.findtext("{http://purl.org/dc/elements/1.1/}creator") == (
        "Marta Lindqvist"
    )


def test_atom_feed_is_valid_xml_without_drafts(site, client):
    feed = ET.fromstring(client.get("/feeds/articles/atom/").content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert "The Truth About Microcurrent" in titles
    assert "Unfinished draft" not in titles


def test_topic_feeds_list_only_that_topics_articles(site, client):
    rss = ET.fromstring(client.get("/feeds/topics/devices/rss/").content)
    atom = ET.fromstring(client.get("/feeds/topics/devices/atom/").content)
    assert [i.findtext("title") for i in rss.iter("item")] == [
        "The Truth About Microcurrent"
    ]
    assert len(list(atom.iter(f"{ATOM}entry"))) == 1
    assert client.get("/feeds/topics/no-such-topic/rss/").status_code == 404


def test_sitemap_lists_live_pages_and_products_never_drafts(site, client):
    product = create_product(title="Glow Device", price=10, num_in_stock=1)
    hidden = create_product(title="Hidden", price=10, num_in_stock=1, is_public=False)
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in tree.iter(f"{SITEMAP}loc")]
    assert any(url.endswith(site["guide"].url) for url in locations)
    assert not any(url.endswith(site["draft"].url) for url in locations)
    assert any(url.endswith(product.get_absolute_url()) for url in locations)
    assert not any(url.endswith(hidden.get_absolute_url()) for url in locations)


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin(client, site):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert re.search(r"^Sitemap: https?://\S+/sitemap\.xml$", text, re.MULTILINE)


def test_article_has_canonical_open_graph_and_twitter_tags(site, client):
    html = client.get(site["guide"].url).content.decode()
    assert f'<link rel="canonical" href="http://localhost{site["guide"].url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="The Truth About Microcurrent">' in html
    assert re.search(r'<meta property="og:image" content="http://[^"]+\.', html)
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert 'type="application/rss+xml"' in html


def test_article_json_ld_is_an_article_by_its_reviewer(site, client):
    (data,) = json_ld(client.get(site["guide"].url).content.decode())
    assert data["@type"] == "Article"
    assert data["author"] == {
        "@type": "Person",
        "name": "Marta Lindqvist",
        "jobTitle": "Editor",
        "url": site["marta"].get_full_url(),
    }
    assert data["headline"] == "The Truth About Microcurrent"


def test_a_reviewed_product_adds_a_review_with_the_reviewer(site, client):
    index = FiveBestIndexPageFactory(parent=site["home"])
    products = make_products(5, prefix="Glow")
    add_picks(
        FiveBestListPageFactory(parent=index),
        products,
        site["marta"],
        review=site["guide"],
    )
    graph = json_ld(client.get(site["guide"].url).content.decode())
    reviews = [item for item in graph if item["@type"] == "Review"]
    assert len(reviews) == 5
    assert reviews[0]["itemReviewed"]["@type"] == "Product"
    assert reviews[0]["author"]["name"] == "Marta Lindqvist"


def test_five_best_json_ld_lists_products_with_offers_and_rating(site, client):
    index = FiveBestIndexPageFactory(parent=site["home"])
    products = make_products(5)
    products[0].reviews.create(title="Great", score=4, body="Good.", status=1)
    products[0].reviews.create(title="Fine", score=5, body="Yes.", status=1)
    products[0].update_rating()
    page = FiveBestListPageFactory(parent=index)
    add_picks(page, products, site["marta"])

    (data,) = json_ld(client.get(page.url).content.decode())

    assert data["@type"] == "ItemList" and data["numberOfItems"] == 5
    first = data["itemListElement"][0]["item"]
    assert first["@type"] == "Product"
    assert first["offers"]["price"] == "10.00"
    assert first["offers"]["availability"] == "https://schema.org/InStock"
    assert first["aggregateRating"]["ratingValue"] == 4.5
    assert first["aggregateRating"]["reviewCount"] == 2


def test_video_json_ld_is_a_video_object(site, client):
    index = VideoIndexPageFactory(parent=site["home"])
    video = VideoPageFactory(parent=index, poster=wagtail_factories.ImageFactory())
    video.presenters.set([site["marta"]])
    video.save_revision().publish()

    (data,) = json_ld(client.get(video.url).content.decode())

    assert data["@type"] == "VideoObject"
    assert data["duration"] == "PT2M5S"
    assert data["contentUrl"].endswith(video.video_file.url)
    assert data["thumbnailUrl"].startswith("http")
    assert data["actor"][0]["name"] == "Marta Lindqvist"
    assert data["discussionUrl"].endswith("#discussion")


def test_story_contributor_and_home_json_ld_types(site, client):
    stories = StoryIndexPageFactory(parent=site["home"])
    story = StoryPageFactory(parent=stories, author=site["marta"])
    assert json_ld(client.get(story.url).content.decode())[0]["@type"] == "Article"
    profile = json_ld(client.get(site["marta"].url).content.decode())[0]
    assert profile["@type"] == "ProfilePage"
    assert profile["mainEntity"]["@type"] == "Person"
    home = json_ld(client.get("/").content.decode())[0]
    assert home["@type"] == "WebSite"
    assert home["potentialAction"]["@type"] == "SearchAction"


def test_json_ld_cannot_be_broken_out_of_by_a_title(site, client):
    page = ArticlePageFactory(
        parent=site["reviews"],
        title="</script><script>alert(1)</script> & more",
        reviewer=site["marta"],
    )
    html = client.get(page.url).content.decode()
    (data,) = json_ld(html)
    assert data["headline"] == "</script><script>alert(1)</script> & more"
    assert "<script>alert(1)" not in html


def test_topic_listing_advertises_its_own_feed(site, client):
    html = client.get(site["reviews"].url + "topic/devices/").content.decode()
    assert 'href="/feeds/topics/devices/rss/"' in html


def test_product_page_has_product_json_ld_with_offer_and_open_graph(site, client):
    product = create_product(title="Barrier Balm", price=24, num_in_stock=3)
    product.description = "<p>A rich balm for <em>cracked</em> skin.</p>"
    product.save()

    html = client.get(product.get_absolute_url()).content.decode()

    (data,) = json_ld(html)
    assert data["@type"] == "Product" and data["name"] == "Barrier Balm"
    assert data["description"] == "A rich balm for cracked skin."
    assert data["offers"]["price"] == "24.00"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert '<meta property="og:type" content="product">' in html
    assert '<meta property="og:title" content="Barrier Balm">' in html
    assert '<meta name="description" content="A rich balm for cracked skin.">' in html
    assert html.count('name="description"') == 1


def test_home_page_has_a_description_and_a_share_image(site, client):
    site["home"].intro = "Reviews we paid for."
    site["home"].save_revision().publish()

    html = client.get("/").content.decode()

    assert '<meta name="description" content="Reviews we paid for.">' in html
    assert re.search(
        r'<meta property="og:image" content="http://[^"]+/share-card[^"]*\.png">', html
    )


def test_error_page_declares_no_canonical_and_is_not_indexed(site, client):
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert 'rel="canonical"' not in html
    assert '<meta name="robots" content="noindex">' in html


def test_favicon_and_touch_icon_are_served_from_the_site_root(site, client):
    icon = client.get("/favicon.ico")
    touch = client.get("/apple-touch-icon.png")
    assert icon.status_code == 200 and icon["Content-Type"] == "image/x-icon"
    assert b"".join(touch.streaming_content).startswith(b"\x89PNG")
    assert '<link rel="icon" href="/favicon.ico"' in client.get("/").content.decode()


def test_pages_are_sent_compressed_to_browsers_that_accept_it(site, client):
    response = client.get(site["guide"].url, headers={"accept-encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
