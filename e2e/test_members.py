"""One reader across the site: a member's display name, a guest remembered."""

import pytest
from playwright.sync_api import expect

from skintruth.comments.models import ModerationPolicy

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE = "/reviews/at-home-microcurrent-devices-guide/"


@pytest.fixture
def quick_typing(demo_site):
    policy = ModerationPolicy.load()
    policy.min_seconds_to_fill = 0  # a test types faster than a person
    policy.save()


def test_a_member_signs_up_with_a_display_name_and_comments_under_it(
    quick_typing, live_server, page
):
    page.goto(live_server.url + "/shop/accounts/register/")
    page.get_by_label("Email address").fill("noor@example.com")
    page.get_by_label("Display name").fill("Noor from Leeds")
    page.get_by_label("Password", exact=True).fill("a long and private phrase")
    page.get_by_label("Confirm password").fill("a long and private phrase")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("Welcome to skintruth, Noor from Leeds.")).to_be_visible()

    page.goto(live_server.url + GUIDE)
    form = page.locator("#comment-form")
    expect(form).to_contain_text(
        "Commenting as Noor from Leeds. Change your display name"
    )
    expect(form.locator("input[name=email]")).to_have_count(0)
    form.get_by_label("My Comment").fill("Three weeks in and my jaw feels less tense.")
    form.get_by_role("button", name="Post Comment").click()

    mine = page.locator(".comment", has_text="Three weeks in")
    expect(mine).to_contain_text("Noor from Leeds")
    page.screenshot(path="/tmp/member-comment.png")


def test_a_guests_remembered_details_fill_the_form_on_the_next_page(
    quick_typing, live_server, page
):
    page.goto(live_server.url + GUIDE)
    form = page.locator("#comment-form")
    form.get_by_label("My Comment").fill("The gel makes all the difference for me.")
    form.locator("input[name=name]").fill("Wren")
    form.locator("input[name=email]").fill("wren@example.com")
    form.get_by_label("Remember my name and email on this device").check()
    form.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Your comment is awaiting moderation")).to_be_visible()

    page.goto(live_server.url + "/reviews/retinol-for-beginners/")
    other = page.locator("#comment-form")
    expect(other.locator("input[name=name]")).to_have_value("Wren")
    expect(other.locator("input[name=email]")).to_have_value("wren@example.com")
    expect(
        other.get_by_label("Remember my name and email on this device")
    ).to_be_checked()
    page.locator(".comment__reply").first.click()
    reply = page.locator("form.comment-form--reply")
    expect(reply.locator("input[name=name]")).to_have_value("Wren")


def test_without_javascript_the_remember_box_is_not_offered(
    quick_typing, live_server, no_js_page
):
    no_js_page.goto(live_server.url + GUIDE)

    box = no_js_page.get_by_label("Remember my name and email on this device")
    expect(box).to_be_hidden()
