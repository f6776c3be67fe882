"""Five Best: one ranked shortlist of products per skin concern."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from skintruth.core.pages.base import SectionIndexPage, SkintruthPageForm
from skintruth.core.pages.metadata import (
    SCHEMA_CONTEXT,
    AnswerSource,
    PageMetadata,
    Searchable,
    without_context,
)
from skintruth.core.pages.mixins import SlugFromNameMixin
from skintruth.core.pages.passages import Passage
from skintruth.shop.catalogue.structured_data import product_data

PICKS_PER_LIST = 5


def check_picks(products: list) -> None:
    """Refuse a list that is not exactly five different products."""
    chosen = [product for product in products if product is not None]
    if len(chosen) != PICKS_PER_LIST:
        raise ValidationError(
            f"A Five Best list needs exactly {PICKS_PER_LIST} products; "
            f"this one has {len(chosen)}.",
            code="wrong_number_of_picks",
        )
    seen, repeated = set(), []
    for product in chosen:
        if product.pk in seen:
            repeated.append(str(product))
        seen.add(product.pk)
    if repeated:
        raise ValidationError(
            "Each of the five picks must be a different product; "
            f"{', '.join(repeated)} appears more than once.",
            code="repeated_pick",
        )


class SkinConcern(SlugFromNameMixin, index.Indexed, models.Model):
    """A skin concern readers shop by, e.g. 'Wrinkles' or 'Dark spots'."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True, blank=True)
    description = models.CharField(
        max_length=250, blank=True, help_text="One sentence shown on the index."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "skin concern"

    def __str__(self) -> str:
        return self.name


class FiveBestListForm(SkintruthPageForm):
    """The admin form: the inline picks must be five distinct products."""

    def clean(self):
        cleaned_data = super().clean()
        picks = self.formsets.get("picks")
        if picks is None or not picks.is_valid():
            return cleaned_data  # the formset shows its own errors
        products = [
            form.cleaned_data.get("product")
            for form in picks.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        try:
            check_picks(products)
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned_data


class FiveBestListQuerySet(PageQuerySet):
    def for_listing(self) -> "FiveBestListQuerySet":
        """Live lists with their concern and ranked products in fixed queries."""
        picks = FiveBestPick.objects.select_related("product").order_by("sort_order")
        return (
            self.live()
            .select_related("concern")
            .prefetch_related(models.Prefetch("picks", queryset=picks))
            .order_by("concern__name", "path")
        )


class FiveBestIndexPage(SectionIndexPage):
    """'Five Best': every list, grouped by skin concern."""

    subpage_types = ["five_best.FiveBestListPage"]

    class Meta:
        verbose_name = "Five Best index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lists = FiveBestListPage.objects.child_of(self).for_listing()
        concern = SkinConcern.objects.filter(slug=request.GET.get("concern")).first()
        if concern:
            lists = lists.filter(concern=concern)
        context["lists"] = lists
        context["concern"] = concern
        context["concerns"] = SkinConcern.objects.filter(
            five_best_lists__live=True
        ).distinct()
        return context


FiveBestListManager = PageManager.from_queryset(FiveBestListQuerySet)


class FiveBestListPage(AnswerSource, Searchable, PageMetadata, Page):
    """Five ranked products for one skin concern, each with a reason."""

    concern = models.ForeignKey(
        SkinConcern,
        on_delete=models.PROTECT,
        related_name="five_best_lists",
        help_text="The concern this list answers. Add new ones under Snippets.",
    )
    intro = models.TextField(
        help_text="Two or three sentences: how we chose and what to expect."
    )

    objects = FiveBestListManager()
    base_form_class = FiveBestListForm
    meta_description_field = "intro"
    search_kind = "five_best"
    search_label = "Five Best lists"
    search_order = 40

    content_panels = Page.content_panels + [
        FieldPanel("concern"),
        FieldPanel("intro"),
        InlinePanel(
            "picks",
            heading="The five picks, best first",
            label="Pick",
            min_num=PICKS_PER_LIST,
            max_num=PICKS_PER_LIST,
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("picked_products"),
        index.RelatedFields("concern", [index.SearchField("name")]),
    ]
    parent_page_types = ["five_best.FiveBestIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Five Best list"

    def picked_products(self) -> str:
        """The picks' product names and reasons, so search finds the list."""
        return " ".join(
            f"{pick.product.title} {pick.reason}" for pick in self.picks.all()
        )

    def frontend_cache_dependents(self) -> list:
        """Each pick's product page (it shows its ranks) and the profile of
        whoever wrote a pick's reason."""
        picks = self.picks.select_related("product", "picked_by")
        shown = []
        for pick in picks:
            shown.append(pick.product.get_absolute_url())
            if pick.picked_by_id:
                shown.append(pick.picked_by)
        return shown

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["picks"] = self.ranked_picks
        return context

    def json_ld(self, request, comments=None) -> list[dict]:
        """The list as a ranked ItemList of products with offers and ratings."""
        picks = self.ranked_picks
        items = [
            {
                "@type": "ListItem",
                "position": position,
                "item": without_context(
                    product_data(
                        pick.product, request, getattr(pick, "approved_reviews", None)
                    )
                ),
            }
            for position, pick in enumerate(picks, start=1)
        ]
        return [
            {
                "@context": SCHEMA_CONTEXT,
                "@type": "ItemList",
                "name": self.title,
                "url": self.get_full_url(request),
                "itemListOrder": "https://schema.org/ItemListOrderAscending",
                "numberOfItems": len(picks),
                "itemListElement": items,
            }
        ]

    def answer_passages(self) -> list[Passage]:
        """Each pick's reason, under the product's name."""
        picks = self.picks.select_related("product")
        return [Passage(pick.reason, pick.product.get_title()) for pick in picks]

    @cached_property
    def ranked_picks(self) -> list:
        """The picks, best first, with what the page shows in fixed queries."""
        approved = get_model("reviews", "ProductReview").APPROVED
        picks = self.picks.select_related(
            "product__product_class", "product__brand", "picked_by", "review"
        ).prefetch_related("product__images", "product__stockrecords")
        if hasattr(picks, "annotate"):  # not in a preview's in-memory picks
            picks = picks.annotate(
                approved_reviews=models.Count(
                    "product__reviews",
                    filter=models.Q(product__reviews__status=approved),
                )
            )
        return list(picks)


class FiveBestPickQuerySet(models.QuerySet):
    def on_live_lists(self) -> "FiveBestPickQuerySet":
        """Picks in published lists, by list title and rank, ready to show."""
        return (
            self.filter(page__live=True)
            .select_related("page__concern", "product")
            .order_by("page__title", "sort_order")
        )


class FiveBestPick(Orderable):
    """One ranked product in a list, with the contributor's reason."""

    objects = FiveBestPickQuerySet.as_manager()

    page = ParentalKey(FiveBestListPage, on_delete=models.CASCADE, related_name="picks")
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="five_best_picks"
    )
    reason = models.TextField(
        max_length=400, help_text="Why it made the list, in two or three sentences."
    )
    picked_by = models.ForeignKey(
        "contributors.ContributorPage",
        on_delete=models.PROTECT,
        related_name="five_best_picks",
        help_text="The contributor who wrote the reason.",
    )
    review = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="five_best_picks",
        help_text="Optional: our full review of this product.",
    )

    panels = [
        FieldPanel("product"),
        FieldPanel("reason"),
        PageChooserPanel("picked_by", "contributors.ContributorPage"),
        PageChooserPanel("review", "articles.ArticlePage"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "pick"
