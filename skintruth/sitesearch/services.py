"""One search across the publication: products and every Searchable page type.

Page types say how their results read (core.pages.metadata.Searchable); this
app names none of them.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from oscar.core.loading import get_model
from wagtail.models import Page, get_page_models
from wagtail.search.query import PlainText

from skintruth.core.pages.metadata import Searchable

from .spelling import corrected_query

RESULTS_PER_PAGE = 10
RESULTS_PER_GROUP = 4
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
SNIPPET_LENGTH = 220
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
PRODUCTS = "products"  # the shop's /shop/search/ hands over to ?kind=products
PRODUCTS_ORDER = 20  # where products come among the page types' search_order


def clean_query(raw: str | None) -> str:
    """Trim, drop control characters, collapse whitespace and cap the length."""
    text = CONTROL_CHARACTERS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    """The words in a query (letters and digits), at most MAX_TERMS of them."""
    return re.findall(r"\w+", query)[:MAX_TERMS]


def highlight(text: str, terms: list[str]) -> SafeString:
    """Escape text and wrap each occurrence of a term in <mark>."""
    if not terms:
        return escape(text)
    longest_first = sorted(terms, key=len, reverse=True)
    pattern = re.compile(
        "(" + "|".join(re.escape(term) for term in longest_first) + ")", re.IGNORECASE
    )
    pieces = pattern.split(text)
    # split() with one group alternates: plain text, match, plain text, ...
    return mark_safe(
        "".join(
            f"<mark>{escape(piece)}</mark>" if odd % 2 else escape(piece)
            for odd, piece in enumerate(pieces)
        )
    )


def excerpt(text: str, terms: list[str], length: int = SNIPPET_LENGTH) -> str:
    """A slice of text around the first matching term, cut at word boundaries."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    lowered = text.lower()
    hits = [lowered.find(term.lower()) for term in terms]
    first = min((hit for hit in hits if hit >= 0), default=0)
    start = max(0, first - length // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = text.rfind(" ", start, start + length)
    end = end if end > start else start + length
    return ("… " if start else "") + text[start:end] + " …"


@dataclass
class Hit:
    """One search result, whatever kind of thing it is."""

    kind: str
    title: str
    url: str
    text: str
    meta: str = ""


@dataclass
class Group:
    """The results of one kind: a label, how many, and a page or a shelf of them."""

    kind: str
    label: str
    count: int
    hits: list


@dataclass(frozen=True)
class Kind:
    """One kind of result: how to search it and turn what it finds into Hits."""

    name: str
    label: str
    order: int
    search: Callable[[str], Any]  # query -> a searched queryset
    to_hit: Callable[[Any, HttpRequest], Hit]


def page_hit(page: Searchable, request: HttpRequest) -> Hit:
    kind, _ = page.search_group()
    return Hit(
        kind=kind,
        title=page.title,
        url=page.get_url(request),
        text=page.search_summary(),
        meta=page.search_kicker(),
    )


def product_hit(product, request: HttpRequest) -> Hit:
    return Hit(
        kind=PRODUCTS,
        title=product.get_title(),
        url=product.get_absolute_url(),
        text=strip_tags(product.description or ""),
        meta=f"{product.brand.name} · in the shop" if product.brand else "In the shop",
    )


def indexed_words(query: str) -> PlainText:
    # Only the words go to the engine: SQLite's FTS5 has its own query syntax.
    return PlainText(" ".join(query_terms(query)), operator="and")


def search_products(query: str):
    """Public products matching every word (brand names too), through the index."""
    Product = get_model("catalogue", "Product")
    return (
        Product.objects.browsable().select_related("brand").search(indexed_words(query))
    )


def page_kind(model: type[Searchable], private: Callable[[], Q]) -> Kind:
    """The kind of result a searchable page type is, as it describes itself."""
    name, label = model.search_group()

    def search(query: str):
        pages = model.objects.live().exclude(private())
        return pages.search(indexed_words(query))

    return Kind(name, label, model.search_order, search, page_hit)


def search_kinds() -> list[Kind]:
    """Products and every page type that is Searchable, in their order."""
    # What .public() excludes, read once for all the page types searched.
    private = cache(Page.objects.private_q)
    kinds = [Kind(PRODUCTS, "Products", PRODUCTS_ORDER, search_products, product_hit)]
    kinds += [
        page_kind(model, private)
        for model in get_page_models()
        if issubclass(model, Searchable)
    ]
    return sorted(kinds, key=lambda kind: (kind.order, kind.name))


def highlighted(hits: list[Hit], terms: list[str]) -> list[Hit]:
    for hit in hits:
        hit.title = highlight(hit.title, terms)
        hit.text = highlight(excerpt(hit.text, terms), terms)
    return hits


def search_everything(query: str, request) -> list[Group]:
    """Every kind with its count and first few results; kinds with none left out."""
    terms = query_terms(query)
    groups = []
    for kind in search_kinds():
        results = kind.search(query)
        count = results.count()
        if count:
            shelf = [kind.to_hit(item, request) for item in results[:RESULTS_PER_GROUP]]
            groups.append(
                Group(kind.name, kind.label, count, highlighted(shelf, terms))
            )
    return groups


@dataclass
class Results:
    """What was searched (the reader's words or their correction) and found."""

    query: str
    groups: list[Group]
    corrected_from: str = ""


def search_forgiving(query: str, request, exact: bool = False) -> Results:
    """search_everything(); when nothing matches, again with misspellings fixed.

    `exact` is the reader asking for their own words, as typed.
    """
    groups = search_everything(query, request)
    if groups or exact:
        return Results(query, groups)
    correction = corrected_query(query_terms(query))
    corrected_groups = search_everything(correction, request) if correction else []
    if not corrected_groups:
        return Results(query, groups)
    return Results(correction, corrected_groups, corrected_from=query)


def search_one_kind(query: str, name: str, request, page_number: str | None):
    """One kind's results, a page at a time; None if the kind is unknown."""
    for kind in search_kinds():
        if kind.name == name:
            page = Paginator(kind.search(query), RESULTS_PER_PAGE).get_page(page_number)
            page.object_list = highlighted(
                [kind.to_hit(item, request) for item in page.object_list],
                query_terms(query),
            )
            return Group(kind.name, kind.label, page.paginator.count, page)
    return None
