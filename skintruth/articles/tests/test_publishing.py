"""Editors write, preview, schedule, publish and revise articles in the admin."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from skintruth.articles.models import ArticlePage
from skintruth.core.tests.factories import (
    ContributorPageFactory,
    TopicFactory,
)


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


def article_form(client, site, **fields) -> tuple[str, dict]:
    """The add form as the admin renders it, with the given fields filled in."""
    parent = site["reviews"]
    fields.setdefault("reviewer", str(site["reviewer"].pk))
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", parent.pk))
    data = querydict_from_html(
        client.get(url).content.decode(), form_id="page-edit-form"
    )
    data.update(fields.pop("extra", {}))
    for key, value in fields.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = value
    return url, data


def travel_past_go_live_time(article: ArticlePage) -> None:
    """Move the scheduled revision's go-live time into the past, as time would."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = Revision.objects.get(
        object_id=str(article.pk), approved_go_live_at__isnull=False
    )
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()


def body_data() -> dict:
    return nested_form_data(
        {
            "body": streamfield(
                [
                    ("heading", "What it does"),
                    ("paragraph", rich_text("<p>It <b>works</b>, slowly.</p>")),
                ]
            )
        }
    )


def test_editor_creates_and_publishes_an_article_with_reviewer_and_topics(
    site, editor_client
):
    reviewer = ContributorPageFactory(parent=site["directory"], title="Ana Ruiz")
    topic = TopicFactory(name="Devices")
    url, data = article_form(
        editor_client,
        site,
        title="LED masks, tested",
        slug="led-masks-tested",
        standfirst="Six weeks under red light.",
        reviewer=str(reviewer.pk),
        topics=[str(topic.pk)],
        extra={**body_data(), "action-publish": "publish"},
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="led-masks-tested")
    assert article.live
    assert article.reviewer == reviewer
    assert list(article.topics.all()) == [topic]
    page = editor_client.get(article.url).content.decode()
    assert "Reviewed by" in page and "Ana Ruiz" in page
    assert '<h2 class="body-heading" id="what-it-does">What it does</h2>' in page


def test_missing_standfirst_is_refused_and_nothing_is_published(site, editor_client):
    url, data = article_form(
        editor_client,
        site,
        title="No standfirst",
        slug="no-standfirst",
        standfirst="",
        extra={**body_data(), "action-publish": "publish"},
    )

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="no-standfirst").exists()


def test_preview_shows_the_unsaved_article(site, editor_client):
    url, data = article_form(
        editor_client,
        site,
        title="Preview me",
        slug="preview-me",
        standfirst="Seen before it exists.",
        extra=body_data(),
    )
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("articles", "articlepage", site["reviews"].pk),
    )

    assert editor_client.post(preview_url, data).json()["is_valid"]
    preview = editor_client.get(preview_url).content.decode()

    assert "Preview me" in preview and "It <b>works</b>, slowly." in preview
    assert not ArticlePage.objects.filter(slug="preview-me").exists()


def test_scheduled_article_goes_live_when_the_worker_runs_after_its_time(
    site, editor_client
):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    url, data = article_form(
        editor_client,
        site,
        title="Scheduled piece",
        slug="scheduled-piece",
        standfirst="Out tomorrow.",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        extra={**body_data(), "action-publish": "publish"},
    )
    editor_client.post(url, data)
    article = ArticlePage.objects.get(slug="scheduled-piece")
    assert not article.live
    assert editor_client.get("/reviews/scheduled-piece/").status_code == 404

    call_command("run_worker", "--once", verbosity=0)
    article.refresh_from_db()
    assert not article.live  # not yet time

    travel_past_go_live_time(article)
    call_command("run_worker", "--once", verbosity=0)

    article.refresh_from_db()
    assert article.live
    assert "Scheduled piece" in editor_client.get("/reviews/scheduled-piece/").text


def test_revising_a_published_article_keeps_history_and_updates_the_page(
    site, editor_client
):
    url, data = article_form(
        editor_client,
        site,
        title="First title",
        slug="revised",
        standfirst="Before.",
        extra={**body_data(), "action-publish": "publish"},
    )
    editor_client.post(url, data)
    article = ArticlePage.objects.get(slug="revised")
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    data = querydict_from_html(
        editor_client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    data.update(body_data())  # the admin's JavaScript renders the body's fields
    data["title"] = "Second title"
    data["action-publish"] = "publish"

    editor_client.post(edit_url, data)

    article.refresh_from_db()
    assert article.title == "Second title"
    assert article.revisions.count() == 2
    assert "Second title" in editor_client.get(article.url).text


def test_saving_a_draft_leaves_the_live_article_unchanged(site, editor_client):
    url, data = article_form(
        editor_client,
        site,
        title="Live title",
        slug="drafted",
        standfirst="Live.",
        extra={**body_data(), "action-publish": "publish"},
    )
    editor_client.post(url, data)
    article = ArticlePage.objects.get(slug="drafted")
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    data = querydict_from_html(
        editor_client.get(edit_url).content.decode(), form_id="page-edit-form"
    )
    data.update(body_data())
    data["title"] = "Draft title"

    editor_client.post(edit_url, data)

    html = editor_client.get(article.url).text
    assert "Live title" in html and "Draft title" not in html
