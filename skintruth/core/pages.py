"""Abstract page types the content apps build on."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models.functions import Coalesce, TruncDate
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.query import PageQuerySet

from .metadata import PageMetadata


class DatedPageQuerySet(PageQuerySet):
    def newest_first(self) -> DatedPageQuerySet:
        """Annotated with the date readers see (`display_date`), newest first."""
        return self.annotate(
            display_date=Coalesce("published_date", TruncDate("first_published_at"))
        ).order_by("-display_date", "-pk")


class DatedPage(Page):
    """A page that shows readers a date: the one an editor set, or else the
    day it was first published."""

    published_date = models.DateField(
        "publish date",
        null=True,
        blank=True,
        help_text="The date readers see. Leave empty to use the first publish date.",
    )

    class Meta:
        abstract = True

    @property
    def date(self) -> datetime.date | None:
        if self.published_date:
            return self.published_date
        when = self.first_published_at or self.go_live_at
        return when.date() if when else None


class SectionIndexPage(PageMetadata, Page):
    """A section's front page under the home page (Reviews, Videos, ...): an
    intro above the list of the section's pages."""

    intro = models.TextField(blank=True, help_text="A sentence or two above the list.")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    meta_description_field = "intro"
    parent_page_types = ["core.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
