"""Head tags for every page: canonical URL, Open Graph, Twitter card, JSON-LD."""

from django import template

from skintruth.core.caching import fragments
from skintruth.seo.metadata import canonical_url, page_metadata
from skintruth.seo.structured_data import structured_data, to_script

register = template.Library()


@register.inclusion_tag("seo/head.html", takes_context=True)
def seo_head(context) -> dict:
    """Head tags of what the view shows: a Wagtail page, or the object a view
    names as `meta_subject` (a product), described through core.metadata."""
    request = context.get("request")
    subject = context.get("meta_subject") or context.get("page")
    if request is None:
        return {}
    if not hasattr(subject, "get_full_url") and not hasattr(subject, "json_ld"):
        return {"meta": {"canonical": canonical_url(request)}, "request": request}
    comments = context.get("structured_comments")
    head = _page_head(subject, request, comments)
    return {
        "meta": {**head["meta"], "canonical": canonical_url(request)},
        "json_ld": head["json_ld"],
        "request": request,
    }


def _page_head(page, request, comments) -> dict:
    """Metadata and JSON-LD of a published page, cached until the site changes."""

    def build() -> dict:
        graph = structured_data(page, request, comments)
        return {
            "meta": page_metadata(page, request),
            "json_ld": [to_script(item) for item in graph],
        }

    revision = getattr(page, "live_revision_id", None)
    if comments is not None or revision is None or getattr(request, "is_preview", 0):
        return build()
    names = [fragments.SITE, fragments.SHOP]  # product offers carry prices
    versions = fragments.versions(names, request)
    parts = ["seo", page.pk, revision, *versions.values()]
    parts += [request.scheme, request.get_host()]
    return fragments.remembered(parts, build)
