"""Videos: how-tos and reviews on camera, with captions and a written summary."""

import re
import subprocess
import tempfile
from pathlib import PurePosixPath
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import FileExtensionValidator
from django.db import models
from django.http import HttpResponse
from imageio_ffmpeg import get_ffmpeg_exe
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.search import index

from skintruth.articles.models import ArticlePage, Topic
from skintruth.contributors.models import ContributorPage
from skintruth.core.operations.site_url import absolute_url
from skintruth.core.pages.base import DatedPage, DatedPageQuerySet, SectionIndexPage
from skintruth.core.pages.metadata import Discussion, PageMetadata, Searchable

from .captions import transcript_paragraphs, webvtt_problem

LISTING_IMAGE_SPEC = "fill-640x360"
VIDEOS_PER_PAGE = 12
VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}
FFMPEG_DURATION = re.compile(r"Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)")


def read_vtt(upload) -> str:
    upload.seek(0)
    text = upload.read().decode("utf-8", errors="replace")
    upload.seek(0)
    return text


def validate_vtt_file(upload) -> None:
    """Refuse a captions file that is not WebVTT, naming the line and why."""
    problem = webvtt_problem(read_vtt(upload))
    if problem:
        line, reason = problem
        raise ValidationError(
            "Line %(line)s: %(reason)s.",
            code="invalid_webvtt",
            params={"line": line, "reason": reason},
        )


def video_duration(video) -> int | None:
    """Whole seconds of a video file, as ffmpeg reads its header; None if unknown."""
    with tempfile.NamedTemporaryFile() as copy:
        video.open("rb")
        video.seek(0)
        for chunk in video.chunks():
            copy.write(chunk)
        copy.flush()
        video.seek(0)
        result = subprocess.run(
            [get_ffmpeg_exe(), "-hide_banner", "-i", copy.name],
            capture_output=True,
            text=True,
            timeout=60,
        )
    match = FFMPEG_DURATION.search(result.stderr)
    if not match:
        return None
    hours, minutes, secs = match.groups()
    return round(int(hours) * 3600 + int(minutes) * 60 + float(secs))


def related_ids(manager) -> list[int]:
    """Ids behind a many-to-many field, from the database or an unsaved preview."""
    return [obj.pk for obj in manager.all()]


class VideoPageQuerySet(DatedPageQuerySet):
    def for_listing(self) -> "VideoPageQuerySet":
        """Live videos, newest first, with poster and people in fixed queries."""
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_SPEC)
        return (
            self.live()
            .prefetch_related(
                "presenters", "topics", models.Prefetch("poster", queryset=images)
            )
            .newest_first()
        )


VideoPageManager = PageManager.from_queryset(VideoPageQuerySet)


class VideoIndexPage(SectionIndexPage):
    """'Videos': every video, filterable by presenter and topic."""

    subpage_types = ["videos.VideoPage"]

    class Meta:
        verbose_name = "video index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        videos = VideoPage.objects.child_of(self).for_listing()
        live_videos = VideoPage.objects.child_of(self).live()
        presenters = ContributorPage.objects.live().filter(videos__in=live_videos)
        topics = Topic.objects.filter(videos__in=live_videos)
        presenter = presenters.filter(slug=request.GET.get("presenter")).first()
        topic = topics.filter(slug=request.GET.get("topic")).first()
        if presenter:
            videos = videos.filter(presenters=presenter)
        if topic:
            videos = videos.filter(topics=topic)
        context.update(
            presenter=presenter,
            topic=topic,
            presenters=presenters.distinct().order_by("title"),
            topics=topics.distinct().order_by("name"),
            filter_query=urlencode(
                {
                    key: value
                    for key, value in (
                        ("presenter", presenter.slug if presenter else ""),
                        ("topic", topic.slug if topic else ""),
                    )
                    if value
                }
            ),
            videos=Paginator(videos, VIDEOS_PER_PAGE).get_page(request.GET.get("page")),
        )
        return context


class VideoPage(Discussion, Searchable, PageMetadata, RoutablePageMixin, DatedPage):
    """One video: the file, its poster and captions, presenters and a summary."""

    og_type = "video.other"
    meta_description_field = "summary"
    meta_image_field = "poster"
    search_kind = "videos"
    search_label = "Videos"
    search_order = 30

    summary = models.TextField(
        help_text="What the video shows, in a few paragraphs, for readers who "
        "prefer to read. Blank lines separate paragraphs."
    )
    video_file = models.FileField(
        upload_to="videos/",
        validators=[FileExtensionValidator(["mp4", "webm"])],
        help_text="An MP4 (H.264) or WebM file.",
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The still shown before the video plays, and on cards.",
    )
    vtt_file = models.FileField(
        "captions",
        upload_to="captions/",
        blank=True,
        validators=[FileExtensionValidator(["vtt"]), validate_vtt_file],
        help_text="A WebVTT (.vtt) file. Also shown below the video as a transcript.",
    )
    # The text of the captions file, which the page serves and indexes; videos
    # from before uploads have only this.
    captions = models.TextField(blank=True, editable=False)
    duration = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Length in seconds. Leave empty to read it from the video file.",
    )
    presenters = ParentalManyToManyField(
        "contributors.ContributorPage", blank=True, related_name="videos"
    )
    topics = ParentalManyToManyField(
        "articles.Topic", blank=True, related_name="videos"
    )
    related_products = ParentalManyToManyField(
        "catalogue.Product", blank=True, related_name="videos"
    )
    related_articles = ParentalManyToManyField(
        "articles.ArticlePage", blank=True, related_name="videos"
    )

    objects = VideoPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("poster"),
                FieldPanel("vtt_file"),
                FieldPanel("duration"),
            ],
            heading="Video",
        ),
        MultiFieldPanel(
            [
                FieldPanel("presenters", widget=forms.CheckboxSelectMultiple),
                FieldPanel("published_date"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Byline and listing",
        ),
        MultiFieldPanel(
            [FieldPanel("related_products"), FieldPanel("related_articles")],
            heading="Related",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("captions"),
        index.RelatedFields("presenters", [index.SearchField("title")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    parent_page_types = ["videos.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "video"

    def search_kicker(self) -> str:
        return "Video"

    def clean(self):
        super().clean()
        if self.vtt_file:
            self.captions = read_vtt(self.vtt_file)
        if self.duration is None and self.video_file:
            self.duration = video_duration(self.video_file)

    @property
    def video_type(self) -> str:
        suffix = PurePosixPath(self.video_file.name or "").suffix.lower()
        return VIDEO_TYPES.get(suffix, "video/mp4")

    @property
    def iso_duration(self) -> str:
        """The length as ISO 8601, as schema.org's VideoObject wants it."""
        if not self.duration:
            return ""
        minutes, seconds = divmod(self.duration, 60)
        return f"PT{minutes}M{seconds}S"

    @property
    def length(self) -> str:
        """The length as readers say it, e.g. '3:05'."""
        if not self.duration:
            return ""
        minutes, seconds = divmod(self.duration, 60)
        return f"{minutes}:{seconds:02d}"

    def json_ld(self, request, comments=None) -> list[dict]:
        data = self.creative_work(request, "VideoObject", comments)
        data["description"] = self.summary
        data["uploadDate"] = self.date or self.first_published_at
        image = self.get_meta_image_url(request)
        if image:
            data["thumbnailUrl"] = image
        if self.video_file:
            data["contentUrl"] = absolute_url(self.video_file.url, request)
            data["encodingFormat"] = self.video_type
        if self.iso_duration:
            data["duration"] = self.iso_duration
        if self.captions:
            data["caption"] = self.get_full_url(request) + self.reverse_subpage(
                "captions_file"
            )
        data["actor"] = [p.as_person(request) for p in self.presenters.all()]
        return [data]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["presenters"] = ContributorPage.objects.live().filter(
            pk__in=related_ids(self.presenters)
        )
        context["topics"] = Topic.objects.filter(pk__in=related_ids(self.topics))
        context["transcript"] = transcript_paragraphs(self.captions)
        Product = self._meta.get_field("related_products").related_model
        context["related_products"] = (
            Product.objects.browsable()
            .filter(pk__in=related_ids(self.related_products))
            .for_card()
        )
        context["related_articles"] = ArticlePage.objects.for_listing().filter(
            pk__in=related_ids(self.related_articles)
        )
        return context

    @path("captions/")
    def captions_file(self, request):
        response = HttpResponse(self.captions, content_type="text/vtt; charset=utf-8")
        response["X-Content-Type-Options"] = "nosniff"
        return response
