import oscar.apps.catalogue.apps as apps
from django.contrib.auth.decorators import login_required
from django.urls import path, re_path
from oscar.core.loading import get_class


class CatalogueConfig(apps.CatalogueConfig):
    name = "skintruth.shop.catalogue"

    def ready(self):
        super().ready()
        self.brand_view = get_class("catalogue.views", "BrandView")

        from skintruth.shop import purges

        purges.connect()

    def review_urls(self) -> list:
        """Our review views at Oscar's addresses, matched before Oscar's own."""
        from skintruth.shop.catalogue import review_views

        reviews = r"^(?P<product_slug>[\w-]*)_(?P<product_pk>\d+)/reviews/"
        return [
            re_path(
                reviews + r"add/$",
                review_views.CreateProductReview.as_view(),
                name="reviews-add",
            ),
            re_path(
                reviews + r"$",
                review_views.ProductReviewList.as_view(),
                name="reviews-list",
            ),
            re_path(
                reviews + r"(?P<pk>\d+)/vote/$",
                login_required(review_views.oscar_views.AddVoteView.as_view()),
                name="reviews-vote",
            ),
        ]

    def get_urls(self):
        urls = [
            path("brand/<slug:slug>/", self.brand_view.as_view(), name="brand"),
            *self.review_urls(),
        ]
        return self.post_process_urls(urls) + super().get_urls()
