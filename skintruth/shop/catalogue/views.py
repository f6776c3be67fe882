"""Product pages with their reviews and rating, and browsing by brand."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView
from oscar.apps.catalogue.views import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView
from oscar.core.loading import get_model

from skintruth.core.caching.frontend import SharedCacheMixin
from skintruth.shop.catalogue import ratings

Brand = get_model("catalogue", "Brand")
Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
PRODUCTS_PER_PAGE = 24


class ProductDetailView(SharedCacheMixin, OscarProductDetailView):
    """Oscar's product page plus its latest reviews and the articles and lists
    that mention the product."""

    def send_signal(self, request, response, product):
        """Not sent: its receivers set a recently-viewed cookie and count views
        per request, which would make every product page private to its visitor
        and uncacheable. The page is the same for every reader instead."""

    def get_object(self, queryset=None):
        queryset = Product.objects.select_related("brand", "product_class")
        return super().get_object(queryset)

    def get_context_data(self, **kwargs):
        """What mentions the product, through the relations the sections keep
        to it (the shop imports none of them)."""
        context = super().get_context_data(**kwargs)
        context["five_best_picks"] = list(
            self.object.five_best_picks.filter(page__live=True)
            .select_related("page", "page__concern")
            .order_by("page__title")
        )
        context["articles"] = list(
            self.object.mentioned_in.for_listing().distinct()[:12]
        )
        context["categories"] = list(self.object.categories.all())
        context["reviews"] = ratings.mark_verified_buyers(
            ratings.newest_approved(self.object)[: ratings.ON_PRODUCT_PAGE],
            self.object,
        )
        context["meta_subject"] = self.object  # head tags and JSON-LD (seo)
        return context


class BrowseView(SharedCacheMixin, TemplateView):
    """A paginated grid of products with the category and brand menus."""

    template_name = "oscar/catalogue/browse.html"

    def get_products(self, **kwargs):
        return Product.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        products = (
            self.get_products(**kwargs)
            .filter(is_public=True)
            .for_card()
            .order_by("title")
        )
        page = Paginator(products, PRODUCTS_PER_PAGE).get_page(
            self.request.GET.get("page")
        )
        context.update(
            page_obj=page,
            products=page.object_list,
            brands=Brand.objects.all(),
            categories=Category.objects.filter(depth=1),
        )
        return context


class CatalogueView(BrowseView):
    """Every product in the shop."""


class ProductCategoryView(BrowseView):
    """The products of a category and its subcategories."""

    template_name = "oscar/catalogue/category.html"

    def get_products(self, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        tree = self.category.get_descendants_and_self()
        return Product.objects.filter(categories__in=tree).distinct()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        return context


class BrandView(BrowseView):
    """Every product of one brand."""

    template_name = "oscar/catalogue/brand.html"

    def get_products(self, **kwargs):
        self.brand = get_object_or_404(Brand, slug=kwargs["slug"])
        return Product.objects.filter(brand=self.brand)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["brand"] = self.brand
        return context
