"""What a page tells search engines and social sites: URL, title, text, image."""

from wagtail.models import Site

SHARE_IMAGE_SPEC = "fill-1200x630"
IMAGE_FIELDS = ["listing_image", "poster", "portrait", "photo"]
TEXT_FIELDS = ["standfirst", "summary", "intro", "bio", "pull_quote"]
OG_TYPES = {
    "articlepage": "article",
    "storypage": "article",
    "videopage": "video.other",
    "contributorpage": "profile",
}


def site_root(request) -> str:
    """The Wagtail site's root URL, e.g. 'https://skintruth.example', no slash."""
    site = Site.find_for_request(request)
    if site:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/")


def absolute(request, url: str) -> str:
    return url if url.startswith(("http://", "https://")) else site_root(request) + url


def canonical_url(request) -> str:
    """This address on the site's own host; only ?page= survives."""
    url = site_root(request) + request.path
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and page_number != "1":
        url += f"?page={page_number}"
    return url


def page_image(page):
    for field in IMAGE_FIELDS:
        if getattr(page, f"{field}_id", None):
            return getattr(page, field)
    return None


def page_image_url(page, request) -> str:
    image = page_image(page)
    if image is None:
        return ""
    return absolute(request, image.get_rendition(SHARE_IMAGE_SPEC).url)


def page_description(page) -> str:
    if page.search_description:
        return page.search_description
    for field in TEXT_FIELDS:
        text = getattr(page, field, "")
        if isinstance(text, str) and text:
            return " ".join(text.split())[:300]
    return ""


def page_metadata(page, request) -> dict:
    """Title, description, image, type and canonical URL for the head tags."""
    return {
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "image": page_image_url(page, request),
        "type": OG_TYPES.get(page._meta.model_name, "website"),
        "canonical": canonical_url(request),
    }
