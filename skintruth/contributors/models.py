"""The people behind the reviews: a profile each and a directory of them all."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from skintruth.comments.models import Comment
from skintruth.core.pages.base import SectionIndexPage, SkintruthPageForm
from skintruth.core.pages.metadata import SCHEMA_CONTEXT, PageMetadata, Searchable

PROFILE_SHELF = 6  # videos and stories shown on a profile
PROFILE_PICKS = 10


class ContributorIndexPage(SectionIndexPage):
    """'Meet Our Contributors': the directory of reviewers."""

    subpage_types = ["contributors.ContributorPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contributors"] = (
            ContributorPage.objects.child_of(self)
            .live()
            .select_related("photo")
            .order_by("path")
        )
        return context


class ContributorPage(Searchable, PageMetadata, Page):
    """A reviewer's profile; articles name one as their reviewer."""

    base_form_class = SkintruthPageForm

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

    og_type = "profile"
    meta_description_field = "bio"
    meta_image_field = "photo"
    search_kind = "contributors"
    search_label = "Contributors"
    search_order = 60

    class Meta:
        verbose_name = "contributor"

    def search_kicker(self) -> str:
        return self.role

    def frontend_cache_dependents(self) -> list:
        """Their name, photo and role appear on every article they reviewed."""
        return list(self.reviews.live())

    @property
    def name(self) -> str:
        return self.title

    def reviewed_page_ids(self):
        """The pages they review, where their replies carry the Reviewer badge."""
        return self.reviews.values("pk")

    def as_person(self, request) -> dict:
        """A schema.org Person, for the JSON-LD of what they wrote."""
        return {
            "@type": "Person",
            "name": self.title,
            "jobTitle": self.role,
            "url": self.get_full_url(request),
        }

    def json_ld(self, request, comments=None) -> list[dict]:
        person = dict(self.as_person(request), description=self.bio)
        return [
            {
                "@context": SCHEMA_CONTEXT,
                "@type": "ProfilePage",
                "url": self.get_full_url(request),
                "mainEntity": person,
            }
        ]

    def get_context(self, request, *args, **kwargs):
        """Their work, through the relations each section keeps to them."""
        context = super().get_context(request, *args, **kwargs)
        context["answers"] = Comment.objects.answers_by_contributor(self)[
            :PROFILE_SHELF
        ]
        articles = self.reviews.for_listing()
        context["articles"] = Paginator(articles, 12).get_page(request.GET.get("page"))
        context["videos"] = self.videos.for_listing()[:PROFILE_SHELF]
        context["stories"] = self.stories.for_listing()[:PROFILE_SHELF]
        context["picks"] = self.five_best_picks.on_live_lists()[:PROFILE_PICKS]
        return context
