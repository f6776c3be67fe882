"""Every kind of page passes axe-core at 375 px, a phone's width."""

import pytest

from e2e.audit import axe_violations, new_page, report, walk

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_page_kind_passes_axe_on_a_phone(demo_site, live_server, browser):
    page = new_page(browser, "phone")
    violations = {}

    def check(name: str) -> None:
        violations.update(axe_violations(page, f"phone {name}"))

    walk(page, live_server.url, check)
    page.context.close()

    assert len(violations) == 0, report(violations)
