from urllib.parse import urlencode

from django.template.response import TemplateResponse

from .services import clean_query, search_pages


def search(request):
    query = clean_query(request.GET.get("q"))
    results = search_pages(query, request.GET.get("page"))
    return TemplateResponse(
        request,
        "sitesearch/search.html",
        {"query": query, "results": results, "extra_query": urlencode({"q": query})},
    )
