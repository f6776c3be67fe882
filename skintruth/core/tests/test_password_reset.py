"""The Wagtail admin's password reset gives nothing away and links to SITE_URL."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skintruth.core.models import OutgoingEmail

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", "editor@example.com", "a long pass phrase", is_staff=True
    )


def main_text(response) -> str:
    """What the reader is told: the page's main part (the rest has a CSRF token)."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def ask_reset(client, email):
    with CaptureQueriesContext(connection) as queries:
        response = client.post(RESET, {"email": email}, follow=True)
    return response, [q["sql"] for q in queries.captured_queries]


def test_known_and_unknown_addresses_get_the_same_answer_and_work(
    client, editor, django_capture_on_commit_callbacks
):
    ask_reset(client, "first@example.com")  # fills the caches every request uses
    with django_capture_on_commit_callbacks() as known_tasks:
        known, known_sql = ask_reset(client, "editor@example.com")
    with django_capture_on_commit_callbacks() as unknown_tasks:
        unknown, unknown_sql = ask_reset(client, "nobody@example.com")
    assert main_text(known) == main_text(unknown)
    assert "if an account exists for this address" in main_text(known)
    assert known_sql == unknown_sql
    assert len(known_tasks) == len(unknown_tasks) == 1
    assert mail.outbox == []


def test_the_email_goes_through_the_outbox_with_the_public_address(
    client, editor, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = "https://skintruth.example"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESET, {"email": "editor@example.com"}, HTTP_HOST="evil.example")
    (email,) = mail.outbox
    assert "https://skintruth.example/admin/password_reset/confirm/" in email.body
    assert "evil.example" not in email.body
    assert OutgoingEmail.objects.get().recipient == "editor@example.com"
