"""Every absolute link follows SITE_URL once the Site records are synced."""

import re
from xml.etree import ElementTree

import pytest
from django.contrib.sites.models import Site as DjangoSite
from django.core import mail

from skintruth.core.operations.site_url import sync_sites

pytestmark = pytest.mark.django_db

SITE_URL = "http://127.0.0.1:8500"


@pytest.fixture
def moved(settings, site):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = SITE_URL
    sync_sites()


def test_canonical_link_follows_site_url(moved, client, article):
    html = client.get(article.url).content.decode()

    assert f'<link rel="canonical" href="{SITE_URL}{article.url}">' in html


def test_feed_item_link_follows_site_url(moved, client, article):
    feed = ElementTree.fromstring(client.get("/feeds/articles/rss/").content)

    assert feed.findtext("channel/item/link") == f"{SITE_URL}{article.url}"


def test_moderation_email_links_follow_site_url(
    moved, post, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(text="Does this pill?")

    (message,) = mail.outbox
    links = re.findall(r"https?://[^/\s]+/", message.body)
    assert links
    assert set(links) == {f"{SITE_URL}/"}


def test_django_site_domain_follows_site_url(moved):
    assert DjangoSite.objects.get_current().domain == "127.0.0.1:8500"
