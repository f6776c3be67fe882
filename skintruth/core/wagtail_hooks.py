from axes.models import AccessAttempt, AccessFailureLog
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from skintruth.core.caching.frontend import allow_shared_cache
from skintruth.core.hooks import READER_DATA_ERASE, READER_DATA_EXPORT
from skintruth.core.models import FooterPromo, WorkerHeartbeat
from skintruth.core.operations import reader_emails
from skintruth.core.security.signin_admin import (
    FailedSignInViewSet,
    LockoutViewSet,
    ReadAndUnlockPolicy,
)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("skintruth/admin.css")
    )


@hooks.register("before_serve_page")
def share_live_pages(page, request, serve_args, serve_kwargs):
    """Live pages are the same for every anonymous reader (previews never come here)."""
    allow_shared_cache(request)


class FooterPromoViewSet(SnippetViewSet):
    model = FooterPromo
    icon = "list-ul"
    menu_label = "Footer cards"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "blurb", "link_page"]


register_snippet(FooterPromoViewSet)


class WorkerStatusPanel(Component):
    """Tells editors when the worker last ran: scheduled pages and emails wait
    for it, and nothing else on the site shows that it has stopped."""

    name = "worker_status"
    order = 50
    template_name = "core/admin/worker_status_panel.html"

    def get_context_data(self, parent_context=None) -> dict:
        return {
            "last_ran_at": WorkerHeartbeat.last_run(),
            "stale": WorkerHeartbeat.is_stale(),
            "stale_minutes": int(WorkerHeartbeat.STALE_AFTER.total_seconds() // 60),
        }


@hooks.register("construct_homepage_panels")
def add_worker_status_panel(request, panels):
    panels.append(WorkerStatusPanel())


register_permission_policy(AccessAttempt, ReadAndUnlockPolicy(AccessAttempt))
register_permission_policy(AccessFailureLog, ReadAndUnlockPolicy(AccessFailureLog))


@hooks.register("register_admin_viewset")
def register_signin_records():
    return [LockoutViewSet(), FailedSignInViewSet()]


# The outbox is core's: core answers for the copies of emails it holds.
hooks.register(READER_DATA_EXPORT, reader_emails.export, order=30)
hooks.register(READER_DATA_ERASE, reader_emails.erase, order=30)
