"""Abstract page types the content apps build on."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.query import PageQuerySet

from skintruth.core.pages.metadata import PageMetadata

# Set in the schedule dialog, which is closed when the form comes back with errors.
SCHEDULE_FIELDS = ("go_live_at", "expire_at")


class SkintruthPageForm(WagtailAdminPageForm):
    """The admin form of our pages.

    Autosave creates a draft as soon as an editor types, so a second page
    started with the same title would clash on its slug: a page that was never
    published gets the next free slug (`title-2`, ...) instead of an error.
    Errors on the schedule fields are repeated in the message at the top, as
    the dialog holding those fields is not open when the form comes back.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = timezone.get_current_timezone_name()
        for name in SCHEDULE_FIELDS:
            if name in self.fields:
                self.fields[name].help_text = f"Time zone: {zone}."

    def clean_slug(self) -> str:
        slug = self.cleaned_data.get("slug", "")
        page = self.instance
        if not slug or page.first_published_at or self.parent_page is None:
            return slug
        candidate, suffix = slug, 1
        while not Page._slug_is_available(candidate, self.parent_page, page):
            suffix += 1
            candidate = f"{slug}-{suffix}"
        return candidate

    def full_clean(self) -> None:
        # Not clean(): Wagtail checks the schedule in a mixin that comes first
        # in the generated form's MRO, so its errors exist only afterwards.
        super().full_clean()
        for name in SCHEDULE_FIELDS:
            for message in list(self.errors.get(name, [])):
                label = self.fields[name].label
                zone = timezone.get_current_timezone_name()
                self.add_error(None, f"{label} ({zone} time): {message}")


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

    base_form_class = SkintruthPageForm

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
    base_form_class = SkintruthPageForm
    parent_page_types = ["core.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
