"""Caches follow content: fragment versions move and the shared cache is purged.

Signals rather than service calls: pages are saved by Wagtail's own publish,
move, unpublish and revision code, which has no service of ours to call.
Fragments (`fragments.SITE`) go stale on any page or shell change; the proxy
purges what readers see: a published page where it is listed and wherever its
type says (`frontend_cache_dependents`), the shell on every page.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from skintruth.core.caching import fragments
from skintruth.core.caching.frontend import (
    purge,
    purge_everything,
    purge_page_and_dependents,
)
from skintruth.core.models import AnnouncementSettings, FooterPromo

SHELL = (AnnouncementSettings, FooterPromo)


def site_content_changed(sender, instance, created=False, **kwargs) -> None:
    if isinstance(instance, AnnouncementSettings) and created:
        return  # for_site() creates an empty bar while rendering; nothing changed
    if isinstance(instance, Page | AnnouncementSettings | FooterPromo):
        fragments.bump(fragments.SITE)
    if isinstance(instance, SHELL):
        purge_everything()  # the bar and the footer cards are on every page


def page_changed(sender, instance, **kwargs) -> None:
    purge_page_and_dependents(instance)


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs) -> None:
    if url_path_before == url_path_after:
        return
    purge_page_and_dependents(instance)
    # Its old address and old listings: the parent it left still lists it.
    purge(pages=[instance.get_parent()])


def connect() -> None:
    post_save.connect(site_content_changed, dispatch_uid="core.site_content_saved")
    post_delete.connect(site_content_changed, dispatch_uid="core.site_content_gone")
    page_published.connect(page_changed, dispatch_uid="core.page_published")
    page_unpublished.connect(page_changed, dispatch_uid="core.page_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="core.page_moved")
