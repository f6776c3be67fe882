"""The real caching proxy (nginx from deploy/) in front of a live server."""

import gzip

import pytest

from skintruth.core.models import AnnouncementSettings
from skintruth.core.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(site):
    page = ArticlePageFactory(parent=site["reviews"], title="Cached guide")
    page.save_revision().publish()
    return page


def test_second_anonymous_read_comes_from_the_cache(caching_proxy, article):
    first = caching_proxy.get(article.url)
    second = caching_proxy.get(article.url)

    assert first.headers["X-Cache-Status"] == "MISS"
    assert second.headers["X-Cache-Status"] == "HIT"
    assert "Cached guide" in second.text
    assert "s-maxage" in second.headers["Cache-Control"]
    assert second.headers["ETag"]
    assert "Set-Cookie" not in second.headers


def test_the_proxy_compresses_for_clients_that_ask(caching_proxy, article):
    caching_proxy.get(article.url)

    response = caching_proxy.get(article.url, headers={"Accept-Encoding": "gzip"})

    assert response.headers["Content-Encoding"] == "gzip"
    assert "Cached guide" in gzip.decompress(response.body).decode()


def test_a_reader_with_a_session_is_served_by_the_app(caching_proxy, article):
    caching_proxy.get(article.url)

    response = caching_proxy.get(article.url, headers={"Cookie": "sessionid=abc"})

    assert response.headers["X-Cache-Status"] == "BYPASS"


def test_publishing_a_change_purges_the_page_its_listing_and_home(
    caching_proxy, site, article
):
    other = ArticlePageFactory(parent=site["reviews"], title="Untouched")
    other.save_revision().publish()
    for page in (article, site["reviews"], site["home"], other):
        caching_proxy.get(page.url)
        assert caching_proxy.cache_status(page.url) == "HIT"

    article.title = "Cached guide, revised"
    article.save_revision().publish()

    for page in (article, site["reviews"], site["home"]):
        response = caching_proxy.get(page.url)
        assert response.headers["X-Cache-Status"] == "MISS", page.url
        assert "Cached guide, revised" in response.text
    assert caching_proxy.cache_status(other.url) == "HIT"


def test_unpublishing_takes_the_page_off_the_cache(caching_proxy, article):
    url = article.url
    caching_proxy.get(url)

    article.unpublish()

    assert caching_proxy.get(url).status == 404


def test_the_announcement_bar_changes_on_every_cached_page(
    caching_proxy, site, article
):
    for page in (article, site["home"]):
        caching_proxy.get(page.url)
    bar = AnnouncementSettings.for_site(site["home"].get_site())

    bar.text = "Winter sale: two for one"
    bar.save()

    for page in (article, site["home"]):
        assert "Winter sale: two for one" in caching_proxy.get(page.url).text


def test_staff_previews_are_never_stored(caching_proxy, article, admin_client):
    session = admin_client.cookies["sessionid"].value
    preview = f"/admin/pages/{article.pk}/view_draft/"

    for _ in range(2):
        response = caching_proxy.get(
            preview, headers={"Cookie": f"sessionid={session}"}
        )
        assert response.status == 200
        assert response.headers["X-Cache-Status"] == "BYPASS"
        assert "private" in response.headers["Cache-Control"]
    assert caching_proxy.get(preview).status == 302  # no session: to the login
