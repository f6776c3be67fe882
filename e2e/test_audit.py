"""Every kind of page is valid HTML and passes axe-core at 1280 px (the
phone width is in test_audit_phone.py, so the two run side by side)."""

import pytest

from e2e.audit import axe_violations, new_page, report, validator_errors, walk

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_page_kind_is_valid_html_and_passes_axe_on_desktop(
    demo_site, live_server, browser, tmp_path
):
    page = new_page(browser, "desktop")
    documents, violations = {}, {}

    def check(name: str) -> None:
        # The validator reads what the server sent, not the DOM after scripts.
        documents[name] = page.context.request.get(page.url).text()
        violations.update(axe_violations(page, f"desktop {name}"))

    walk(page, live_server.url, check)
    page.context.close()

    assert len(documents) >= 35
    assert not violations, report(violations)
    errors = validator_errors(documents, tmp_path)
    assert not errors, report(errors)
