"""Factories for pages and snippets, built on wagtail-factories."""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from skintruth.articles.models import ArticleIndexPage, ArticlePage, Topic
from skintruth.contributors.models import ContributorIndexPage, ContributorPage
from skintruth.core.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "skintruth"
    slug = "home"

    class Meta:
        model = HomePage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Reviews"
    slug = "reviews"

    class Meta:
        model = ArticleIndexPage


class ContributorIndexPageFactory(wagtail_factories.PageFactory):
    title = "Contributors"
    slug = "contributors"

    class Meta:
        model = ContributorIndexPage


class ContributorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Reviewer {n}")
    role = "Reviewer"
    bio = "Tests products for a living."

    class Meta:
        model = ContributorPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")

    class Meta:
        model = Topic


def default_reviewer() -> ContributorPage:
    """The first contributor, or a new one in the site's directory."""
    existing = ContributorPage.objects.first()
    if existing:
        return existing
    return ContributorPageFactory(parent=ContributorIndexPage.objects.get())


class ArticlePageFactory(wagtail_factories.PageFactory):
    reviewer = factory.LazyFunction(default_reviewer)
    title = factory.Sequence(lambda n: f"Article {n}")
    standfirst = "What we found after a month of testing."
    published_date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )
    body = [("paragraph", "<p>Body text.</p>")]

    class Meta:
        model = ArticlePage


def ensure_wagtail_base_data() -> None:
    """The rows Wagtail's migrations create, which a browser test's flush removes.

    Browser tests need a transactional database (the live server reads what the
    test writes), and each one ends in a flush that empties every table.
    """
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language)
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


def build_site() -> dict:
    """A home page with a review index and a contributor directory, as a Site."""
    ensure_wagtail_base_data()
    root = Page.get_first_root_node()
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "skintruth"},
    )
    reviews = ArticleIndexPageFactory(parent=home, show_in_menus=True)
    directory = ContributorIndexPageFactory(parent=home, show_in_menus=True)
    return {"home": home, "reviews": reviews, "directory": directory}
