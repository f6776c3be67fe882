"""One search across the publication's pages."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def clean_query(raw: str | None) -> str:
    """Trim, collapse whitespace and cap the length of what a visitor typed."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def search_pages(query: str, page_number: str | None) -> PaginatorPage | None:
    if not query:
        return None
    results = Page.objects.live().public().specific().search(query)
    return Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
