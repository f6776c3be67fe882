from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem

from skintruth.core.hooks import (
    ACCOUNT_ACTIVITY,
    READER_DATA_ERASE,
    READER_DATA_EXPIRE,
    READER_DATA_EXPORT,
    READER_DATA_SUMMARY,
)

from . import activity, admin_views, readers
from .models import Comment, Status

admin_urls = (
    [
        path("", admin_views.QueueView.as_view(), name="queue"),
        path("questions/", admin_views.QuestionsView.as_view(), name="questions"),
        path("<int:pk>/edit/", admin_views.EditView.as_view(), name="edit"),
        path("<int:pk>/reply/", admin_views.ReplyView.as_view(), name="reply"),
        path(
            "<int:pk>/answered-elsewhere/",
            admin_views.AnsweredElsewhereView.as_view(),
            name="answered_elsewhere",
        ),
    ],
    "comments_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("comments/", include(admin_urls))]


class CountingMenuItem(MenuItem):
    """A menu entry whose label carries a live count, e.g. 'Comments (3)'."""

    def __init__(self, label, url_name, count, **kwargs):
        self.base_label, self.url_name, self.count = label, url_name, count
        super().__init__(label, "", **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)

    def render_component(self, request):
        number = self.count()
        label = f"{self.base_label} ({number})" if number else self.base_label
        return LinkMenuItem(
            self.name,
            label,
            reverse(self.url_name),
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return CountingMenuItem(
        "Comments",
        "comments_admin:queue",
        lambda: Comment.objects.filter(status=Status.PENDING).count(),
        name="comments",
        icon_name="comment",
        order=250,
    )


@hooks.register("register_admin_menu_item")
def register_questions_menu_item():
    return CountingMenuItem(
        "Questions",
        "comments_admin:questions",
        lambda: Comment.objects.unanswered_questions().count(),
        name="reader-questions",
        icon_name="help",
        order=251,
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(
        content_type__app_label="comments", codename__endswith="_comment"
    )


hooks.register(READER_DATA_EXPORT, readers.export, order=20)
hooks.register(READER_DATA_SUMMARY, readers.summary, order=20)
hooks.register(READER_DATA_ERASE, readers.erase, order=20)
hooks.register(READER_DATA_EXPIRE, readers.forget_network_details)
hooks.register(ACCOUNT_ACTIVITY, activity.comments_section, order=10)
hooks.register(ACCOUNT_ACTIVITY, activity.emails_section, order=40)
