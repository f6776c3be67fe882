"""A guest buys from an article's product card, with and without free shipping."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

ADDRESS = {
    "first_name": "Ada",
    "last_name": "Okafor",
    "line1": "12 Elm Street",
    "line4": "Portland",
    "state": "OR",
    "postcode": "97201",
}


def add_from_article(page, base_url: str, article: str, product: str) -> None:
    page.goto(f"{base_url}/reviews/{article}/")
    card = page.locator(".body-product").filter(has_text=product)
    card.get_by_role("button", name="Add to basket").click()
    expect(page.locator(".shop-messages")).to_contain_text(product)


def checkout_to_preview(page, base_url: str, card_number: str) -> None:
    page.goto(f"{base_url}/shop/basket/")
    page.get_by_role("link", name="Proceed to checkout").click()
    page.fill("input[name=username]", "ada@example.com")
    page.get_by_role("button", name="Continue").click()
    for name, value in ADDRESS.items():
        page.fill(f"[name={name}]", value)
    if page.locator("select[name=country]").count():  # hidden when only one
        page.select_option("select[name=country]", "US")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Select option").first.click()
    page.fill("input[name=name]", "Ada Okafor")
    page.fill("input[name=number]", card_number)
    page.fill("input[name=expiry]", "12/39")
    page.fill("input[name=cvc]", "123")
    page.get_by_role("button", name="Review your order").click()


@pytest.mark.parametrize(
    ("article", "product", "shipping", "total"),
    [
        ("vitamin-c-serum-review", "15% Vitamin C Serum", "$5.95", "$44.94"),
        ("peptide-serums-worth-it", "Peptide Complex Serum", "$0.00", "$39.00"),
    ],
)
def test_guest_buys_from_an_article_card(
    demo_site, live_server, page, article, product, shipping, total
):
    add_from_article(page, live_server.url, article, product)
    checkout_to_preview(page, live_server.url, "4242 4242 4242 4242")
    expect(page.locator("#main")).to_contain_text(shipping)
    page.get_by_role("button", name="Place order").click()
    expect(page).to_have_url(live_server.url + "/shop/checkout/thank-you/")
    expect(page.locator("#main")).to_contain_text(total)
    expect(page.locator("#main")).to_contain_text(product)


def test_declined_card_keeps_the_basket_with_a_clear_message(
    demo_site, live_server, page
):
    add_from_article(
        page, live_server.url, "vitamin-c-serum-review", "15% Vitamin C Serum"
    )
    checkout_to_preview(page, live_server.url, "4000 0000 0000 0002")
    page.get_by_role("button", name="Place order").click()
    expect(page.locator("#main")).to_contain_text("Your card was declined")
    page.goto(live_server.url + "/shop/basket/")
    expect(page.locator(".basket-line")).to_contain_text("15% Vitamin C Serum")
