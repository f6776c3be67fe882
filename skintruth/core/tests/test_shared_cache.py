"""Which responses a shared cache may keep (no proxy needed: the headers)."""

import pytest

from skintruth.core.tests.factories import ArticlePageFactory, build_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    site = build_site()
    page = ArticlePageFactory(parent=site["reviews"], title="Shared page")
    page.save_revision().publish()
    return page


def test_anonymous_page_is_public_with_a_validator_and_no_cookie(client, article):
    response = client.get(article.url)

    assert response["Cache-Control"] == "public, max-age=0, s-maxage=3600"
    assert response["ETag"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_revalidation_with_the_etag_answers_not_modified(client, article):
    # The first reader fills the fragment caches; from then on every reader
    # gets the same bytes, so the validator a browser keeps stays good.
    client.get(article.url)
    etag = client.get(article.url)["ETag"]

    response = client.get(article.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_a_query_string_is_kept_for_seconds_only(client, article):
    response = client.get(article.url + "?sort=oldest")

    assert "s-maxage=10" in response["Cache-Control"]


def test_the_shared_comment_form_carries_no_visitors_token(client, article):
    html = client.get(article.url).content.decode()

    assert 'name="csrfmiddlewaretoken" value="" data-fresh-token' in html
    assert "data-fresh-tokens=" in html


def test_a_signed_in_reader_gets_a_private_page_with_their_token(
    client, article, django_user_model
):
    user = django_user_model.objects.create_user("mina", "mina@example.com", "pw")
    client.force_login(user)

    response = client.get(article.url)

    assert "private" in response["Cache-Control"]
    assert 'data-fresh-token"' not in response.content.decode()
    assert 'name="csrfmiddlewaretoken" value="' in response.content.decode()


def test_form_tokens_are_private_and_usable(client, article):
    response = client.get("/comments/form-tokens/")

    assert response["Cache-Control"] == "private, no-store"
    tokens = response.json()
    assert len(tokens["csrfmiddlewaretoken"]) == 64
    assert tokens["started"]


def test_the_admin_and_the_basket_are_never_shared(client, article):
    for path in ("/admin/login/", "/shop/basket/"):
        assert "private" in client.get(path)["Cache-Control"], path


def test_a_post_without_token_is_shown_back_ready_to_send(article):
    from django.test import Client

    guarded = Client(enforce_csrf_checks=True)
    fields = {"name": "Noor", "email": "noor@example.com", "text": "<b>Hi</b>\nthere"}

    response = guarded.post(f"/comments/page/{article.pk}/post/", fields)

    html = response.content.decode()
    assert response.status_code == 403
    assert "nothing has been saved yet" in html
    assert 'name="text" value="&lt;b&gt;Hi&lt;/b&gt;\nthere"' in html
    assert "&lt;b&gt;Hi&lt;/b&gt;<br>there" in html
    assert 'name="csrfmiddlewaretoken" value="' in html


def test_a_same_origin_post_needs_no_token(article):
    from django.test import Client

    from skintruth.comments.models import Comment
    from skintruth.comments.tests.conftest import started

    guarded = Client(enforce_csrf_checks=True)
    fields = {
        "name": "Noor",
        "email": "noor@example.com",
        "text": "Same page, no token.",
        "started": started(),
    }

    same = guarded.post(
        f"/comments/page/{article.pk}/post/", fields, HTTP_SEC_FETCH_SITE="same-origin"
    )
    cross = guarded.post(
        f"/comments/page/{article.pk}/post/", fields, HTTP_SEC_FETCH_SITE="cross-site"
    )

    assert cross.status_code == 403
    assert "nothing has been saved yet" in cross.content.decode()
    assert same.status_code == 302
    assert Comment.objects.filter(text="Same page, no token.").count() == 1


@pytest.fixture
def app_page_cache(settings):
    settings.APP_PAGE_CACHE = True
    settings.WAGTAILFRONTENDCACHE = {
        "app": {"BACKEND": "skintruth.core.caching.frontend.AppPageCacheBackend"}
    }


def test_the_app_serves_its_copy_of_a_shared_page_without_queries(
    client, article, app_page_cache, django_assert_num_queries
):
    client.get(article.url)

    with django_assert_num_queries(0):
        response = client.get(article.url)

    assert "Shared page" in response.content.decode()
    assert "public" in response["Cache-Control"]


def test_publishing_drops_the_apps_copy(
    client, article, app_page_cache, django_capture_on_commit_callbacks
):
    client.get(article.url)

    article.title = "Shared page, revised"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert "Shared page, revised" in client.get(article.url).content.decode()


def test_a_reader_with_a_session_never_gets_the_apps_copy(
    client, article, app_page_cache, django_user_model
):
    client.get(article.url)
    user = django_user_model.objects.create_user("mina", "mina@example.com", "pw")
    client.force_login(user)

    response = client.get(article.url)

    assert "private" in response["Cache-Control"]


def header_account_link(response) -> str:
    html = response.content.decode()
    start = html.index('class="account-link"')
    return html[html.index(">", start) + 1 : html.index("</a>", start)]


def test_a_members_account_link_never_reaches_the_guests_copy(
    client, article, app_page_cache, django_user_model
):
    member = django_user_model.objects.create_user("mina", "mina@example.com", "pw")
    client.force_login(member)
    assert header_account_link(client.get(article.url)) == "Your account"
    client.logout()

    first, second = client.get(article.url), client.get(article.url)

    assert "public" in first["Cache-Control"]
    assert header_account_link(first) == "Sign in"
    assert first.content == second.content
