"""Every kind of page is valid HTML, passes axe-core at 1280 px and has
nothing blocked by the Content-Security-Policy (the phone width is in
test_audit_phone.py, so the two run side by side)."""

import pytest

from e2e.audit import (
    ViolationLog,
    axe_violations,
    new_page,
    report,
    validator_errors,
    walk,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_page_kind_is_valid_html_passes_axe_and_csp_on_desktop(
    demo_site, live_server, browser, tmp_path
):
    page = new_page(browser, "desktop")
    blocked = ViolationLog(page)  # one walk for the CSP check too
    documents, violations = {}, {}

    def check(name: str) -> None:
        blocked.visited(name)
        # The validator reads what the server sent, not the DOM after scripts.
        documents[name] = page.context.request.get(page.url).text()
        violations.update(axe_violations(page, f"desktop {name}"))

    walk(page, live_server.url, check)
    page.context.close()

    assert len(documents) >= 35
    assert not blocked.found, "\n".join(blocked.found)
    assert not violations, report(violations)
    errors = validator_errors(documents, tmp_path)
    assert not errors, report(errors)
