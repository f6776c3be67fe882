"""Editorial reviews and guides, their index and the topics that group them."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.search import index

from skintruth.core.operations.site_url import absolute_url
from skintruth.core.pages.base import DatedPage, DatedPageQuerySet, SectionIndexPage
from skintruth.core.pages.metadata import (
    SCHEMA_CONTEXT,
    AnswerSource,
    Discussion,
    PageMetadata,
    Searchable,
)
from skintruth.core.pages.mixins import SlugFromNameMixin
from skintruth.core.pages.passages import Passage, body_passages

from .blocks import ArticleBodyBlock

LISTING_IMAGE_SPEC = "fill-640x400"
ARTICLES_PER_PAGE = 12


class Topic(SlugFromNameMixin, index.Indexed, models.Model):
    """A subject readers browse by, e.g. 'Devices' or 'Sun care'."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True, blank=True)
    description = models.CharField(max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticlePageQuerySet(DatedPageQuerySet):
    def for_listing(self) -> "ArticlePageQuerySet":
        """Live articles, newest first, with what a card shows in fixed queries."""
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_SPEC)
        return (
            self.live()
            .select_related("reviewer")
            .prefetch_related(
                "topics", models.Prefetch("listing_image", queryset=images)
            )
            .newest_first()
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticlePage(Discussion, AnswerSource, Searchable, PageMetadata, DatedPage):
    """A review or guide: reviewer, date, topics and a body of blocks."""

    standfirst = models.TextField(
        max_length=300,
        help_text="One or two sentences under the title that say what the piece finds.",
    )
    reviewer = models.ForeignKey(
        "contributors.ContributorPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
        help_text="Shown as 'Reviewed by NAME' and linked to their profile.",
    )
    topics = ParentalManyToManyField("articles.Topic", blank=True, related_name="+")
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on cards in lists and when the article is shared.",
    )
    body = StreamField(ArticleBodyBlock())
    product = models.ForeignKey(
        "catalogue.Product",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews_of",
        help_text="The product this review is about; linked both ways.",
    )
    # Kept on save from `product` and the body's product cards (not edited).
    mentioned_products = models.ManyToManyField(
        "catalogue.Product",
        through="articles.ProductMention",
        related_name="mentioned_in",
        editable=False,
    )

    objects = ArticlePageManager()
    og_type = "article"
    meta_description_field = "standfirst"
    meta_image_field = "listing_image"
    search_kind = "articles"
    search_label = "Reviews and guides"
    search_order = 10

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                PageChooserPanel("reviewer", "contributors.ContributorPage"),
                FieldPanel("published_date"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("listing_image"),
            ],
            heading="Byline and listing",
        ),
        FieldPanel("product"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("published_date"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "article"

    def discussion_reviewer(self):
        return self.reviewer

    def answer_passages(self) -> list[Passage]:
        return body_passages(self.body)

    def discussion_products(self) -> set[int]:
        return self.mentioned_product_ids()

    def json_ld(self, request, comments=None) -> list[dict]:
        """The article, and a Review of each product a live Five Best list
        cites it for."""
        data = self.creative_work(request, "Article", comments)
        data["description"] = self.standfirst
        if self.reviewer:
            data["author"] = self.reviewer.as_person(request)
        image = self.get_meta_image_url(request)
        if image:
            data["image"] = image
        return [data] + self._reviews_on_lists(request, data["url"])

    def _reviews_on_lists(self, request, url: str) -> list[dict]:
        if self.pk is None:  # the editors' first preview: on no list yet
            return []
        picks = self.five_best_picks.filter(page__live=True)
        reviews = []
        for pick in picks.select_related("product").order_by("pk"):
            review = {
                "@context": SCHEMA_CONTEXT,
                "@type": "Review",
                "name": self.title,
                "url": url,
                "itemReviewed": {
                    "@type": "Product",
                    "name": pick.product.get_title(),
                    "url": absolute_url(pick.product.get_absolute_url(), request),
                },
            }
            if self.reviewer:
                review["author"] = self.reviewer.as_person(request)
            reviews.append(review)
        return reviews

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables: the template calls them only when its cached fragment misses.
        context["topics"] = self.topic_list
        context["reviewed_product"] = self.reviewed_product_for_card
        return context

    def topic_list(self) -> list:
        return list(self.topics.all())

    def reviewed_product_for_card(self):
        """The reviewed product, unless the body already shows its card."""
        if not self.product_id or self.product_id in self.body_product_ids():
            return None
        Product = type(self).product.field.related_model
        return (
            Product.objects.filter(pk=self.product_id, is_public=True)
            .for_card()
            .first()
        )

    def body_product_ids(self) -> set[int]:
        return {
            block["value"]["product"]
            for block in self.body.raw_data
            if block["type"] == "product" and block["value"].get("product")
        }

    def frontend_cache_dependents(self) -> list:
        """Beyond its listings: the reviewer's profile and the product pages
        that list this article."""
        Product = type(self).product.field.related_model
        shown = [self.reviewer] if self.reviewer_id else []
        products = Product.objects.filter(pk__in=self.mentioned_product_ids())
        return shown + [product.get_absolute_url() for product in products]

    def mentioned_product_ids(self) -> set[int]:
        """The reviewed product and every product card in the body."""
        ids = self.body_product_ids()
        if self.product_id:
            ids.add(self.product_id)
        return ids

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if fields is None or {"body", "product"} & set(fields):
            ProductMention.refresh_for(self)


class ProductMention(models.Model):
    """Index of which articles mention which product, kept on save."""

    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="product_mentions"
    )
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="mentions"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "product"], name="unique_product_mention"
            )
        ]

    def __str__(self) -> str:
        return f"{self.article_id} mentions {self.product_id}"

    @classmethod
    def refresh_for(cls, article: ArticlePage) -> None:
        """Make the index match the article's current product and body."""
        Product = cls._meta.get_field("product").related_model
        wanted = set(
            Product.objects.filter(pk__in=article.mentioned_product_ids()).values_list(
                "pk", flat=True
            )
        )
        cls.objects.filter(article=article).exclude(product_id__in=wanted).delete()
        have = set(
            cls.objects.filter(article=article).values_list("product_id", flat=True)
        )
        cls.objects.bulk_create(
            [cls(article=article, product_id=pk) for pk in wanted - have]
        )


class ArticleIndexPage(RoutablePageMixin, SectionIndexPage):
    """'Reviews': every article, newest first, and one listing per topic."""

    subpage_types = ["articles.ArticlePage"]
    max_count = None  # more than one review index may exist

    class Meta:
        verbose_name = "article index"

    def articles(self) -> ArticlePageQuerySet:
        return ArticlePage.objects.child_of(self).for_listing()

    def get_cached_paths(self) -> list[str]:
        """The listing and each topic's listing: purged together on a change."""
        slugs = Topic.objects.values_list("slug", flat=True)
        return ["/"] + [
            "/" + self.reverse_subpage("topic_articles", [s]) for s in slugs
        ]

    def _listing(self, request, articles, topic=None):
        page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        context = {
            "articles": page,
            "topic": topic,
            "all_topics": Topic.objects.all(),
        }
        return self.render(request, context_overrides=context)

    @path("")
    def all_articles(self, request):
        return self._listing(request, self.articles())

    @path("topic/<slug:slug>/")
    def topic_articles(self, request, slug):
        topic = get_object_or_404(Topic, slug=slug)
        return self._listing(request, self.articles().filter(topics=topic), topic)
