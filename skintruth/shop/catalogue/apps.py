import oscar.apps.catalogue.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CatalogueConfig(apps.CatalogueConfig):
    name = "skintruth.shop.catalogue"

    def ready(self):
        super().ready()
        self.brand_view = get_class("catalogue.views", "BrandView")

        from skintruth.shop import purges

        purges.connect()

    def get_urls(self):
        urls = [
            path("brand/<slug:slug>/", self.brand_view.as_view(), name="brand"),
        ]
        return self.post_process_urls(urls) + super().get_urls()
