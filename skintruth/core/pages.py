"""Abstract page types the content apps build on."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models.functions import Coalesce, TruncDate
from wagtail.models import Page
from wagtail.query import PageQuerySet


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
