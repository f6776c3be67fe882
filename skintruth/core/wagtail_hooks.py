from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FooterPromo


class FooterPromoViewSet(SnippetViewSet):
    model = FooterPromo
    icon = "list-ul"
    menu_label = "Footer cards"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "blurb", "link_page"]


register_snippet(FooterPromoViewSet)
