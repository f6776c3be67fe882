"""The site shell drawn on every page: announcement bar, navigation, footer.

Each part is cached per site until the site's content version moves, and
`{% fragment %}` lets page templates cache their own stable parts the same way.
"""

from django import template
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail import hooks
from wagtail.models import Site

from skintruth.core.caching import fragments
from skintruth.core.caching.frontend import is_shared
from skintruth.core.hooks import ANNOUNCEMENT_PLACEHOLDERS
from skintruth.core.models import AnnouncementSettings, FooterPromo

register = template.Library()

SHOP_URL = "/shop/"
CSRF_FIELD = "csrfmiddlewaretoken"


def _site(request) -> Site | None:
    return Site.find_for_request(request) if request is not None else None


def _site_version(request) -> int | None:
    return fragments.versions([fragments.SITE], request)[fragments.SITE]


def _announcement(request, site: Site) -> dict:
    bar = AnnouncementSettings.for_site(site)
    text = bar.text
    for placeholders in hooks.get_hooks(ANNOUNCEMENT_PLACEHOLDERS):
        for name, value in placeholders().items():
            token = f"{{{name}}}"
            if token in text:
                text = text.replace(token, value())
    return {"text": text, "url": bar.link.get_url(request) if bar.link_id else ""}


@register.inclusion_tag("includes/announcement_bar.html", takes_context=True)
def announcement_bar(context) -> dict:
    request = context.get("request")
    site = _site(request)
    if site is None:  # no request, or a fresh database before any site exists
        return {}
    parts = ["announcement", site.pk, _site_version(request)]
    return fragments.remembered(parts, lambda: _announcement(request, site))


def _sections(request, site: Site) -> list[dict]:
    sections = site.root_page.get_children().live().in_menu()
    return [{"label": p.title, "url": p.get_url(request)} for p in sections]


@register.inclusion_tag("includes/navigation.html", takes_context=True)
def site_navigation(context) -> dict:
    request = context.get("request")
    site = _site(request)
    items = []
    if site:
        parts = ["navigation", site.pk, _site_version(request)]
        items = [
            dict(item)
            for item in fragments.remembered(parts, lambda: _sections(request, site))
        ]
    items.append({"label": "Shop", "url": SHOP_URL})
    path = request.path if request else ""
    for item in items:
        item["current"] = bool(item["url"]) and path.startswith(item["url"])
    return {"items": items, "query": context.get("query", "")}


@register.simple_tag(takes_context=True)
def site_footer(context) -> SafeString:
    request = context.get("request")
    site = _site(request)

    def render() -> str:
        promos = FooterPromo.objects.select_related("link_page")
        return render_to_string(
            "includes/footer.html", {"promos": promos, "request": request}
        )

    parts = ["footer", site.pk if site else 0, _site_version(request)]
    return fragments.cached(parts, render)


class FragmentNode(template.Node):
    def __init__(self, nodelist, parts, depends: list[str]):
        self.nodelist = nodelist
        self.parts = parts
        self.depends = depends

    def render(self, context) -> str:
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        versions = fragments.versions(self.depends, request)
        parts += [versions[name] for name in self.depends]
        parts += [request.scheme, request.get_host()]
        return fragments.cached(parts, lambda: self.nodelist.render(context))


@register.tag
def fragment(parser, token) -> FragmentNode:
    """{% fragment "name" part... depends "site shop" %}...{% endfragment %}

    Caches what it wraps under its name, the parts, the host and the current
    value of each version named after `depends`. Never in a preview.
    """
    bits = token.split_contents()[1:]
    depends: list[str] = []
    if len(bits) >= 2 and bits[-2] == "depends":
        depends = bits[-1].strip("\"'").split()
        bits = bits[:-2]
    if not bits:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits], depends)


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
