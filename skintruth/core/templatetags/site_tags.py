"""The site shell drawn on every page: announcement bar, navigation, footer."""

from django import template
from django.middleware.csrf import get_token
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail.models import Site

from skintruth.core.frontend_cache import is_shared
from skintruth.core.models import AnnouncementSettings, FooterPromo
from skintruth.shop.services import format_price, free_shipping_threshold

register = template.Library()

SHOP_URL = "/shop/"
CSRF_FIELD = "csrfmiddlewaretoken"


@register.inclusion_tag("includes/announcement_bar.html", takes_context=True)
def announcement_bar(context) -> dict:
    request = context.get("request")
    if request is None:
        return {}
    site = Site.find_for_request(request)
    if site is None:  # e.g. a fresh database before any site exists
        return {}
    bar = AnnouncementSettings.for_site(site)
    text = bar.text
    if "{threshold}" in text:
        # The shop's real threshold, so the bar and the basket always agree.
        text = text.replace("{threshold}", format_price(free_shipping_threshold()))
    return {"text": text, "url": bar.link.get_url(request) if bar.link_id else ""}


@register.inclusion_tag("includes/navigation.html", takes_context=True)
def site_navigation(context) -> dict:
    request = context.get("request")
    items = []
    site = Site.find_for_request(request) if request else None
    if site:
        sections = site.root_page.get_children().live().in_menu()
        items = [{"label": p.title, "url": p.get_url(request)} for p in sections]
    items.append({"label": "Shop", "url": SHOP_URL})
    path = request.path if request else ""
    for item in items:
        item["current"] = bool(item["url"]) and path.startswith(item["url"])
    return {"items": items, "query": context.get("query", "")}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context) -> dict:
    promos = FooterPromo.objects.select_related("link_page")
    return {"promos": promos, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def csrf_field(context) -> SafeString:
    """The form's CSRF token, or an empty one on a page every reader shares.

    A shared page must not carry one visitor's token: form-tokens.js fills the
    field when the reader starts on the form, and with JavaScript off the
    site's CSRF failure page asks the reader to confirm, keeping what they typed.
    """
    request = context.get("request")
    if request is not None and is_shared(request):
        return format_html(
            '<input type="hidden" name="{}" value="" data-fresh-token>',
            CSRF_FIELD,
        )
    token = get_token(request) if request is not None else ""
    return format_html('<input type="hidden" name="{}" value="{}">', CSRF_FIELD, token)
