"""Readers discuss an article; an editor moderates in the admin."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from skintruth.comments.models import Comment, ModerationPolicy, Status
from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    build_site,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article():
    site = build_site()
    reviewer = ContributorPageFactory(
        parent=site["directory"], title="Marta Lindqvist", email="marta@example.com"
    )
    policy = ModerationPolicy.load()
    policy.min_seconds_to_fill = 0  # a test types faster than a person
    policy.save()
    return ArticlePageFactory(
        parent=site["reviews"], reviewer=reviewer, title="Microcurrent, tested"
    )


def add_comments(page, count: int) -> list[Comment]:
    now = timezone.now()
    return Comment.objects.bulk_create(
        Comment(
            page=page,
            name=f"Reader {i}",
            email=f"r{i}@example.com",
            text=f"Thought number {i}",
            status=Status.APPROVED,
            created_at=now - datetime.timedelta(hours=count - i),
        )
        for i in range(count)
    )


def fill_comment(form, text="Does it work on the neck?"):
    form.get_by_label("My Comment").fill(text)
    form.get_by_role("textbox", name="Name").fill("Dawn")
    form.get_by_role("textbox", name="Email").fill("dawn@example.com")


def test_guest_comment_is_held_then_approved_in_the_admin_and_shown(
    article, live_server, page, django_user_model
):
    django_user_model.objects.create_superuser("editor", "e@example.com", "pw-e2e")
    page.goto(live_server.url + article.url)
    form = page.locator("#comment-form")
    fill_comment(form)
    form.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Your comment is awaiting moderation"
    )
    expect(page.locator(".comment")).to_have_count(0)

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw-e2e")
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/admin/comments/")
    expect(page.get_by_text("Does it work on the neck?")).to_be_visible()
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("1 comment approved.")).to_be_visible()

    page.goto(live_server.url + article.url)
    comment = page.locator(".comment").first
    expect(comment).to_contain_text("by Dawn")
    expect(comment).to_contain_text("Does it work on the neck?")
    expect(page.locator(".comment-count")).to_have_text("1 Comment")


def test_guest_without_javascript_sees_the_moderation_notice(
    article, live_server, no_js_page
):
    no_js_page.goto(live_server.url + article.url)
    form = no_js_page.locator("#comment-form")
    fill_comment(form)
    form.get_by_role("button", name="Post Comment").click()
    expect(no_js_page.locator("#notice")).to_contain_text(
        "Your comment is awaiting moderation"
    )
    assert Comment.objects.get().status == Status.PENDING


def test_reply_opens_under_the_comment_cancel_puts_it_back_and_reply_posts(
    article, live_server, page
):
    (parent,) = add_comments(article, 1)
    Comment.objects.create(
        page=article,
        name="Dawn",
        email="dawn@example.com",
        text="Earlier",
        status=Status.APPROVED,
    )
    page.goto(live_server.url + article.url)
    thread = page.locator(f"#comment-{parent.pk}")
    thread.get_by_role("link", name="Reply to Reader 0").click()
    reply_form = thread.locator("form")
    expect(reply_form).to_be_visible()
    expect(reply_form).to_contain_text("Reply to Reader 0")

    reply_form.get_by_role("link", name="Cancel").click()
    expect(thread.locator("form")).to_have_count(0)

    thread.get_by_role("link", name="Reply to Reader 0").click()
    fill_comment(thread.locator("form"), text="Agreed, it helped me too.")
    thread.get_by_role("button", name="Post Reply").click()
    expect(thread.get_by_role("status")).to_have_text(
        "Thank you! Your comment is live."
    )
    expect(thread.locator(".comment-list--replies")).to_contain_text(
        "Agreed, it helped me too."
    )
    assert Comment.objects.get(text="Agreed, it helped me too.").parent == parent


def test_empty_form_shows_errors_beside_fields_and_keeps_the_text(
    article, live_server, page
):
    page.goto(live_server.url + article.url)
    form = page.locator("#comment-form")
    form.get_by_label("My Comment").fill("My half-finished thought")
    form.get_by_role("button", name="Post Comment").click()

    form = page.locator("#comment-form")
    expect(form.get_by_text("Please tell us your name.")).to_be_visible()
    expect(form.get_by_text("Please give your email address.")).to_be_visible()
    expect(form.get_by_label("My Comment")).to_have_value("My half-finished thought")
    assert not Comment.objects.exists()


def test_empty_form_without_javascript_shows_errors_too(
    article, live_server, no_js_page
):
    no_js_page.goto(live_server.url + article.url)
    form = no_js_page.locator("#comment-form")
    form.get_by_role("textbox", name="Name").fill("Dawn")
    form.get_by_role("button", name="Post Comment").click()

    form = no_js_page.locator("#comment-form")
    expect(form.get_by_text("Please write your comment.")).to_be_visible()
    expect(form.get_by_role("textbox", name="Name")).to_have_value("Dawn")


def test_show_more_loads_in_place_with_javascript(article, live_server, page):
    add_comments(article, 45)
    page.goto(live_server.url + article.url)
    top_level = page.locator(".comment--depth-0")
    expect(top_level).to_have_count(20)

    page.get_by_role("link", name="Show more comments").click()
    expect(top_level).to_have_count(40)
    assert page.url == live_server.url + article.url  # no navigation
    page.get_by_role("link", name="Show more comments").click()
    expect(top_level).to_have_count(45)
    expect(page.get_by_role("link", name="Show more comments")).to_have_count(0)


def test_show_more_works_without_javascript(article, live_server, no_js_page):
    add_comments(article, 45)
    no_js_page.goto(live_server.url + article.url)
    expect(no_js_page.locator(".comment--depth-0")).to_have_count(20)
    no_js_page.get_by_role("link", name="Show more comments").click()
    expect(no_js_page.locator(".comment--depth-0")).to_have_count(40)
    expect(no_js_page.get_by_text("Thought number 5", exact=True)).to_be_visible()
