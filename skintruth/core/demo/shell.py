"""Builds the demo publication's shell: home page, bar and footer."""

from wagtail.models import Page, Site

from skintruth.core.models import AnnouncementSettings, FooterPromo, HomePage
from skintruth.core.operations.site_url import sync_sites

HOME_INTRO = "Independent reviews and guides. We buy what we test and say what we find."

FOOTER_PROMOS = [
    # (title, blurb, call to action, slug of the page it opens)
    (
        "Five Best",
        "Our shortlist for every skin concern, ranked.",
        "Read More",
        "five-best",
    ),
    ("Videos", "How-tos and honest reviews from our team.", "Watch Now", "videos"),
    (
        "Meet Our Contributors",
        "The people who test everything we write about.",
        "Meet Them",
        "contributors",
    ),
    (
        "Be Inspired",
        "Stories of people aging well, in their words.",
        "Read More",
        "be-inspired",
    ),
]


def get_or_create_child(parent: Page, model, slug: str, **fields) -> Page:
    """Return the child page with this slug, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_home() -> HomePage:
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()  # Wagtail's "Welcome" page (its Site goes with it)
    home = HomePage(title="skintruth", slug="home", intro=HOME_INTRO)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "skintruth"},
    )
    sync_sites()
    return home


def load_site_furniture(home: HomePage) -> None:
    site = Site.objects.get(is_default_site=True)
    bar = AnnouncementSettings.for_site(site)
    if not bar.text:
        bar.text = "Free shipping on all orders over {threshold}"
        bar.save()
    if FooterPromo.objects.exists():
        return
    for order, (title, blurb, cta, slug) in enumerate(FOOTER_PROMOS):
        target = home.get_children().filter(slug=slug).first()
        if target:
            FooterPromo.objects.create(
                title=title,
                blurb=blurb,
                call_to_action=cta,
                link_page=target,
                sort_order=order,
            )
