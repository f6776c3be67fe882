"""Wagtail admin: the product chooser, the product review queue and a link to
Oscar's dashboard."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem

from skintruth.core.hooks import QUESTION_NOTES
from skintruth.shop.catalogue.chooser import product_chooser_viewset

from . import answers, ratings, review_admin

hooks.register(QUESTION_NOTES, answers.product_notes)


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


@hooks.register("register_admin_urls")
def register_review_queue_url():
    return [
        path(
            "product-reviews/",
            review_admin.ReviewQueueView.as_view(),
            name="product_reviews_queue",
        )
    ]


class ReviewQueueMenuItem(MenuItem):
    """'Product reviews (3)': the label counts the reviews waiting."""

    def is_shown(self, request):
        return request.user.has_perm(review_admin.PERMISSION)

    def render_component(self, request):
        waiting = ratings.pending_reviews().count()
        label = f"{self.label} ({waiting})" if waiting else self.label
        return LinkMenuItem(
            self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs
        )


@hooks.register("register_admin_menu_item")
def register_review_queue_menu_item():
    return ReviewQueueMenuItem(
        "Product reviews",
        reverse("product_reviews_queue"),
        name="product-reviews",
        icon_name="pick",
        order=253,
    )


@hooks.register("register_permissions")
def register_review_permission():
    """Lets a Wagtail group moderate product reviews without the dashboard."""
    return Permission.objects.filter(
        content_type__app_label="reviews", codename="change_productreview"
    )
