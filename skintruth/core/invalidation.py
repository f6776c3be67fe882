"""Make cached fragments of the site shell and pages go stale when content changes.

Signals rather than service calls: pages are saved by Wagtail's own publish,
move, unpublish and revision code, which has no service of ours to call.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page

from . import fragments
from .models import AnnouncementSettings, FooterPromo

SITE_CONTENT = (Page, AnnouncementSettings, FooterPromo)


def site_content_changed(sender, instance, created=False, **kwargs) -> None:
    if isinstance(instance, AnnouncementSettings) and created:
        return  # for_site() creates an empty bar while rendering; nothing changed
    if isinstance(instance, SITE_CONTENT):
        fragments.bump(fragments.SITE)


def connect() -> None:
    post_save.connect(site_content_changed, dispatch_uid="core.site_content_saved")
    post_delete.connect(site_content_changed, dispatch_uid="core.site_content_gone")
