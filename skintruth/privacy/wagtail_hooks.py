from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from skintruth.core.hooks import WORKER_ROUND

from . import admin_views, services

admin_urls = (
    [path("", admin_views.reader_data, name="reader_data")],
    "privacy_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reader-data/", include(admin_urls))]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_menu_item")
def register_reader_data_menu_item():
    return SuperuserMenuItem(
        "Reader data",
        reverse("privacy_admin:reader_data"),
        name="reader-data",
        icon_name="user",
        order=252,
    )


@hooks.register(WORKER_ROUND)
def forget_expired_network_details():
    services.forget_expired()
