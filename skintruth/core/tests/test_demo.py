"""`manage.py load_demo` builds a believable publication, once."""

from django.apps import apps
from django.core.management import call_command
from django.db import connection

from skintruth.articles.models import ArticlePage
from skintruth.contributors.models import ContributorPage


def row_counts() -> dict[str, int]:
    # Oscar's test factories declare a model of their own, with no table.
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.managed
        and model._meta.db_table in tables
        and model._meta.app_label not in {"sessions", "admin", "wagtailsearch"}
    }


def test_demo_has_a_dozen_articles_by_four_contributors(demo):
    articles = ArticlePage.objects.live()

    assert articles.count() >= 12
    assert ContributorPage.objects.live().count() == 4
    assert all(article.reviewer_id for article in articles)
    assert len({a.reviewer_id for a in articles}) == 4


def test_demo_microcurrent_guide_has_the_reference_structure(demo, client):
    guide = ArticlePage.objects.get(slug="at-home-microcurrent-devices-guide")
    kinds = [block.block_type for block in guide.body]
    headings = [b.value for b in guide.body if b.block_type == "heading"]

    assert "microcurrent" in guide.title.lower()
    assert {"heading", "paragraph", "bullets", "quote", "image"} <= set(kinds)
    assert any("work" in h.lower() for h in headings)
    assert any("do for you" in h.lower() for h in headings)
    assert any("dos and don" in h.lower() for h in headings)
    assert guide.reviewer.title == "Marta Lindqvist"
    home = client.get("/").content.decode()
    assert guide.url in home


def test_loading_the_demo_twice_changes_nothing(demo):
    before = row_counts()

    call_command("load_demo", verbosity=0)

    assert row_counts() == before
