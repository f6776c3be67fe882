"""The people behind the reviews: a profile each and a directory of them all."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

PROFILE_SHELF = 6  # videos and stories shown on a profile
PROFILE_PICKS = 10


class ContributorIndexPage(Page):
    """'Meet Our Contributors': the directory of reviewers."""

    intro = models.TextField(blank=True, help_text="A sentence or two above the list.")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["contributors.ContributorPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contributors"] = (
            ContributorPage.objects.child_of(self)
            .live()
            .select_related("photo")
            .order_by("path")
        )
        return context


class ContributorPage(Page):
    """A reviewer's profile; articles name one as their reviewer."""

    role = models.CharField(max_length=80, help_text="e.g. 'Founder & Editor'.")
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(help_text="A short biography, a few sentences.")
    email = models.EmailField(
        blank=True, help_text="Where readers' comments are sent; never shown."
    )
    notify_of_comments = models.BooleanField(
        default=True,
        help_text="Email this contributor about each new comment on their articles.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributor",
        help_text="Their login, so their replies to comments carry a Reviewer badge.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("role"), FieldPanel("photo"), FieldPanel("bio")],
            heading="Profile",
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("notify_of_comments"), FieldPanel("user")],
            heading="Comments",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("role"),
        index.SearchField("bio"),
    ]
    parent_page_types = ["contributors.ContributorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "contributor"

    def frontend_cache_dependents(self) -> list:
        """Their name, photo and role appear on every article they reviewed."""
        return list(self.reviews.live())

    @property
    def name(self) -> str:
        return self.title

    def get_context(self, request, *args, **kwargs):
        from skintruth.articles.models import ArticlePage
        from skintruth.comments.models import Comment
        from skintruth.five_best.models import FiveBestPick
        from skintruth.stories.models import StoryPage
        from skintruth.videos.models import VideoPage

        context = super().get_context(request, *args, **kwargs)
        context["answers"] = Comment.objects.answers_by_contributor(self)[
            :PROFILE_SHELF
        ]
        articles = ArticlePage.objects.for_listing().filter(reviewer=self)
        context["articles"] = Paginator(articles, 12).get_page(request.GET.get("page"))
        context["videos"] = VideoPage.objects.for_listing().filter(presenters=self)[
            :PROFILE_SHELF
        ]
        context["stories"] = StoryPage.objects.for_listing().filter(author=self)[
            :PROFILE_SHELF
        ]
        context["picks"] = FiveBestPick.objects.for_contributor(self)[:PROFILE_PICKS]
        return context
