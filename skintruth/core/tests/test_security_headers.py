"""The headers every page carries: CSP by area, Permissions-Policy, no-store,
and cookies that name their SameSite (and Secure in production)."""

import json
import logging
import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import override_settings
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from skintruth.core.tests.factories import ArticlePageFactory, build_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    site = build_site()
    page = ArticlePageFactory(parent=site["reviews"], title="Shared page")
    page.save_revision().publish()
    return page


def directives(header: str) -> dict[str, list[str]]:
    found = {}
    for part in header.split(";"):
        name, *values = part.split()
        found[name] = values
    return found


@pytest.fixture
def staff(django_user_model, client):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    return user


def test_article_policy_allows_only_our_script_files(client, article):
    policy = directives(client.get(article.url)["Content-Security-Policy"])

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["report-uri"] == ["/csp-report/"]


def test_article_stays_shared_and_identical_for_every_reader(client, article):
    first = client.get(article.url)
    second = client.get(article.url)

    assert first["Cache-Control"] == "public, max-age=0, s-maxage=3600"
    assert "nonce" not in first["Content-Security-Policy"]
    assert first.content == second.content


def test_article_forbids_camera_microphone_and_location(client, article):
    header = client.get(article.url)["Permissions-Policy"]

    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in header


@pytest.mark.parametrize(
    "path",
    ["/shop/basket/", "/shop/checkout/", "/shop/accounts/login/", "/admin/"],
)
def test_personal_pages_are_never_stored(client, site, path):
    response = client.get(path)

    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_dashboard_is_never_stored_and_runs_its_script_with_a_nonce(
    client, site, staff
):
    response = client.get("/shop/dashboard/")
    policy = directives(response["Content-Security-Policy"])
    nonce = next(v for v in policy["script-src"] if v.startswith("'nonce-"))

    assert "no-store" in response["Cache-Control"]
    assert f'nonce="{nonce[7:-1]}"' in response.content.decode()
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "googleapis" not in response.content.decode()


def test_wagtail_admin_gets_its_own_looser_policy(client, site, staff):
    policy = directives(client.get("/admin/")["Content-Security-Policy"])

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]


def inline_scripts(html: str) -> list[str]:
    """Script elements the browser would run from the page itself (JSON data
    blocks are not run, and a policy does not cover them)."""
    tags = re.findall(r"<script\b[^>]*>", html)
    return [t for t in tags if "src=" not in t and "application/json" not in t]


def set_password_url(client, user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    link = reverse("wagtailadmin_password_reset_confirm", args=[uid, token])
    return client.get(link)["Location"]  # Django swaps the token for a session


def assert_public_policy_and_no_inline_script(response) -> None:
    policy = directives(response["Content-Security-Policy"])
    assert response.status_code == 200
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert inline_scripts(response.content.decode()) == []
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/admin/login/",
        "/admin/login/?next=/admin/pages/",
        "/admin/password_reset/",
        "/admin/password_reset/done/",
        "/admin/password_reset/complete/",
    ],
)
def test_the_admins_sign_in_and_reset_pages_get_the_public_policy(client, site, path):
    assert_public_policy_and_no_inline_script(client.get(path))


def test_the_admins_new_password_form_gets_the_public_policy(
    client, site, django_user_model
):
    user = django_user_model.objects.create_user("sana", "sana@example.com")

    response = client.get(set_password_url(client, user))

    assert 'name="new_password1"' in response.content.decode()
    assert_public_policy_and_no_inline_script(response)


@override_settings(
    CONTENT_SECURITY_POLICY=None,
    CONTENT_SECURITY_POLICY_REPORT_ONLY={"DIRECTIVES": {"script-src": ["'self'"]}},
)
def test_report_only_mode_sends_the_policy_without_enforcing_it(client, article):
    response = client.get(article.url)

    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]


def test_a_violation_report_is_logged(client, caplog):
    report = {"csp-report": {"violated-directive": "script-src-elem"}}

    with caplog.at_level(logging.WARNING, logger="skintruth.csp"):
        response = client.post(
            "/csp-report/", json.dumps(report), content_type="application/csp-report"
        )

    assert response.status_code == 204
    assert "script-src-elem" in caplog.text


def test_a_report_that_is_not_json_is_refused(client):
    response = client.post("/csp-report/", "<x>", content_type="text/plain")

    assert response.status_code == 400


@override_settings(SECURE_COOKIES=True)
def test_in_production_every_cookie_is_secure_and_same_site(client, site):
    response = client.get("/shop/accounts/login/")  # sets the CSRF cookie

    assert response.cookies
    for morsel in response.cookies.values():
        assert morsel["secure"] is True
        assert morsel["samesite"] == "Lax"
