"""One reader across the site: a member's display name, a guest remembered."""

import re

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
    expect(form).to_contain_text("Commenting as Noor from Leeds")
    expect(form.get_by_label("Email")).to_have_count(0)
    form.get_by_label("My Comment").fill("Three weeks in and my jaw feels less tense.")
    form.get_by_role("button", name="Post Comment").click()

    mine = page.locator(".comment", has_text="Three weeks in")
    expect(mine).to_contain_text("Noor from Leeds")
    page.screenshot(path="/tmp/member-comment.png")
