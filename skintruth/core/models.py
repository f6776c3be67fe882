"""The site shell: home page, section pages, announcement bar and footer promos."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from skintruth.core.caching import fragments
from skintruth.core.hooks import HOME_PAGE_CONTEXT
from skintruth.core.operations.site_url import site_url
from skintruth.core.pages.base import SkintruthPageForm
from skintruth.core.pages.metadata import SCHEMA_CONTEXT, PageMetadata


class HomePage(PageMetadata, Page):
    """The front page: the newest reviews and a door to every section."""

    base_form_class = SkintruthPageForm

    intro = models.CharField(
        max_length=250,
        blank=True,
        help_text="One line under the masthead, e.g. what the publication stands for.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    meta_description_field = "intro"
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def route(self, request, path_components):
        """Wagtail's walk down the tree, remembered per path until the site changes.

        Only plain page addresses are remembered (not routable sub-views), and
        the page is still fetched live, so an unpublished page is never served.
        """
        version = fragments.versions([fragments.SITE], request)[fragments.SITE]
        if not path_components or version is None:
            return super().route(request, path_components)
        path = "/".join(path_components)
        key = f"route:{self.pk}:{version}:{path}"
        found = cache.get(key)
        if found is not None:
            model = ContentType.objects.get_for_id(found[0]).model_class()
            page = model.objects.live().filter(pk=found[1]).first()
            if page is not None:
                return RouteResult(page)
        result = super().route(request, path_components)
        page, args, kwargs = result
        if not args and not kwargs and page.url_path == f"{self.url_path}{path}/":
            cache.set(key, (page.content_type_id, page.pk), fragments.FRAGMENT_SECONDS)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for fill in hooks.get_hooks(HOME_PAGE_CONTEXT):
            fill(request, context)
        return context

    def json_ld(self, request, comments=None) -> list[dict]:
        """The site itself, with its search box for search engines."""
        root = site_url(request)
        return [
            {
                "@context": SCHEMA_CONTEXT,
                "@type": "WebSite",
                "name": "skintruth",
                "url": root + "/",
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": root + reverse("search") + "?q={search_term_string}",
                    "query-input": "required name=search_term_string",
                },
            }
        ]


class SectionPage(PageMetadata, Page):
    """A section whose pages are still being written: says so honestly."""

    base_form_class = SkintruthPageForm

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="What readers will find here once the section opens.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    meta_description_field = "intro"
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "section (coming soon)"


@register_setting(icon="warning")
class AnnouncementSettings(BaseSiteSetting):
    """The one-line bar above the header on every page."""

    text = models.CharField(
        max_length=120,
        blank=True,
        help_text=(
            "Shown above the header on every page. Leave empty to hide the bar. "
            "{threshold} is replaced by the shop's free-shipping threshold, "
            "e.g. 'Free shipping on all orders over {threshold}'."
        ),
    )
    link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional page the bar links to.",
    )

    panels = [FieldPanel("text"), PageChooserPanel("link")]

    class Meta:
        verbose_name = "announcement bar"


class FooterPromo(Orderable):
    """A card in the footer ("Five Best", "Videos"...): title, one line, a link."""

    title = models.CharField(max_length=60)
    blurb = models.CharField(max_length=140, help_text="One line under the title.")
    call_to_action = models.CharField(
        max_length=30, default="Read More", help_text="Link text, e.g. 'Watch Now'."
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("blurb"), FieldPanel("call_to_action")],
            heading="Card",
        ),
        PageChooserPanel("link_page"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "footer promo card"

    def __str__(self) -> str:
        return self.title


class OutgoingEmail(models.Model):
    """Every email the site sends, written first and kept until delivered.

    Written in the same transaction as what it tells of (a comment, an order),
    sent by a task after the commit, and retried by the worker if sending
    failed, so neither the email nor the thing it is about is ever lost.
    """

    recipient = models.EmailField()
    from_email = models.CharField(
        max_length=255, blank=True, help_text="Empty: the site's DEFAULT_FROM_EMAIL."
    )
    subject = models.CharField(max_length=255)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.subject} → {self.recipient}"


class WorkerHeartbeat(models.Model):
    """One row the worker stamps each round, so editors can see it is running."""

    STALE_AFTER = datetime.timedelta(minutes=2)

    last_ran_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Worker last ran at {self.last_ran_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def beat(cls) -> None:
        cls.objects.update_or_create(pk=1, defaults={"last_ran_at": timezone.now()})

    @classmethod
    def last_run(cls) -> datetime.datetime | None:
        row = cls.objects.filter(pk=1).first()
        return row.last_ran_at if row else None

    @classmethod
    def is_stale(cls) -> bool:
        """True when the worker never ran or has missed the last two minutes."""
        last = cls.last_run()
        return last is None or timezone.now() - last > cls.STALE_AFTER
