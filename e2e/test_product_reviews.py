"""A buyer rates a product; an editor approves it; readers see it, verified."""

import pytest
from playwright.sync_api import expect

from skintruth.accounts.models import ReaderProfile
from skintruth.core.tests.factories import build_site
from skintruth.shop.tests.factories import make_order, make_product, setup_shop

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def product(django_user_model):
    setup_shop()
    build_site()
    product = make_product("Ceramide Barrier Cream", "32.00")
    buyer = django_user_model.objects.create_user(
        "mina", "mina@example.com", "a long pass phrase", first_name="Mina"
    )
    ReaderProfile.choose(buyer, "Mina")
    make_order(product, user=buyer)
    django_user_model.objects.create_superuser("editor", "e@example.com", "pw-e2e")
    return product


def sign_in_as_buyer(page, base: str) -> None:
    page.goto(base + "/shop/accounts/login/")
    page.fill("input[name=login-username]", "mina@example.com")
    page.fill("input[name=login-password]", "a long pass phrase")
    page.get_by_role("button", name="Log In").click()
    expect(page).not_to_have_url(base + "/shop/accounts/login/")


def test_buyer_rates_editor_approves_and_readers_see_a_verified_rating(
    live_server, page, product
):
    base = live_server.url
    sign_in_as_buyer(page, base)
    page.goto(base + product.get_absolute_url())
    page.get_by_role("link", name="Rate this product").click()
    form = page.locator("#addreview form")
    form.get_by_role("button", name="Send review").click()
    expect(form.locator("#score-error")).to_have_text(
        "Choose a rating from 1 to 5 stars."
    )
    form.get_by_label("Headline").fill("Calm skin by day three")
    form.get_by_label("Your review").fill("No stinging, and the flakes are gone.")
    page.get_by_label("4 stars").focus()  # the stars are radios: keyboard works
    page.keyboard.press("Space")
    form.get_by_role("button", name="Send review").click()
    expect(page.locator(".shop-messages")).to_contain_text("Thank you")
    expect(page.locator("#reviews")).not_to_contain_text("Calm skin by day three")

    page.context.clear_cookies()
    page.goto(base + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw-e2e")
    page.get_by_role("button", name="Sign in").click()
    page.goto(base + "/admin/product-reviews/")
    expect(page.get_by_text("4 of 5: Calm skin by day three")).to_be_visible()
    page.get_by_role("button", name="Approve review").click()
    expect(page.get_by_text("1 product review approved.")).to_be_visible()

    page.context.clear_cookies()
    page.goto(base + product.get_absolute_url())
    expect(page.locator(".product-detail__rating")).to_contain_text("4.0 out of 5")
    expect(page.locator(".product-detail__rating")).to_contain_text("1 review")
    review = page.locator("#reviews .review")
    expect(review).to_contain_text("Calm skin by day three")
    expect(review).to_contain_text("Verified buyer")
    expect(review).to_contain_text("Sign in to vote")


def test_guest_rates_without_javascript_and_keeps_what_they_typed(
    live_server, no_js_page, product
):
    page = no_js_page
    page.goto(live_server.url + product.get_absolute_url() + "reviews/add/")
    form = page.locator("#addreview form")
    form.get_by_label("Headline").fill("Rich but fine")
    form.locator("label[for=id_score_2]").click()  # the third star
    form.get_by_role("button", name="Send review").click()
    expect(form.locator("#id_body-error")).to_have_text("Tell readers what you found.")
    expect(form.get_by_label("Headline")).to_have_value("Rich but fine")
    expect(form.get_by_label("3 stars")).to_be_checked()
    form.get_by_label("Your review").fill("Heavy for summer.")
    form.get_by_label("Your name").fill("Sam")
    form.get_by_label("Email").fill("sam@example.com")
    form.get_by_role("button", name="Send review").click()
    expect(page.locator(".shop-messages")).to_contain_text("Thank you")
