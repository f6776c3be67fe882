"""Be Inspired: profiles and essays of people aging on their own terms."""

from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.search import index

from skintruth.articles.blocks import ArticleBodyBlock
from skintruth.core.pages.base import DatedPage, DatedPageQuerySet, SectionIndexPage
from skintruth.core.pages.metadata import (
    AnswerSource,
    Discussion,
    PageMetadata,
    Searchable,
)
from skintruth.core.pages.passages import Passage, body_passages

LISTING_IMAGE_SPEC = "fill-640x400"
STORIES_PER_PAGE = 12


class StoryPageQuerySet(DatedPageQuerySet):
    def for_listing(self) -> "StoryPageQuerySet":
        """Live stories, newest first, with portrait and author in fixed queries."""
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_SPEC)
        return (
            self.live()
            .select_related("author")
            .prefetch_related(models.Prefetch("portrait", queryset=images))
            .newest_first()
        )


StoryPageManager = PageManager.from_queryset(StoryPageQuerySet)


class StoryIndexPage(SectionIndexPage):
    """'Be Inspired': every story, newest first."""

    subpage_types = ["stories.StoryPage"]

    class Meta:
        verbose_name = "story index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = StoryPage.objects.child_of(self).for_listing()
        kind = request.GET.get("kind")
        if kind in StoryPage.Kind.values:
            stories = stories.filter(kind=kind)
        context["kind"] = kind if kind in StoryPage.Kind.values else ""
        context["kinds"] = StoryPage.Kind.choices
        context["stories"] = Paginator(stories, STORIES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context


class StoryPage(Discussion, AnswerSource, Searchable, PageMetadata, DatedPage):
    """A profile of, or an essay by, someone aging well; with portrait and quote."""

    class Kind(models.TextChoices):
        PROFILE = "profile", "Profile"
        ESSAY = "essay", "Essay"

    og_type = "article"
    meta_description_field = "standfirst"
    meta_image_field = "portrait"
    search_kind = "stories"
    search_label = "Stories"
    search_order = 50

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PROFILE)
    subject_name = models.CharField(
        max_length=100, help_text="The person the story is about, as readers call them."
    )
    subject_description = models.CharField(
        max_length=120,
        blank=True,
        help_text="A few words under their name: their age, work or town.",
    )
    standfirst = models.TextField(
        max_length=300, help_text="One or two sentences under the title."
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A portrait of the person; also used on cards and when shared.",
    )
    portrait_alt = models.CharField(
        max_length=200,
        blank=True,
        help_text="Describe the portrait for people who cannot see it.",
    )
    pull_quote = models.TextField(
        max_length=300, help_text="Their words, shown large beside the story."
    )
    author = models.ForeignKey(
        "contributors.ContributorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        help_text="The contributor who wrote or edited the story.",
    )
    body = StreamField(ArticleBodyBlock())

    objects = StoryPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("subject_name"),
                FieldPanel("subject_description"),
                FieldPanel("portrait"),
                FieldPanel("portrait_alt"),
                FieldPanel("pull_quote"),
            ],
            heading="The person",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("author", "contributors.ContributorPage"),
                FieldPanel("published_date"),
            ],
            heading="Byline",
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("subject_name"),
        index.SearchField("pull_quote"),
        index.SearchField("body"),
    ]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "story"
        verbose_name_plural = "stories"

    def answer_passages(self) -> list[Passage]:
        return body_passages(self.body)

    def json_ld(self, request, comments=None) -> list[dict]:
        data = self.creative_work(request, "Article", comments)
        data["description"] = self.standfirst
        data["about"] = {"@type": "Person", "name": self.subject_name}
        if self.author:
            data["author"] = self.author.as_person(request)
        image = self.get_meta_image_url(request)
        if image:
            data["image"] = image
        return [data]
