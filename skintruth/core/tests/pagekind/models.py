"""A clinic note: a page kind seo and comments have never heard of."""

from django.db import models
from wagtail.models import Page

from skintruth.core.pages.metadata import Discussion, PageMetadata


class ClinicNotePage(Discussion, PageMetadata, Page):
    summary = models.TextField()
    cover = models.ForeignKey(
        "wagtailimages.Image", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    og_type = "article"
    meta_description_field = "summary"
    meta_image_field = "cover"
    template = "pagekind/clinic_note_page.html"

    def json_ld(self, request, comments=None) -> list[dict]:
        data = self.creative_work(request, "MedicalWebPage", comments)
        data["abstract"] = self.summary
        return [data]
