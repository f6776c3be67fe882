"""A guest asks for their data on the privacy page, downloads it and erases it."""

import json
import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from skintruth.comments.models import Comment, Status
from skintruth.core.tests.factories import ArticlePageFactory, build_site

pytestmark = pytest.mark.django_db(transaction=True)
SCREENSHOTS = "/tmp/readerdata-shots"


@pytest.fixture
def thread():
    site = build_site()
    article = ArticlePageFactory(parent=site["reviews"], title="Microcurrent, tested")
    mine = Comment.objects.create(
        page=article,
        name="Dawn",
        email="dawn@example.com",
        text="Does it sting?",
        status=Status.APPROVED,
        ip_address="10.0.0.9",
    )
    Comment.objects.create(
        page=article,
        parent=mine,
        root=mine,
        name="Marta",
        email="marta@example.com",
        text="Not on bare skin.",
        status=Status.APPROVED,
    )
    return article


def emailed_link(live_server) -> str:
    return live_server.url + re.search(r"(/privacy/data/\S+/)", mail.outbox[-1].body)[1]


def test_guest_downloads_then_removes_their_comment_without_javascript(
    thread, live_server, no_js_page, phone_page
):
    page = no_js_page
    page.goto(live_server.url + "/privacy/")
    page.screenshot(path=f"{SCREENSHOTS}/privacy-1280.png", full_page=True)
    page.get_by_label("Your email address").fill("dawn@example.com")
    page.get_by_role("button", name="Email me a link").click()
    expect(page.get_by_role("status")).to_contain_text("We sent a link")

    page.goto(emailed_link(live_server))
    expect(page.get_by_role("heading", name="Your data", exact=True)).to_be_visible()
    page.screenshot(path=f"{SCREENSHOTS}/data-1280.png", full_page=True)
    phone_page.goto(emailed_link(live_server))
    phone_page.screenshot(path=f"{SCREENSHOTS}/data-375.png", full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your data").click()
    data = json.loads(Path(download.value.path()).read_text())
    assert [c["text"] for c in data["comments"]] == ["Does it sting?"]

    page.get_by_label("Remove them").check()
    page.get_by_label("Type your email address to confirm").fill("dawn@example.com")
    page.get_by_role("button", name="Erase my data").click()
    expect(page.get_by_role("heading", name="Your data was erased")).to_be_visible()

    page.goto(live_server.url + thread.url)
    expect(page.get_by_text("Comment removed at the reader’s request.")).to_be_visible()
    expect(page.get_by_text("Not on bare skin.")).to_be_visible()
    expect(page.get_by_text("Does it sting?")).to_have_count(0)
    page.screenshot(path=f"{SCREENSHOTS}/thread-1280.png", full_page=True)
    phone_page.goto(live_server.url + "/privacy/")
    phone_page.screenshot(path=f"{SCREENSHOTS}/privacy-375.png", full_page=True)


def test_staff_erase_a_guest_on_request_from_the_admin(
    thread, live_server, page, django_user_model
):
    django_user_model.objects.create_superuser("editor", "e@example.com", "pw-e2e")
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw-e2e")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Reader data").click()
    page.get_by_label("Reader's email address").fill("dawn@example.com")
    page.get_by_role("button", name="Look up").click()
    found = page.get_by_text("No account: a guest. 1 comment, 0 orders.")
    expect(found).to_be_visible()
    page.screenshot(path=f"{SCREENSHOTS}/admin-1280.png", full_page=True)

    page.get_by_label("Keep the text").check()
    page.get_by_label("Type their email address to confirm").fill("dawn@example.com")
    page.get_by_role("button", name="Erase their data").click()

    expect(page.get_by_text("Erased the data of dawn@example.com")).to_be_visible()
    assert Comment.objects.get(text="Does it sting?").name == "Former reader"
