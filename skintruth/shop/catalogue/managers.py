"""Oscar's product queryset, forked the Oscar way: searchable, and what a card needs."""

from django.db.models import Prefetch
from oscar.apps.catalogue.managers import ProductQuerySet as OscarProductQuerySet
from wagtail.search.queryset import SearchableQuerySetMixin


class ProductQuerySet(SearchableQuerySetMixin, OscarProductQuerySet):
    """Searchable through Wagtail's index, like the site's pages."""

    def for_card(self) -> "ProductQuerySet":
        """Products with everything a product card shows (brand, class, images
        in display order, stock, price, review count) in a fixed number of queries."""
        from skintruth.shop.catalogue.ratings import approved_count_subquery

        images = self.model._meta.get_field("images").related_model.objects
        return (
            self.select_related("brand", "product_class", "parent")
            .prefetch_related(
                Prefetch("images", queryset=images.order_by("display_order")),
                "stockrecords",
            )
            .annotate(approved_review_count=approved_count_subquery())
        )
