from django.urls import path

from . import privacy_views

app_name = "privacy"

urlpatterns = [
    path("", privacy_views.privacy_page, name="page"),
    path("mine/", privacy_views.my_data, name="my_data"),
    path("mine/export.json", privacy_views.my_data_download, name="my_export"),
    path("data/<str:token>/", privacy_views.guest_data, name="guest_data"),
    path(
        "data/<str:token>/export.json",
        privacy_views.guest_data_download,
        name="guest_export",
    ),
]
