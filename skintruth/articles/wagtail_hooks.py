from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from skintruth.core.hooks import HOME_PAGE_CONTEXT

from .models import ArticlePage, Topic

HOME_PAGE_LATEST = 9


@hooks.register(HOME_PAGE_CONTEXT)
def newest_reviews_on_home_page(request, context) -> None:
    # A callable: the template asks only when its cached fragment misses.
    context["latest"] = lambda: list(
        ArticlePage.objects.for_listing()[:HOME_PAGE_LATEST]
    )


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "description"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
