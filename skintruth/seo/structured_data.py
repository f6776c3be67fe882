"""schema.org JSON-LD for each kind of page, and for shop products."""

import json
from collections.abc import Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from .metadata import absolute, page_image_url, site_root

PUBLISHER = {"@type": "Organization", "name": "skintruth"}
# As Django's json_script does: nothing in the data can close the <script>.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_script(data: dict | list) -> SafeString:
    """A <script type="application/ld+json"> element, safely escaped."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def without_context(data: dict) -> dict:
    """A nested object needs no @context of its own."""
    return {key: value for key, value in data.items() if key != "@context"}


def person(contributor, request) -> dict:
    return {
        "@type": "Person",
        "name": contributor.title,
        "jobTitle": contributor.role,
        "url": contributor.get_full_url(request),
    }


def comments_data(comments: Iterable[dict] | None) -> list[dict]:
    """Comments given as dicts with author, text, date and url (all optional)."""
    items = []
    for comment in comments or []:
        item = {"@type": "Comment", "text": comment.get("text", "")}
        if comment.get("author"):
            item["author"] = {"@type": "Person", "name": comment["author"]}
        if comment.get("date"):
            item["dateCreated"] = comment["date"]
        if comment.get("url"):
            item["url"] = comment["url"]
        items.append(item)
    return items


def creative_work(page, request, kind: str, comments=None) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.title,
        "name": page.title,
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "publisher": PUBLISHER,
    }
    if getattr(page, "date", None):
        data["datePublished"] = page.date
    if page.last_published_at:
        data["dateModified"] = page.last_published_at
    if comments is not None:
        data["comment"] = comments_data(comments)
        data["commentCount"] = len(data["comment"])
    if getattr(page, "comments_enabled", False):
        data["discussionUrl"] = page.get_full_url(request) + "#discussion"
    return data


def product_data(product, request, review_count: int | None = None) -> dict:
    """A Product with its offer (price, availability) and reader rating."""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.get_title(),
        "url": absolute(request, product.get_absolute_url()),
    }
    if product.upc:
        data["sku"] = product.upc
    if product.description:
        data["description"] = product.description
    info = getattr(request, "strategy", None)
    purchase = info.fetch_for_product(product) if info else None
    if purchase and purchase.price.exists:
        data["offers"] = {
            "@type": "Offer",
            "price": f"{purchase.price.incl_tax:.2f}",
            "priceCurrency": purchase.price.currency,
            "availability": "https://schema.org/InStock"
            if purchase.availability.is_available_to_buy
            else "https://schema.org/OutOfStock",
            "url": data["url"],
        }
    if product.rating is not None:
        count = review_count
        if count is None:
            count = product.num_approved_reviews
        if count:
            data["aggregateRating"] = {
                "@type": "AggregateRating",
                "ratingValue": round(product.rating, 1),
                "bestRating": 5,
                "worstRating": 1,
                "reviewCount": count,
            }
    return data


def article_data(page, request, comments=None) -> list[dict]:
    from skintruth.five_best.models import FiveBestPick

    data = creative_work(page, request, "Article", comments)
    data["description"] = page.standfirst
    if page.reviewer:
        data["author"] = person(page.reviewer, request)
    image = page_image_url(page, request)
    if image:
        data["image"] = image
    graph = [data]
    reviewed = FiveBestPick.objects.filter(review_id=page.pk, page__live=True)
    if page.pk is None:  # the editors' first preview: on no list yet
        reviewed = reviewed.none()
    for pick in reviewed.select_related("product").order_by("pk"):
        review = {
            "@context": "https://schema.org",
            "@type": "Review",
            "name": page.title,
            "url": data["url"],
            "itemReviewed": {
                "@type": "Product",
                "name": pick.product.get_title(),
                "url": absolute(request, pick.product.get_absolute_url()),
            },
        }
        if page.reviewer:
            review["author"] = person(page.reviewer, request)
        graph.append(review)
    return graph


def video_data(page, request, comments=None) -> list[dict]:
    data = creative_work(page, request, "VideoObject", comments)
    data["description"] = page.summary
    data["uploadDate"] = page.date or page.first_published_at
    image = page_image_url(page, request)
    if image:
        data["thumbnailUrl"] = image
    if page.video_file:
        data["contentUrl"] = absolute(request, page.video_file.url)
        data["encodingFormat"] = page.video_type
    if page.iso_duration:
        data["duration"] = page.iso_duration
    if page.captions:
        data["caption"] = page.get_full_url(request) + "captions/"
    data["actor"] = [person(p, request) for p in page.presenters.all()]
    return [data]


def story_data(page, request, comments=None) -> list[dict]:
    data = creative_work(page, request, "Article", comments)
    data["description"] = page.standfirst
    data["about"] = {"@type": "Person", "name": page.subject_name}
    if page.author:
        data["author"] = person(page.author, request)
    image = page_image_url(page, request)
    if image:
        data["image"] = image
    return [data]


def five_best_data(page, request) -> list[dict]:
    picks = page.ranked_picks
    return [
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": page.title,
            "url": page.get_full_url(request),
            "itemListOrder": "https://schema.org/ItemListOrderAscending",
            "numberOfItems": len(picks),
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "item": without_context(
                        product_data(
                            pick.product,
                            request,
                            getattr(pick, "approved_reviews", None),
                        )
                    ),
                }
                for position, pick in enumerate(picks, start=1)
            ],
        }
    ]


def contributor_data(page, request) -> list[dict]:
    return [
        {
            "@context": "https://schema.org",
            "@type": "ProfilePage",
            "url": page.get_full_url(request),
            "mainEntity": dict(person(page, request), description=page.bio),
        }
    ]


def website_data(page, request) -> list[dict]:
    root = site_root(request)
    return [
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": "skintruth",
            "url": root + "/",
            "potentialAction": {
                "@type": "SearchAction",
                "target": root + reverse("search") + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            },
        }
    ]


def structured_data(page, request, comments=None) -> list[dict]:
    """The JSON-LD objects that describe this page, if it is a kind we know."""
    from skintruth.articles.models import ArticlePage
    from skintruth.contributors.models import ContributorPage
    from skintruth.core.models import HomePage
    from skintruth.five_best.models import FiveBestListPage
    from skintruth.stories.models import StoryPage
    from skintruth.videos.models import VideoPage

    builders = [
        (ArticlePage, lambda: article_data(page, request, comments)),
        (VideoPage, lambda: video_data(page, request, comments)),
        (StoryPage, lambda: story_data(page, request, comments)),
        (FiveBestListPage, lambda: five_best_data(page, request)),
        (ContributorPage, lambda: contributor_data(page, request)),
        (HomePage, lambda: website_data(page, request)),
    ]
    for page_class, build in builders:
        if isinstance(page, page_class):
            return build()
    return []
