"""At 375 px every section is one tap away, with or without JavaScript."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

SECTIONS = ["Reviews", "Five Best", "Videos", "Contributors", "Be Inspired", "Shop"]
PHONE = {"width": 375, "height": 812}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_phone_navigation_shows_every_section_and_the_basket_up_top(
    demo_site, live_server, browser, javascript
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server.url + "/stories-do-not-live-here/")  # any page has the menu
    menu = page.get_by_role("navigation", name="Main")
    logo = page.get_by_role("link", name="skintruth home").bounding_box()
    basket = page.get_by_role("link", name="Basket").bounding_box()

    # The basket shares the logo's row, at the right edge.
    assert abs(basket["y"] - logo["y"]) < logo["height"]
    assert basket["x"] + basket["width"] <= PHONE["width"]
    for label in SECTIONS:
        box = menu.get_by_role("link", name=label, exact=True).bounding_box()
        assert box["x"] >= 0, label
        assert box["x"] + box["width"] <= PHONE["width"], label
        assert box["height"] >= 24, label  # a comfortable tap target

    for label in SECTIONS:
        menu.get_by_role("link", name=label, exact=True).click()
        expect(menu.get_by_role("link", name=label, exact=True)).to_have_attribute(
            "aria-current", "page"
        )
    context.close()
