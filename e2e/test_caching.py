"""Readers behind the real caching proxy: nothing of one visitor reaches another."""

import pytest
from playwright.sync_api import expect

from skintruth.accounts.models import ReaderProfile
from skintruth.comments.models import Comment, ModerationPolicy, Status
from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
    build_site,
)
from skintruth.shop.tests.factories import make_product, setup_shop

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shop_article():
    site = build_site()
    setup_shop()
    reviewer = ContributorPageFactory(parent=site["directory"], title="Marta Lindqvist")
    policy = ModerationPolicy.load()
    policy.min_seconds_to_fill = 0  # a test types faster than a person
    policy.max_links = 0  # so a member's comment with a link waits for moderation
    policy.save()
    product = make_product("Barrier serum", "24.00")
    page = ArticlePageFactory(
        parent=site["reviews"],
        reviewer=reviewer,
        title="Serum, tested",
        product=product,
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(
        "mina", "mina@example.com", "a long pass phrase", first_name="Mina"
    )
    ReaderProfile.choose(user, "Mina")
    return user


def sign_in(page, base: str) -> None:
    page.goto(base + "/shop/accounts/login/")
    page.fill("input[name=login-username]", "mina@example.com")
    page.fill("input[name=login-password]", "a long pass phrase")
    page.get_by_role("button", name="Log In").click()
    expect(page).not_to_have_url(base + "/shop/accounts/login/")


def post_comment(page, text: str, name: str = "", email: str = "") -> None:
    form = page.locator("#comment-form")
    form.get_by_label("My Comment").fill(text)
    if name:
        form.get_by_role("textbox", name="Name").fill(name)
        form.get_by_role("textbox", name="Email").fill(email)
    form.get_by_role("button", name="Post Comment").click()


def test_one_readers_state_never_reaches_another(
    caching_proxy, shop_article, member, page, second_page
):
    base = caching_proxy.url
    article = base + shop_article.url
    second_page.goto(article)  # the anonymous copy is now in the cache

    sign_in(page, base)
    page.goto(article)
    page.locator(".body-product, .reviewed-product").get_by_role(
        "button", name="Add to basket"
    ).first.click()
    page.goto(article)
    post_comment(page, "Mine has a link: https://example.com/serum")
    expect(page.locator("#notice")).to_contain_text("awaiting moderation")
    assert Comment.objects.get(user=member).status == Status.PENDING

    response = second_page.goto(article)
    assert response.headers["x-cache-status"] == "HIT"
    expect(second_page.locator("#basket-count")).to_have_text("")
    expect(
        second_page.locator("#comment-form").get_by_role("textbox", name="Name")
    ).to_have_value("")
    expect(second_page.locator("body")).not_to_contain_text("awaiting moderation")
    expect(second_page.locator("body")).not_to_contain_text("example.com/serum")
    expect(second_page.locator("body")).not_to_contain_text("Mina")

    page.goto(article)
    expect(page.locator("#basket-count")).to_contain_text("1")
    expect(page.locator("#comment-form")).to_contain_text("Commenting as Mina")


@pytest.mark.parametrize("reader", ["page", "no_js_page"])
def test_a_guest_comments_through_the_proxy_with_and_without_javascript(
    caching_proxy, shop_article, request, reader
):
    page = request.getfixturevalue(reader)
    page.goto(caching_proxy.url + shop_article.url)

    post_comment(page, "Worth it for dry skin?", "Dawn", "dawn@example.com")

    expect(page.locator("#notice")).to_contain_text("awaiting moderation")
    assert Comment.objects.filter(name="Dawn", page=shop_article).count() == 1


@pytest.mark.parametrize("javascript", [True, False])
def test_the_basket_works_through_the_proxy(
    caching_proxy, shop_article, browser, javascript
):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    product_url = caching_proxy.url + shop_article.product.get_absolute_url()
    page.goto(product_url)
    page.goto(product_url)  # the second read is the cached copy

    page.get_by_role("button", name="Add to basket").click()

    expect(page.locator("main")).to_contain_text("Barrier serum")
    expect(page.locator("main")).to_contain_text("$24.00")
    if javascript:
        page.goto(product_url)
        expect(page.locator("#basket-count")).to_contain_text("1")
    context.close()
