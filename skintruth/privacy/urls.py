from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.privacy_page, name="page"),
    path("mine/", views.my_data, name="my_data"),
    path("mine/export.json", views.my_data_download, name="my_export"),
    path("data/<str:token>/", views.guest_data, name="guest_data"),
    path(
        "data/<str:token>/export.json",
        views.guest_data_download,
        name="guest_export",
    ),
]
