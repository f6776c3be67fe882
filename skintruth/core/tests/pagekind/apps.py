from django.apps import AppConfig


class PageKindConfig(AppConfig):
    """A page type that exists only in the tests, to prove the page interfaces."""

    name = "skintruth.core.tests.pagekind"
    label = "pagekind"
    default_auto_field = "django.db.models.BigAutoField"
