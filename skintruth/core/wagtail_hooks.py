from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .frontend_cache import allow_shared_cache
from .models import FooterPromo


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
