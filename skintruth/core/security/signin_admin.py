"""Staff's view of failed sign-ins in the Wagtail admin (django-axes' records).

Staff may read the records and unlock (delete) an attempt; nobody writes
them by hand, so adding and editing are refused to everyone.
"""

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.utils import timezone
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy


class ReadAndUnlockPolicy(ModelPermissionPolicy):
    """The model's usual permissions, less adding and editing."""

    def user_has_permission(self, user, action: str) -> bool:
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


def lockout_state(attempt: AccessAttempt) -> str:
    """'Locked out' while the username may not sign in from that address."""
    cool_off_ends = attempt.attempt_time + settings.AXES_COOLOFF_TIME
    locked = attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
    if locked and cool_off_ends > timezone.now():
        return f"Locked out until {cool_off_ends:%H:%M} UTC"
    return "Can sign in"


class NewestFirstIndexView(IndexView):
    default_ordering = "-attempt_time"


class SignInRecordsViewSet(ModelViewSet):
    """Shared by both record lists: newest first, under Settings."""

    index_view_class = NewestFirstIndexView
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    exclude_form_fields = []
    search_fields = ["username", "ip_address"]


class LockoutViewSet(SignInRecordsViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = "Sign-in lockouts"
    name = "signin_lockouts"
    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        Column("state", label="State", accessor=lockout_state),
        "attempt_time",
    ]


class FailedSignInViewSet(SignInRecordsViewSet):
    model = AccessFailureLog
    icon = "warning"
    menu_label = "Failed sign-ins"
    name = "failed_signins"
    list_display = ["username", "ip_address", "path_info", "locked_out", "attempt_time"]
    list_filter = ["locked_out"]
