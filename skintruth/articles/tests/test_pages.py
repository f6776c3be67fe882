"""What readers see on article pages and the review listings."""

import datetime

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from skintruth.articles.models import ARTICLES_PER_PAGE
from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    TopicFactory,
)


@pytest.fixture
def site(site):
    site["reviewer"] = ContributorPageFactory(
        parent=site["directory"], title="Marta Lindqvist"
    )
    return site


def make_image(title: str):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(colour="pink")
    )


def long_body(sections: int) -> list:
    image = make_image("body picture")
    body = []
    for n in range(sections):
        body += [
            ("heading", f"Section {n}"),
            ("paragraph", f"<p>Paragraph {n}.</p>"),
            ("bullets", [f"point {n}a", f"point {n}b"]),
            ("quote", {"text": f"Quote {n}", "attribution": "Someone"}),
            ("image", {"image": image, "alt_text": f"Picture {n}", "caption": ""}),
        ]
    return body


def test_article_shows_title_reviewer_date_topics_and_body(site, client):
    topic = TopicFactory(name="Devices", slug="devices")
    article = ArticlePageFactory(
        parent=site["reviews"],
        title="Microcurrent, honestly",
        reviewer=site["reviewer"],
        published_date=datetime.date(2026, 10, 14),
        body=[
            ("heading", "Dos and don'ts"),
            ("bullets", ["Use a gel", "Skip the eyelids"]),
            ("quote", {"text": "Patience wins.", "attribution": "Ana, esthetician"}),
        ],
    )
    article.topics.add(topic)
    article.save()

    html = client.get(article.url).content.decode()

    assert (
        '<h1 id="article-title" class="article__title">Microcurrent, honestly' in html
    )
    assert (
        f'Reviewed by <a href="{site["reviewer"].url}" rel="author">Marta Lindqvist</a>'
        in html
    )
    assert "October 14, 2026" in html
    assert 'href="/reviews/topic/devices/">Devices</a>' in html
    assert "<li>Use a gel</li><li>Skip the eyelids</li>" in html
    assert "— Ana, esthetician" in html
    assert 'href="#discussion"' in html


def test_article_without_a_set_date_shows_its_first_publish_date(site, client):
    article = ArticlePageFactory(parent=site["reviews"], published_date=None)
    article.save_revision().publish()
    article.refresh_from_db()

    html = client.get(article.url).content.decode()

    assert article.first_published_at.strftime("%B %-d, %Y") in html


def test_body_image_has_alt_text_and_caption(site, client):
    image = make_image("serum")
    article = ArticlePageFactory(
        parent=site["reviews"],
        body=[("image", {"image": image, "alt_text": "A dropper", "caption": "Day 3"})],
    )

    html = client.get(article.url).content.decode()

    assert 'alt="A dropper"' in html
    assert "<figcaption>Day 3</figcaption>" in html


def test_article_query_count_does_not_grow_with_its_body(
    site, client, django_assert_max_num_queries
):
    short = ArticlePageFactory(parent=site["reviews"], body=long_body(1))
    long = ArticlePageFactory(parent=site["reviews"], body=long_body(40))
    client.get(short.url)  # renditions are generated on first sight
    client.get(long.url)

    with django_assert_max_num_queries(20) as short_queries:
        client.get(short.url)
    with django_assert_max_num_queries(len(short_queries)):
        response = client.get(long.url)

    assert response.content.decode().count('class="body-image"') == 40


def test_review_index_lists_newest_first_and_paginates(site, client):
    for day in range(ARTICLES_PER_PAGE + 3):
        ArticlePageFactory(
            parent=site["reviews"],
            title=f"Review day {day:02d}",
            published_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=day),
        )

    first = client.get("/reviews/").content.decode()
    second = client.get("/reviews/?page=2").content.decode()

    assert first.index("Review day 14") < first.index("Review day 13")
    assert "Review day 02" not in first
    assert "Review day 02" in second and "Review day 00" in second
    assert "Page 1 of 2" in first


def test_topic_listing_shows_only_that_topics_articles(site, client):
    devices = TopicFactory(name="Devices", slug="devices")
    TopicFactory(name="Sun care", slug="sun-care")
    device_article = ArticlePageFactory(parent=site["reviews"], title="LED mask")
    device_article.topics.add(devices)
    device_article.save()
    ArticlePageFactory(parent=site["reviews"], title="SPF fifty")

    html = client.get("/reviews/topic/devices/").content.decode()

    assert "LED mask" in html and "SPF fifty" not in html
    assert client.get("/reviews/topic/nope/").status_code == 404


def test_listing_query_count_does_not_grow_with_the_number_of_articles(
    site, client, django_assert_max_num_queries
):
    topic = TopicFactory()
    image = make_image("cover")
    for _ in range(3):
        article = ArticlePageFactory(parent=site["reviews"], listing_image=image)
        article.topics.add(topic)
        article.save()
    client.get("/reviews/")
    with django_assert_max_num_queries(25) as few:
        client.get("/reviews/")
    budget = len(few)  # read now: the next request resets Django's query log
    for _ in range(9):
        article = ArticlePageFactory(parent=site["reviews"], listing_image=image)
        article.topics.add(topic)
        article.save()
    client.get("/reviews/")  # new pages make the site's cached fragments stale

    with django_assert_max_num_queries(budget):
        client.get("/reviews/")


def test_drafts_are_not_listed(site, client):
    draft = ArticlePageFactory(parent=site["reviews"], title="Secret draft")
    draft.unpublish()

    assert "Secret draft" not in client.get("/reviews/").content.decode()
    assert client.get(draft.url or "/reviews/secret/").status_code == 404


def test_article_can_only_live_under_a_review_index(db):
    from skintruth.articles.models import ArticleIndexPage, ArticlePage
    from skintruth.core.models import HomePage

    assert ArticlePage.can_create_at(ArticleIndexPage())
    assert not ArticlePage.can_create_at(HomePage())
