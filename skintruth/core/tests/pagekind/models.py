"""A clinic note: a page kind seo, comments and sitesearch have never heard of."""

from django.db import models
from wagtail.models import Page
from wagtail.search import index

from skintruth.core.pages.metadata import Discussion, PageMetadata, Searchable


class ClinicNotePage(Discussion, Searchable, PageMetadata, Page):
    summary = models.TextField()
    cover = models.ForeignKey(
        "wagtailimages.Image", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    og_type = "article"
    meta_description_field = "summary"
    meta_image_field = "cover"
    search_label = "Clinic notes"
    search_fields = Page.search_fields + [index.SearchField("summary")]
    template = "pagekind/clinic_note_page.html"

    def search_kicker(self) -> str:
        return "From the clinic"

    def json_ld(self, request, comments=None) -> list[dict]:
        data = self.creative_work(request, "MedicalWebPage", comments)
        data["abstract"] = self.summary
        return [data]
