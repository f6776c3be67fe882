"""The admin form of our pages: free slugs for new drafts, and publish
failures that say why."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import querydict_from_html

from skintruth.articles.models import ArticlePage
from skintruth.articles.tests.test_publishing import article_form, body_data
from skintruth.core.pages.base import SkintruthPageForm
from skintruth.core.tests.factories import ContributorPageFactory


@pytest.fixture
def site(site):
    site["reviewer"] = ContributorPageFactory(parent=site["directory"])
    return site


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser(
        "editor", "editor@skintruth.test", "pw"
    )
    client.force_login(editor)
    return client


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_starting_the_same_article_twice_gives_the_second_draft_a_free_slug(
    site, editor_client
):
    for _ in range(3):
        url, data = article_form(
            editor_client,
            site,
            title="Retinol, tested",
            slug="retinol-tested",
            standfirst="Twelve weeks.",
            extra={**body_data(), "action-save": "save"},
        )
        response = editor_client.post(url, data)
        assert response.status_code == 302

    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert slugs == ["retinol-tested", "retinol-tested-2", "retinol-tested-3"]
    assert not ArticlePage.objects.filter(live=True).exists()


def test_a_published_page_keeps_the_slug_error(site, editor_client):
    url, data = article_form(
        editor_client,
        site,
        title="Niacinamide",
        slug="niacinamide",
        standfirst="Four weeks.",
        extra={**body_data(), "action-publish": "publish"},
    )
    editor_client.post(url, data)
    first = ArticlePage.objects.get(slug="niacinamide")
    url, data = article_form(
        editor_client,
        site,
        title="Niacinamide again",
        slug="niacinamide-again",
        standfirst="Again.",
        extra={**body_data(), "action-publish": "publish"},
    )
    editor_client.post(url, data)
    second = ArticlePage.objects.get(slug="niacinamide-again")
    edit_url = reverse("wagtailadmin_pages:edit", args=(second.pk,))
    data = querydict_from_html(
        editor_client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    data.update(body_data())
    data["slug"] = first.slug
    data["action-publish"] = "publish"

    response = editor_client.post(edit_url, data)

    assert response.status_code == 200
    assert "already in use" in response.content.decode()
    second.refresh_from_db()
    assert second.slug == "niacinamide-again"


def test_a_publish_refused_by_the_schedule_says_why_in_the_message(site, editor_client):
    past = timezone.localtime() - datetime.timedelta(days=1)
    url, data = article_form(
        editor_client,
        site,
        title="Expired already",
        slug="expired-already",
        standfirst="Too late.",
        expire_at=past.strftime("%Y-%m-%d %H:%M"),
        extra={**body_data(), "action-publish": "publish"},
    )

    response = editor_client.post(url, data)

    assert response.status_code == 200
    message = " ".join(messages_of(response))
    assert "Expiry date/time must be in the future" in message
    assert "UTC" in message
    assert not ArticlePage.objects.filter(slug="expired-already").exists()


def test_a_valid_publish_publishes(site, editor_client):
    url, data = article_form(
        editor_client,
        site,
        title="Fine",
        slug="fine",
        standfirst="All good.",
        extra={**body_data(), "action-publish": "publish"},
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert ArticlePage.objects.get(slug="fine").live


def test_every_page_type_shares_the_form_with_free_slugs():
    ours = [m for m in get_page_models() if m.__module__.startswith("skintruth.")]
    ours = [m for m in ours if ".tests." not in m.__module__]
    missing = [
        m.__name__
        for m in ours
        if not issubclass(m.get_edit_handler().get_form_class(), SkintruthPageForm)
    ]
    assert len(ours) >= 12
    assert missing == []
