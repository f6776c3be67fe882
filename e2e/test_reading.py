"""A reader opens the home page, follows a link and reads an article."""

from playwright.sync_api import expect


def test_reader_follows_home_page_link_to_the_microcurrent_guide(
    demo_site, live_server, page
):
    page.goto(live_server.url + "/")
    expect(page.locator(".announcement")).to_have_text(
        "Free shipping on all orders over $39"
    )
    page.get_by_role("link", name="The Truth About At-Home Microcurrent").first.click()

    expect(page).to_have_url(
        live_server.url + "/reviews/at-home-microcurrent-devices-guide/"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "The Truth About At-Home Microcurrent"
    )
    byline = page.locator(".byline--article")
    expect(byline).to_contain_text("Reviewed by Marta Lindqvist")
    expect(byline).to_contain_text("October 14, 2026")
    expect(
        page.get_by_role("heading", name="What can microcurrent do for you?")
    ).to_be_visible()
    expect(page.locator(".body-list").first.locator("li")).to_have_count(5)


def test_reviewer_link_leads_to_profile_listing_their_reviews(
    demo_site, live_server, page
):
    page.goto(live_server.url + "/reviews/at-home-microcurrent-devices-guide/")
    page.locator(".byline--article").get_by_role("link", name="Marta Lindqvist").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Marta Lindqvist")
    expect(
        page.locator(".cards").get_by_role(
            "link", name="The Truth About At-Home Microcurrent"
        )
    ).to_be_visible()


def test_footer_cards_and_navigation_lead_somewhere_real(demo_site, live_server, page):
    page.goto(live_server.url + "/")
    for label in [
        "Reviews",
        "Five Best",
        "Videos",
        "Contributors",
        "Be Inspired",
        "Shop",
    ]:
        page.get_by_role("navigation", name="Main").get_by_role(
            "link", name=label, exact=True
        ).click()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert page.title() != ""
        page.go_back()
    page.get_by_role("link", name="Meet Them").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Contributors")


def test_phone_reader_sees_the_article_without_sideways_scrolling(
    demo_site, live_server, phone_page
):
    phone_page.goto(live_server.url + "/reviews/at-home-microcurrent-devices-guide/")
    expect(phone_page.get_by_role("heading", level=1)).to_be_visible()
    scroll_width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 375
