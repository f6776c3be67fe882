"""Wagtail admin: the product chooser and a link to Oscar's dashboard."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from skintruth.shop.catalogue.chooser import product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset


class ShopDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def register_shop_dashboard_menu_item():
    return ShopDashboardMenuItem(
        "Shop dashboard",
        reverse("dashboard:index"),
        icon_name="tag",
        order=900,
    )
