from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from skintruth.core.security.headers import csp_report
from skintruth.core.views import AdminLogoutView, serve_media
from skintruth.shop import accounts
from skintruth.sitesearch import views as search_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/logout/", AdminLogoutView.as_view()),  # before Wagtail's: POST only
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("csp-report/", csp_report, name="csp-report"),
    path("search/", search_views.search, name="search"),
    # The account's first tab kept the address it had when comments served it.
    path("comments/my-activity/", include("skintruth.accounts.urls")),
    path("comments/", include("skintruth.comments.urls")),
    path("privacy/", include("skintruth.privacy.urls")),
    path("", include("skintruth.seo.urls")),
    path("", include("skintruth.articles.urls")),
    # Before Oscar's own: a reset that gives nothing away, sign-out by POST.
    path("shop/password-reset/", accounts.password_reset, name="password-reset"),
    path("shop/accounts/logout/", accounts.LogoutView.as_view()),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
