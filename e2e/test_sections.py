"""A reader finds Five Best, Videos, Be Inspired and search from the site shell."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_footer_cards_open_each_section(demo_site, live_server, page):
    page.goto(live_server.url + "/")
    cards = {
        "Five Best": "Five Best",
        "Videos": "Videos",
        "Meet Our Contributors": "Contributors",
        "Be Inspired": "Be Inspired",
    }
    for card, heading in cards.items():
        promo = page.locator(".promo", has=page.get_by_role("heading", name=card))
        promo.get_by_role("link").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        expect(page.locator(".card, .person").first).to_be_visible()
        page.go_back()


def test_navigation_opens_each_section(demo_site, live_server, page):
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    for label in ["Five Best", "Videos", "Contributors", "Be Inspired"]:
        nav.get_by_role("link", name=label, exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(label)
        expect(nav.get_by_role("link", name=label, exact=True)).to_have_attribute(
            "aria-current", "page"
        )


def test_reader_plays_a_video_with_captions(demo_site, live_server, page):
    page.goto(live_server.url + "/videos/")
    page.get_by_role(
        "link", name="A Five-Minute Microcurrent Routine, Step by Step"
    ).click()
    video = page.locator("video")
    expect(video).to_have_attribute("poster", re.compile(r".+\.jpg$"))
    video.click()
    page.evaluate("document.querySelector('video').play()")
    # Not wait_for_function: it builds its predicate with eval, which the CSP refuses.
    for _ in range(100):
        if page.evaluate("document.querySelector('video').currentTime") > 0.5:
            break
        page.wait_for_timeout(100)
    assert page.evaluate("document.querySelector('video').currentTime") > 0.5
    assert page.evaluate("document.querySelector('video').error") is None
    cues = page.evaluate("document.querySelector('video').textTracks[0].cues.length")
    assert cues == 3


def test_search_for_microcurrent_reaches_the_guide(demo_site, live_server, page):
    page.goto(live_server.url + "/")
    page.get_by_role("searchbox", name="Search skintruth").fill("microcurrent")
    page.get_by_role("button", name="Search").click()
    results = page.locator(".search-group").first
    expect(results.locator("mark").first).to_have_text("Microcurrent")
    page.get_by_role("link", name="The Truth About At-Home Microcurrent").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "The Truth About At-Home Microcurrent"
    )


def test_five_best_list_links_to_a_product_in_the_shop(demo_site, live_server, page):
    page.goto(live_server.url + "/five-best/")
    page.get_by_role("link", name="Five Best for sagging", exact=True).click()
    expect(page.locator(".pick")).to_have_count(5)
    first = page.locator(".pick").first
    product = first.locator(".pick__title a").inner_text()
    first.locator(".pick__title a").click()
    expect(page).to_have_url(re.compile(r".*/shop/catalogue/.+"))
    expect(page.get_by_role("heading", level=1)).to_have_text(product)


def test_phone_reader_sees_a_list_without_sideways_scrolling(
    demo_site, live_server, phone_page
):
    phone_page.goto(live_server.url + "/five-best/best-for-wrinkles/")
    expect(phone_page.locator(".pick")).to_have_count(5)
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375
