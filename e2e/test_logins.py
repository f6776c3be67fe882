"""A visitor who keeps guessing a password is stopped, and told what to do."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from e2e.audit import VALIDATOR, axe_violations, report, validator_errors

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = "/tmp/logins-shots"


@pytest.fixture
def customer(site):
    return get_user_model().objects.create_user(
        "noor", "noor@example.com", "a long pass phrase"
    )


def guess(page, base_url: str, times: int) -> None:
    for _ in range(times):
        page.goto(f"{base_url}/shop/accounts/login/")
        form = page.locator("#login_form")
        form.get_by_label("Email address").fill("noor@example.com")
        form.get_by_label("Password").fill("not my password")
        form.get_by_role("button", name="Log In").click()


def test_shop_login_stops_after_five_wrong_passwords_with_a_clear_message(
    page, phone_page, live_server, customer, tmp_path
):
    guess(page, live_server.url, times=5)
    alert = page.get_by_role("alert")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Too many sign-in attempts"
    )
    expect(alert).to_contain_text("try again in 15 minutes")
    expect(alert.get_by_role("link", name="Reset it by email")).to_have_attribute(
        "href", "/shop/password-reset/"
    )
    page.screenshot(path=f"{SHOTS}/shop-lockout-1280.png", full_page=True)
    violations = axe_violations(page, "lockout")
    assert not violations, report(violations)
    if VALIDATOR.exists():
        errors = validator_errors({"lockout": page.content()}, tmp_path)
        assert not errors, report(errors)

    guess(phone_page, live_server.url, times=1)  # the same address, a new browser
    expect(phone_page.get_by_role("alert")).to_contain_text("try again")
    phone_page.screenshot(path=f"{SHOTS}/shop-lockout-375.png", full_page=True)


def test_four_wrong_guesses_still_show_the_sign_in_form(page, live_server, customer):
    guess(page, live_server.url, times=4)
    expect(page.locator("#login_form")).to_be_visible()
    expect(page.get_by_role("heading", name="Too many sign-in attempts")).to_have_count(
        0
    )
