"""Staff change the free-shipping threshold; readers see it at once."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def staff(django_user_model):
    django_user_model.objects.create_superuser(
        "sana", "sana@example.com", "a long pass phrase"
    )


def sign_in_to_wagtail(page, base_url: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", "sana")
    page.fill("input[name=password]", "a long pass phrase")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base_url}/admin/")


def reader_puts_a_serum_in_the_basket(page, base_url: str) -> None:
    page.goto(f"{base_url}/reviews/vitamin-c-serum-review/")
    card = page.locator(".body-product").filter(has_text="15% Vitamin C Serum")
    card.get_by_role("button", name="Add to basket").click()
    expect(page.locator(".shop-messages")).to_contain_text("15% Vitamin C Serum")


def test_staff_raise_the_threshold_and_banner_and_basket_follow(
    demo_site, live_server, staff, page, second_page
):
    base = live_server.url
    reader = second_page
    reader.goto(f"{base}/")
    expect(reader.locator(".announcement")).to_have_text(
        "Free shipping on all orders over $39"
    )
    reader_puts_a_serum_in_the_basket(reader, base)
    reader.goto(f"{base}/shop/basket/")
    expect(reader.locator("#main")).to_contain_text("away from free shipping")
    expect(reader.locator("#main")).to_contain_text("orders over $39.00")

    sign_in_to_wagtail(page, base)
    page.get_by_role("link", name="Shipping & threshold").click()
    expect(page.locator("#shipping-charges")).to_contain_text("$39.00")
    page.get_by_role("link", name="Edit Standard delivery").click()
    page.fill("input[name=free_shipping_threshold]", "-1")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#shipping-charges-form")).to_contain_text("0.00 or more")
    expect(page.locator("input[name=free_shipping_threshold]")).to_have_value("-1")
    page.fill("input[name=free_shipping_threshold]", "75.00")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#shipping-charges")).to_contain_text("$75.00")

    reader.goto(f"{base}/")
    expect(reader.locator(".announcement")).to_have_text(
        "Free shipping on all orders over $75"
    )
    reader.goto(f"{base}/shop/basket/")
    expect(reader.locator("#main")).to_contain_text("orders over $75.00")
    expect(reader.locator("#main")).not_to_contain_text("$39.00")
