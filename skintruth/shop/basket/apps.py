import oscar.apps.basket.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class BasketConfig(apps.BasketConfig):
    name = "skintruth.shop.basket"

    def ready(self):
        super().ready()
        self.count_view = get_class("basket.views", "BasketCountView")

    def get_urls(self):
        urls = [path("summary/", self.count_view.as_view(), name="count")]
        return self.post_process_urls(urls) + super().get_urls()
