from urllib.parse import urlencode

from django.template.response import TemplateResponse

from .services import clean_query, query_terms, search_forgiving, search_one_kind


def search(request):
    query = clean_query(request.GET.get("q"))
    kind = request.GET.get("kind", "")
    context = {"query": query, "groups": None, "group": None, "kind": ""}
    if query and not query_terms(query):
        context["no_words"] = True
    elif query:
        results = search_forgiving(query, request, request.GET.get("exact") == "1")
        query = context["query"] = results.query
        context["groups"] = results.groups
        context["corrected_from"] = results.corrected_from
        context["exact_query"] = urlencode({"q": results.corrected_from, "exact": 1})
        context["group"] = search_one_kind(
            query, kind, request, request.GET.get("page")
        )
        context["kind"] = context["group"].kind if context["group"] else ""
    context["total"] = sum(group.count for group in context["groups"] or [])
    context["query_string"] = urlencode({"q": query})
    context["extra_query"] = urlencode({"q": query, "kind": context["kind"]})
    return TemplateResponse(request, "sitesearch/search.html", context)
