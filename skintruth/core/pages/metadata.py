"""What a page tells search engines, social sites and the site's own search, as
methods pages override.

The seo app draws head tags and JSON-LD from these interfaces alone, and the
sitesearch app its results, so a new page type gets them by declaring its
fields here, not by editing seo or sitesearch.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.text import capfirst

from skintruth.core.operations.site_url import absolute_url

SHARE_IMAGE_SPEC = "fill-1200x630"
PUBLISHER = {"@type": "Organization", "name": "skintruth"}
SCHEMA_CONTEXT = "https://schema.org"


def share_image_url(image, request) -> str:
    """An image cropped for link previews, as an absolute URL ('' for none)."""
    if image is None:
        return ""
    return absolute_url(image.get_rendition(SHARE_IMAGE_SPEC).url, request)


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


def without_context(data: dict) -> dict:
    """A nested object needs no @context of its own."""
    return {key: value for key, value in data.items() if key != "@context"}


class PageMetadata:
    """Mixed into every page type; override the fields or the methods.

    `meta_description_field` and `meta_image_field` name the page's own
    summary text and picture; `og_type` is its Open Graph type.
    """

    og_type = "website"
    meta_description_field = ""
    meta_image_field = ""

    def get_meta_description(self) -> str:
        if self.search_description:
            return self.search_description
        text = getattr(self, self.meta_description_field, "") or ""
        return " ".join(text.split())[:300] if isinstance(text, str) else ""

    def get_meta_image(self):
        if self.meta_image_field and getattr(self, f"{self.meta_image_field}_id"):
            return getattr(self, self.meta_image_field)
        return None

    def get_meta_image_url(self, request) -> str:
        return share_image_url(self.get_meta_image(), request)

    def json_ld(self, request, comments: Iterable[dict] | None = None) -> list[dict]:
        """schema.org objects describing this page; none unless a page says."""
        return []

    def creative_work(self, request, kind: str, comments=None) -> dict:
        """The schema.org fields every article-like page shares."""
        url = self.get_full_url(request)
        data = {
            "@context": SCHEMA_CONTEXT,
            "@type": kind,
            "headline": self.title,
            "name": self.title,
            "url": url,
            "mainEntityOfPage": url,
            "publisher": PUBLISHER,
        }
        if getattr(self, "date", None):
            data["datePublished"] = self.date
        if self.last_published_at:
            data["dateModified"] = self.last_published_at
        if comments is not None:
            data["comment"] = comments_data(comments)
            data["commentCount"] = len(data["comment"])
        if getattr(self, "comments_enabled", False):
            data["discussionUrl"] = url + "#discussion"
        return data


class Searchable:
    """Mixed into page types the site search lists, each type a group of results.

    `search_kind` names the group in the search page's address (?kind=),
    `search_label` heads it and `search_order` places it among the others.
    A result shows `search_kicker()` above its title and a snippet of
    `search_summary()` below it.
    """

    search_kind = ""  # the model's name when empty
    search_label = ""  # the page type's plural name when empty
    search_order = 100  # groups are listed from the lowest

    @classmethod
    def search_group(cls) -> tuple[str, str]:
        """The kind and label of this page type's group of results."""
        label = cls.search_label or capfirst(cls._meta.verbose_name_plural)
        return cls.search_kind or cls._meta.model_name, label

    def search_summary(self) -> str:
        """The page's own summary in full (see PageMetadata), else its search
        description."""
        field = getattr(self, "meta_description_field", "")
        return (getattr(self, field, "") if field else "") or self.search_description

    def search_kicker(self) -> str:
        """A word on what the result is, e.g. "Video"; none unless a type says."""
        return ""


class AnswerSource:
    """Mixed into page types whose words can answer readers' questions.

    `answer_passages()` gives the passages (core.passages.Passage) that the
    questions queue may suggest to an editor and the comment form to a reader.
    """

    def answer_passages(self) -> list:
        return []


class Discussion:
    """Mixed into page types that carry a readers' discussion (the comments app).

    `discussion_reviewer()` names the contributor who answers readers as the
    page's reviewer: they hear of new comments and their replies get a badge.
    `discussion_products()` names the products the page is about.
    """

    comments_enabled = True

    def discussion_reviewer(self):
        return None

    def discussion_products(self) -> set[int]:
        """Ids of the products the page is about: a commenter whose account
        bought one is shown as a verified buyer."""
        return set()
