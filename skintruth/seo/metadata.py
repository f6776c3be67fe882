"""What a page tells search engines and social sites: URL, title, text, image."""

from django.templatetags.static import static

from skintruth.core.operations.site_url import absolute_url, site_url

# The picture a link preview shows for anything without one of its own.
DEFAULT_SHARE_IMAGE = "skintruth/share-card.png"


def canonical_url(request) -> str:
    """This address on the site's own host; only ?page= survives."""
    url = site_url(request) + request.path
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and page_number != "1":
        url += f"?page={page_number}"
    return url


def page_metadata(page, request) -> dict:
    """Title, description, image, type and canonical URL for the head tags.

    Pages describe themselves through core.metadata.PageMetadata; a page
    without it (Wagtail's root) still gets its title and search description.
    """
    title = getattr(page, "get_meta_title", None)
    describe = getattr(page, "get_meta_description", None)
    image = getattr(page, "get_meta_image_url", None)
    return {
        "title": title() if title else page.seo_title or page.title,
        "description": describe() if describe else page.search_description,
        "image": (image(request) if image else "")
        or absolute_url(static(DEFAULT_SHARE_IMAGE), request),
        "type": getattr(page, "og_type", "website"),
        "canonical": canonical_url(request),
    }
