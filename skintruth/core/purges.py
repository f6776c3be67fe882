"""Purge the shared cache when pages or the site shell change.

Wagtail's own frontend_cache app would purge only the page itself; readers
also see a page in its listings, on the home page and wherever its type says
(`frontend_cache_dependents`), so these handlers purge all of those.
"""

from wagtail.signals import page_published, page_unpublished, post_page_move

from .frontend_cache import purge, purge_everything, purge_page_and_dependents


def _page_changed(sender, instance, **kwargs) -> None:
    purge_page_and_dependents(instance)


def _page_moved(sender, instance, url_path_before, url_path_after, **kwargs) -> None:
    if url_path_before == url_path_after:
        return
    purge_page_and_dependents(instance)
    # Its old address and old listings: the parent it left still lists it.
    purge(pages=[instance.get_parent()])


def _shell_changed(sender, instance, **kwargs) -> None:
    # The announcement bar and footer cards are drawn on every page.
    purge_everything()


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from .models import AnnouncementSettings, FooterPromo

    page_published.connect(_page_changed, dispatch_uid="frontend-cache-publish")
    page_unpublished.connect(_page_changed, dispatch_uid="frontend-cache-unpublish")
    post_page_move.connect(_page_moved, dispatch_uid="frontend-cache-move")
    for model in (AnnouncementSettings, FooterPromo):
        post_save.connect(_shell_changed, sender=model, dispatch_uid=f"fc-{model}")
        post_delete.connect(_shell_changed, sender=model, dispatch_uid=f"fc-d-{model}")
