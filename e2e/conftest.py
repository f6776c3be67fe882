"""Playwright against Debian's Chromium and pytest-django's live server."""

import os

import pytest
from django.conf import settings
from playwright.sync_api import sync_playwright
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make between browser steps are still plain synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def wagtail_base_data(transactional_db):
    """The rows Wagtail's migrations create, which a flush between tests removes.

    Browser tests need a transactional database (the live server reads what the
    test writes), and each one ends in a flush.
    """
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language)
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def pytest_collection_modifyitems(items):
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
