"""The announcement bar, navigation and footer cards on every page."""

from wagtail.models import Site

from skintruth.core.models import AnnouncementSettings, FooterPromo, SectionPage
from skintruth.core.tests.factories import ArticlePageFactory


def test_announcement_bar_shows_the_editors_text_on_every_page(site, client):
    bar = AnnouncementSettings.for_site(Site.objects.get())
    bar.text = "Free shipping on all orders over $39"
    bar.save()
    article = ArticlePageFactory(parent=site["reviews"])

    for url in ["/", "/reviews/", article.url, "/search/?q=x"]:
        assert "Free shipping on all orders over $39" in client.get(url).text


def test_empty_announcement_hides_the_bar(site, client):
    assert 'class="announcement"' not in client.get("/").text


def test_navigation_lists_sections_in_order_and_the_shop(site, client):
    section = SectionPage(title="Five Best", slug="five-best", show_in_menus=True)
    site["home"].add_child(instance=section)

    html = client.get("/").text
    nav = html[html.index('aria-label="Main"') :]

    assert (
        nav.index(">Reviews<") < nav.index(">Contributors<") < nav.index(">Five Best<")
    )
    assert 'href="/shop/">Shop<' in nav


def test_coming_soon_section_says_so_honestly(site, client):
    section = SectionPage(
        title="Videos", slug="videos", intro="<p>How-tos on camera.</p>"
    )
    site["home"].add_child(instance=section)

    html = client.get("/videos/").text

    assert "Coming soon" in html and "How-tos on camera." in html


def test_footer_shows_editable_promo_cards_in_their_order(site, client):
    FooterPromo.objects.create(
        title="Meet Our Contributors",
        blurb="Our reviewers.",
        call_to_action="Meet Them",
        link_page=site["directory"],
        sort_order=1,
    )
    FooterPromo.objects.create(
        title="Five Best",
        blurb="The shortlist.",
        call_to_action="Read More",
        link_page=site["reviews"],
        sort_order=0,
    )

    html = client.get("/").text

    assert html.index("The shortlist.") < html.index("Our reviewers.")
    assert 'href="/contributors/">Meet Them' in html


def test_unknown_page_gets_a_helpful_not_found_page(site, client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "We could not find that page" in response.text


def test_guests_find_sign_in_in_the_header_leading_to_the_sign_in_page(site, client):
    html = client.get("/").text
    header = html[html.index('class="site-header"') : html.index("</header>")]

    assert '<a class="account-link" href="/shop/accounts/">Sign in</a>' in header
    response = client.get("/shop/accounts/")
    assert response.url == "/shop/accounts/login/?next=/shop/accounts/"


def test_a_signed_in_member_finds_their_account_in_the_header(
    site, client, django_user_model
):
    user = django_user_model.objects.create_user("noor", "noor@example.com", "pw")
    client.force_login(user)

    html = client.get("/").text

    assert '<a class="account-link" href="/shop/accounts/">Your account</a>' in html
