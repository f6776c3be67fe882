"""The shop's catalogue: Oscar's products with a brand, directions and INCI list."""

from django.db import models
from django.urls import reverse
from oscar.apps.catalogue.abstract_models import AbstractProduct
from wagtail.search import index

from skintruth.core.operations.site_url import absolute_url
from skintruth.core.pages.mixins import SlugFromNameMixin
from skintruth.shop.catalogue.structured_data import product_data


class Brand(SlugFromNameMixin, models.Model):
    """The maker of a product; shoppers browse the catalogue by it."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalogue:brand", kwargs={"slug": self.slug})


class Product(index.Indexed, AbstractProduct):
    """An Oscar product plus what a skincare shopper reads before buying."""

    brand = models.ForeignKey(
        "catalogue.Brand",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    how_to_use = models.TextField(
        blank=True, help_text="Directions, one step per line."
    )
    ingredients = models.TextField(
        "ingredients (INCI)",
        blank=True,
        help_text="The full INCI list in the order on the pack, separated by commas.",
    )

    # The site search finds products through Wagtail's index, as it finds pages.
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.RelatedFields("brand", [index.SearchField("name")]),
        index.FilterField("is_public"),
        index.FilterField("parent"),
    ]

    og_type = "product"

    def get_meta_description(self) -> str:
        return " ".join(super().get_meta_description().split())[:300]

    def get_meta_image_url(self, request) -> str:
        image = self.primary_image()
        original = getattr(image, "original", None)
        return absolute_url(original.url, request) if original else ""

    def json_ld(self, request, comments=None) -> list[dict]:
        """The product with its offer, rating and latest reviews, for search engines."""
        from skintruth.shop.catalogue.ratings import IN_JSON_LD, newest_approved

        return [
            product_data(
                self,
                request,
                review_count=self.review_count,
                image_url=self.get_meta_image_url(request),
                reviews=newest_approved(self)[:IN_JSON_LD],
            )
        ]

    @property
    def review_count(self) -> int:
        """Approved reviews: the list annotation when loaded by `for_card()`."""
        annotated = getattr(self, "approved_review_count", None)
        return self.num_approved_reviews if annotated is None else annotated

    @property
    def ingredient_list(self) -> list[str]:
        return [i.strip() for i in self.ingredients.split(",") if i.strip()]

    @property
    def how_to_use_steps(self) -> list[str]:
        return [s.strip() for s in self.how_to_use.splitlines() if s.strip()]


from oscar.apps.catalogue.models import *  # noqa: E402,F403 — Oscar's fork pattern
