import oscar.apps.checkout.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CheckoutConfig(apps.CheckoutConfig):
    name = "skintruth.shop.checkout"

    def ready(self):
        super().ready()
        self.placing_view = get_class("checkout.views", "PlacingView")

    def get_urls(self):
        placing = path(
            "placing/<str:token>/", self.placing_view.as_view(), name="placing"
        )
        return [*super().get_urls(), *self.post_process_urls([placing])]
