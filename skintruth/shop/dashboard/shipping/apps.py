"""Oscar's shipping dashboard, forked to list the charge-based methods we use."""

from django.urls import path
from oscar.apps.dashboard.shipping import apps
from oscar.core.loading import get_class


class ShippingDashboardConfig(apps.ShippingDashboardConfig):
    name = "skintruth.shop.dashboard.shipping"

    def configure_permissions(self):
        super().configure_permissions()
        permission = get_class("dashboard.permissions", "DashboardPermission")
        self.permissions_map |= {
            "shipping-charges-list": permission.get(
                "shipping", "view_orderanditemcharges"
            ),
            "shipping-charges-edit": permission.get(
                "shipping", "view_orderanditemcharges", "change_orderanditemcharges"
            ),
        }

    def ready(self):
        super().ready()
        # Not get_class: Oscar looks dashboard.* classes up in the dashboard
        # app, which we do not fork for two views.
        from . import views

        self.charges_list_view = views.ChargesListView
        self.charges_edit_view = views.ChargesUpdateView

    def get_urls(self):
        # Weight-based methods keep Oscar's pages under weight-based/.
        charges = [
            path("", self.charges_list_view.as_view(), name="shipping-charges-list"),
            path(
                "charges/<int:pk>/edit/",
                self.charges_edit_view.as_view(),
                name="shipping-charges-edit",
            ),
        ]
        return self.post_process_urls(charges) + super().get_urls()
