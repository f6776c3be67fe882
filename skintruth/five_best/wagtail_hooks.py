from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SkinConcern


class SkinConcernViewSet(SnippetViewSet):
    model = SkinConcern
    icon = "pick"
    menu_label = "Skin concerns"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "description"]
    search_fields = ["name"]


register_snippet(SkinConcernViewSet)
