"""One helper writes every full link to the site: on the host a reader asked,
or on SITE_URL where no reader is asking (emails, the worker, cache purges)."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from skintruth.core.caching import frontend
from skintruth.core.operations.site_url import absolute_url, site_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_address(settings):
    settings.SITE_URL = "https://skintruth.example/"
    return "https://skintruth.example"


def test_without_a_request_links_go_on_site_url(public_address):
    assert site_url() == public_address
    assert absolute_url("/reviews/") == f"{public_address}/reviews/"


def test_a_request_gets_links_on_the_wagtail_site_it_asked(public_address, site):
    request = RequestFactory().get("/reviews/", HTTP_HOST="localhost")

    assert absolute_url("/reviews/", request) == "http://localhost/reviews/"


def test_a_request_no_site_matches_gets_links_on_its_own_host(public_address, db):
    Site.objects.all().delete()
    request = RequestFactory().get("/", HTTP_HOST="testserver")

    assert site_url(request) == "http://testserver"


def test_a_full_url_is_left_as_it_is(public_address):
    assert absolute_url("https://media.example/a.jpg") == "https://media.example/a.jpg"


def test_cache_purges_of_site_paths_go_on_site_url(
    public_address, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": "unused.in.this.test"}}
    purged = []
    monkeypatch.setattr(frontend, "purge_urls_from_cache", purged.extend)

    with django_capture_on_commit_callbacks(execute=True):
        frontend.purge(paths=["/shop/serum/"])

    assert purged == [f"{public_address}/shop/serum/"]
