"""The header's account link: guests sign in through it, members reach their
account, and the page guests share stays the same for all of them."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = "/tmp/account-link-shots"
ACCOUNT = re.compile(r"/shop/accounts/profile/$")


@pytest.fixture
def member(site):
    return get_user_model().objects.create_user(
        "noor", "noor@example.com", "a long pass phrase"
    )


def test_a_guest_signs_in_from_the_header_and_then_finds_their_account(
    page, live_server, member
):
    page.goto(live_server.url + "/")
    header = page.get_by_role("banner")
    header.get_by_role("link", name="Sign in").click()

    form = page.locator("#login_form")
    form.get_by_label("Email address").fill("noor@example.com")
    form.get_by_label("Password").fill("a long pass phrase")
    form.get_by_role("button", name="Log In").click()
    expect(page).to_have_url(ACCOUNT)
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.goto(live_server.url + "/reviews/")
    expect(header.get_by_role("link", name="Sign in")).to_have_count(0)
    header.get_by_role("link", name="Your account").click()
    expect(page).to_have_url(ACCOUNT)
    page.screenshot(path=f"{SHOTS}/member-1280.png")


def test_on_a_phone_the_sign_in_link_shows_beside_the_basket(
    phone_page, live_server, site
):
    phone_page.goto(live_server.url + "/")
    link = phone_page.get_by_role("banner").get_by_role("link", name="Sign in")

    expect(link).to_be_in_viewport()
    basket = phone_page.get_by_role("link", name="Basket").bounding_box()
    assert abs(link.bounding_box()["y"] - basket["y"]) < 8  # the same row
    phone_page.screenshot(path=f"{SHOTS}/guest-375.png")
