"""A walk through the demo that opens one page of every kind, and the checks
run on each: the Nu HTML Checker on the HTML the page was served with, and
axe-core (WCAG 2.2 AA and axe's best practices) on what the browser shows.

A reader, a shopper, a new member and a commenter each take their part of it.
"""

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.core import signing
from playwright.sync_api import expect

from skintruth.comments.models import Comment, ModerationPolicy
from skintruth.privacy.services import access_token
from skintruth.shop.basket.models import Basket
from skintruth.shop.catalogue.models import Brand, Category, Product
from skintruth.shop.checkout.views import BASKET_SALT
from skintruth.shop.payment.models import CheckoutAttempt
from skintruth.shop.tests.factories import ADDRESS

VALIDATOR = settings.BASE_DIR / "var" / "tools" / "vnu-26.9.27.jar"
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}

READER_PAGES = {
    "home": "/",
    "review index": "/reviews/",
    "topic": "/reviews/topic/devices/",
    "guide": "/reviews/at-home-microcurrent-devices-guide/",
    "review": "/reviews/vitamin-c-serum-review/",
    "five best index": "/five-best/",
    "five best list": "/five-best/best-for-wrinkles/",
    "video index": "/videos/",
    "video": "/videos/gua-sha-for-beginners/",
    "story index": "/be-inspired/",
    "story": "/be-inspired/why-i-stopped-hiding-my-forehead/",
    "contributor index": "/contributors/",
    "contributor": "/contributors/marta-lindqvist/",
    "search": "/search/?q=microcurrent",
    "search, nothing found": "/search/?q=zzzzqq",
    "catalogue": "/shop/catalogue/",
    "empty basket": "/shop/basket/",
    "sign in": "/shop/accounts/login/",
    "password reset": "/shop/password-reset/",
    "not found": "/no-such-page/",
    "privacy": "/privacy/",
}


def shop_pages() -> dict[str, str]:
    product = Product.objects.get(title="Microcurrent Sculpt Wand")
    review = product.reviews.filter(status=product.reviews.model.APPROVED).first()
    return {
        "product": product.get_absolute_url(),
        "product reviews": product.get_absolute_url() + "reviews/",
        "one review": product.get_absolute_url() + f"reviews/{review.pk}/",
        "rate a product": product.get_absolute_url() + "reviews/add/",
        "category": Category.objects.get(name="Serums").get_absolute_url(),
        "brand": Brand.objects.filter(products__isnull=False)
        .first()
        .get_absolute_url(),
    }


def walk(page, base_url: str, visit: Callable[[str], None]) -> None:
    """Open one page of every kind and call `visit(name)` on each."""
    for name, path in {**READER_PAGES, **shop_pages()}.items():
        page.goto(base_url + path)
        visit(name)
    for name in shopper_steps(page, base_url):
        visit(name)
    for name in member_steps(page, base_url):
        visit(name)
    for name in commenter_steps(page, base_url):
        visit(name)


def shopper_steps(page, base_url: str) -> Iterator[str]:
    page.goto(base_url + shop_pages()["product"])
    page.get_by_role("button", name="Add to basket").first.click()
    page.goto(base_url + "/shop/basket/")
    yield "basket"
    page.get_by_role("link", name="Proceed to checkout").click()
    yield "checkout: sign in or guest"
    page.fill("input[name=username]", "audit@example.com")
    page.get_by_role("button", name="Continue").click()
    yield "checkout: address"
    for field, value in ADDRESS.items():
        if field != "country":  # a select, and hidden when there is only one
            page.fill(f"[name={field}]", value)
    if page.locator("select[name=country]").count():
        page.select_option("select[name=country]", "US")
    page.get_by_role("button", name="Continue").click()
    yield "checkout: delivery"
    page.get_by_role("button", name="Select option").first.click()
    yield "checkout: payment"
    page.fill("input[name=name]", "Ada Okafor")
    page.fill("input[name=number]", "4242 4242 4242 4242")
    page.fill("input[name=expiry]", "12/39")
    page.fill("input[name=cvc]", "123")
    page.get_by_role("button", name="Review your order").click()
    yield "checkout: preview"
    page.get_by_role("button", name="Place order").click()
    expect(page).to_have_url(base_url + "/shop/checkout/thank-you/")
    yield "order placed"
    page.goto(base_url + order_being_placed())
    yield "checkout: order being placed"


def order_being_placed() -> str:
    """The status page of an order whose placing is still under way."""
    basket = Basket.objects.create(status=Basket.FROZEN)
    CheckoutAttempt.objects.create(
        basket=basket, order_number=f"9{basket.pk:05d}", amount=10, currency="USD"
    )
    return f"/shop/checkout/placing/{signing.dumps(basket.pk, salt=BASKET_SALT)}/"


def member_steps(page, base_url: str) -> Iterator[str]:
    page.goto(base_url + "/shop/accounts/register/")
    yield "register"
    width = page.viewport_size["width"]  # one new member per walk
    page.fill("input[name=email]", f"new.reader.{width}@example.com")
    page.fill("input[name=display_name]", f"New reader {width}")
    page.fill("input[name=password1]", "a long and private phrase")
    page.fill("input[name=password2]", "a long and private phrase")
    page.get_by_role("button", name="Register").click()
    page.goto(base_url + "/shop/accounts/profile/")
    yield "account"
    page.goto(base_url + "/shop/accounts/profile/edit/")
    yield "account: edit profile"
    page.goto(base_url + "/comments/my-activity/")
    yield "account: my activity"
    page.goto(base_url + "/shop/accounts/orders/")
    yield "order history"
    page.goto(base_url + "/privacy/mine/")
    yield "your data"
    page.goto(base_url + "/shop/accounts/logout/")
    yield "sign out"
    page.get_by_role("button", name="Sign out").click()
    page.goto(base_url + "/shop/password-reset/")
    page.fill("input[name=email]", f"new.reader.{width}@example.com")
    page.get_by_role("button", name="Send reset email").click()
    yield "password reset sent"
    page.context.clear_cookies()


def commenter_steps(page, base_url: str) -> Iterator[str]:
    policy = ModerationPolicy.load()
    policy.min_seconds_to_fill = 0  # the walk types faster than a person
    policy.save()
    page.goto(base_url + READER_PAGES["review"])
    form = page.locator("#comment-form")
    width = page.viewport_size["width"]  # one comment per walk
    form.get_by_label("My Comment").fill(f"Does it sting on shaved skin? ({width})")
    form.get_by_role("textbox", name="Name").fill("Dawn")
    form.get_by_role("textbox", name="Email").fill("dawn@example.com")
    form.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_role("status")).to_contain_text("Thank you")
    page.reload()
    yield "review, after commenting"
    comment = Comment.objects.filter(name="Dawn").latest("pk")
    page.goto(f"{base_url}/comments/{comment.pk}/edit/")
    yield "edit a comment"
    page.goto(f"{base_url}/comments/{comment.pk}/delete/")
    yield "delete a comment"
    page.goto(base_url + "/comments/unsubscribe/not-a-real-token/")
    yield "expired email link"
    page.goto(f"{base_url}/privacy/data/{access_token('dawn@example.com')}/")
    yield "your data, from an emailed link"
    page.get_by_role("button", name="Erase my data").click()
    yield "your data, erasure not confirmed"
    page.context.clear_cookies()


def validator_errors(documents: dict[str, str], folder: Path) -> dict[str, list[str]]:
    """The Nu HTML Checker's errors for each document, by page name."""
    assert VALIDATOR.exists(), f"{VALIDATOR} is missing: run `make validator-deps`"
    files = {}
    for number, (name, html) in enumerate(documents.items()):
        path = folder / f"page-{number}.html"
        path.write_text(html)
        files[str(path)] = name
    run = subprocess.run(
        ["java", "-jar", str(VALIDATOR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors: dict[str, list[str]] = {}
    for message in json.loads(run.stderr)["messages"]:
        name = files[message["url"].removeprefix("file:")]
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message['message']}"
        )
    return errors


def axe_violations(page, label: str) -> dict[str, list]:
    """axe-core's violations on the page the browser shows, by rule."""
    options = {"runOnly": {"type": "tag", "values": AXE_RULES}}
    found = {}
    for violation in Axe().run(page, options=options).response["violations"]:
        targets = [node["target"] for node in violation["nodes"]][:3]
        found[f"{label}: {violation['id']}"] = targets
    return found


# Runs in every document before its own scripts: each blocked load or inline
# script is handed to the test with the directive that blocked it.
LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked `
        + `${event.blockedURI || "inline"}`
        + ` (${event.sourceFile}:${event.lineNumber})`
    );
});
"""


class ViolationLog:
    """What the browser blocked (events and console), by the page being shown."""

    def __init__(self, page):
        self.page = page
        self.current = "start"
        self.found: list[str] = []
        page.expose_function("cspViolation", self.add)
        page.add_init_script(LISTEN)
        page.on("console", self.console)

    def add(self, text: str) -> None:
        self.found.append(f"{self.current}: {text}")

    def console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.add(message.text)

    def visited(self, name: str) -> None:
        # Late events (deferred scripts, lazy images) belong to this page.
        self.current = name
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(150)


def new_page(browser, width_name: str):
    width, height = WIDTHS[width_name]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    return context.new_page()


def report(problems: dict[str, list]) -> str:
    return "\n".join(f"{name}: {found}" for name, found in problems.items())
