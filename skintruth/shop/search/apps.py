import oscar.apps.search.apps as apps
from django.views.generic import RedirectView


class ShopSearchRedirect(RedirectView):
    """Oscar's /shop/search/ sends shoppers to the site search, products tab."""

    permanent = False
    query_string = False

    def get_redirect_url(self, *args, **kwargs) -> str:
        query = self.request.GET.copy()
        query["kind"] = "products"
        return f"/search/?{query.urlencode()}"


class SearchConfig(apps.SearchConfig):
    """Oscar's search app without haystack: one search path for the whole site
    (skintruth.sitesearch, through Wagtail's index, products included)."""

    name = "skintruth.shop.search"

    def ready(self):
        self.search_view = ShopSearchRedirect
