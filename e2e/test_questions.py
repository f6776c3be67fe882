"""Editors answer readers' questions from the site's own words."""

import datetime
import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Page

from skintruth.comments.demo_content import DEMO_TODAY
from skintruth.comments.models import Comment, Status

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE = "at-home-microcurrent-devices-guide"


@pytest.fixture
def rosas_question(demo_site, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@skintruth.test", "pw")
    return Comment.objects.create(
        page=Page.objects.get(slug=GUIDE),
        name="Rosa",
        email="rosa@example.com",
        text="Can microcurrent do anything for my jawline?",
        status=Status.APPROVED,
        is_question=True,
        created_at=DEMO_TODAY - datetime.timedelta(days=400),  # first in the queue
    )


def sign_in(page, live_server) -> None:
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def questions_count(page) -> int:
    label = page.get_by_role("link", name=re.compile(r"^Questions")).first
    found = re.search(r"\((\d+)\)", label.inner_text())
    return int(found.group(1)) if found else 0


def test_an_editor_answers_from_a_suggestion_and_the_asker_is_emailed(
    rosas_question, live_server, page
):
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/comments/questions/")
    question = page.locator(".comments-admin__question", has_text="Rosa asked")
    suggestion = question.locator(".comments-admin__suggestions li").first
    expect(suggestion).to_contain_text("jawline")
    mail.outbox.clear()

    suggestion.get_by_role("link", name="Reply quoting this").click()
    reply = page.get_by_label("Your reply")
    expect(reply).to_have_value(re.compile(r"jawline.*#what-can-microcurrent", re.S))
    reply.press("Control+End")
    reply.type("Give it six weeks of daily use before you judge.")
    page.get_by_role("button", name="Post reply").click()

    expect(page.get_by_text("Reply posted as")).to_be_visible()
    expect(
        page.locator(".comments-admin__question", has_text="Rosa asked")
    ).to_have_count(0)
    to_rosa = [m for m in mail.outbox if m.to == ["rosa@example.com"]]
    assert len(to_rosa) == 1
    assert "has an answer" in to_rosa[0].subject
    assert "six weeks of daily use" in to_rosa[0].body
    assert "/comments/unsubscribe/" in to_rosa[0].body
    assert to_rosa[0].extra_headers["List-Unsubscribe"]


def test_no_answer_needed_takes_a_question_out_of_the_count(
    rosas_question, live_server, page
):
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/comments/questions/")
    before = questions_count(page)

    question = page.locator(".comments-admin__question", has_text="Rosa asked")
    question.get_by_role("button", name="No answer needed").click()

    expect(page.get_by_text("Rosa's question set aside.")).to_be_visible()
    assert questions_count(page) == before - 1
    page.get_by_role("link", name="Set aside (1)").click()
    expect(
        page.locator(".comments-admin__question", has_text="Rosa asked")
    ).to_contain_text("No answer needed")


def test_a_reader_typing_a_question_is_offered_earlier_answers(
    demo_site, live_server, page
):
    page.goto(f"{live_server.url}/reviews/{GUIDE}/")
    text = page.locator("#comment-form").get_by_label("My Comment")

    text.fill("How close to my eyes can I use the microcurrent device?")

    offered = page.locator("#comment-form-answered")
    expect(offered).to_contain_text("Answered before")
    expect(offered).to_contain_text("(an earlier answer)")
    earlier = offered.get_by_role("link").filter(has_text="At-Home Microcurrent")
    expect(earlier.last).to_have_attribute("href", re.compile(r"^/reviews/.*#"))
    page.screenshot(path="/tmp/answered-before.png")
