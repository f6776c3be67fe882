"""The Content-Security-Policy in a real browser: no admin or dashboard page
has anything blocked (the site's own pages are watched on the desktop audit's
walk, test_audit.py), the admin's sign-in works under the public policy, and
a page on another site cannot add to a shopper's basket."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from e2e.audit import ViolationLog
from skintruth.articles.models import ArticlePage
from skintruth.five_best.models import FiveBestListPage
from skintruth.shop.catalogue.models import Product

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def watched(page):
    return ViolationLog(page)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        "csp-staff", "csp-staff@skintruth.test", "pw-e2e"
    )


def sign_in(page, base_url: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill("csp-staff")
    page.get_by_label("Password").fill("pw-e2e")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def staff_pages() -> dict[str, str]:
    article = ArticlePage.objects.live().first()
    product = Product.objects.filter(parent=None).first()
    five_best = FiveBestListPage.objects.live().first()
    return {
        "admin dashboard": "/admin/",
        "admin page explorer": f"/admin/pages/{article.get_parent().pk}/",
        "admin article editor": f"/admin/pages/{article.pk}/edit/",
        "admin images": "/admin/images/",
        "admin snippets": "/admin/snippets/",
        "admin topics": "/admin/snippets/articles/topic/",
        "admin comments queue": "/admin/comments/",
        "admin questions queue": "/admin/comments/questions/",
        "admin five best editor": f"/admin/pages/{five_best.pk}/edit/",
        "admin new article": f"/admin/pages/add/articles/articlepage/"
        f"{article.get_parent().pk}/",
        "admin announcement setting": "/admin/settings/core/announcementsettings/",
        "shop dashboard": reverse("dashboard:index"),
        "dashboard orders": reverse("dashboard:order-list"),
        "dashboard products": reverse("dashboard:catalogue-product-list"),
        "dashboard product editor": reverse(
            "dashboard:catalogue-product", kwargs={"pk": product.pk}
        ),
        "dashboard shipping": reverse("dashboard:shipping-charges-list"),
    }


def test_no_admin_or_dashboard_page_has_anything_blocked(
    demo_site, live_server, staff, watched
):
    page = watched.page
    sign_in(page, live_server.url)
    for name, path in staff_pages().items():
        response = page.goto(live_server.url + path)
        assert response.ok, f"{name}: {response.status}"
        assert response.headers["content-security-policy"], name
        watched.visited(name)

    assert not watched.found, "\n".join(watched.found)


def test_the_admin_sign_in_works_under_the_public_policy_with_nothing_blocked(
    site, live_server, staff, watched
):
    page = watched.page
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for name, path in {
        "admin password reset": "/admin/password_reset/",
        "admin password reset sent": "/admin/password_reset/done/",
    }.items():
        response = page.goto(live_server.url + path)
        assert "script-src 'self';" in response.headers["content-security-policy"]
        watched.visited(name)
        expect(page.get_by_role("heading", level=1)).to_be_visible()

    response = page.goto(live_server.url + "/admin/login/")
    assert "script-src 'self';" in response.headers["content-security-policy"]
    watched.visited("admin sign-in")
    page.get_by_label("Username").fill("csp-staff")
    page.get_by_label("Password").fill("pw-e2e")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    watched.visited("admin dashboard, signed in")

    assert not watched.found, "\n".join(watched.found)
    assert not errors, "\n".join(errors)


class AttackerPage(BaseHTTPRequestHandler):
    """Another site: its page posts to our add-to-basket as soon as it loads."""

    target = ""

    def do_GET(self):
        body = (
            f'<!DOCTYPE html><title>Win a prize</title><form method="post" '
            f'action="{self.target}"><input name="quantity" value="5"></form>'
            "<script>document.forms[0].submit()</script>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def attacker_site(live_server):
    products = Product.objects.filter(parent=None).exclude(stockrecords=None)
    wanted = products.get(title="Microcurrent Sculpt Wand")
    unwanted = products.exclude(pk=wanted.pk).first()
    AttackerPage.target = live_server.url + reverse(
        "basket:add", kwargs={"pk": unwanted.pk}
    )
    # 127.0.0.1 is another site than the live server's "localhost".
    server = ThreadingHTTPServer(("127.0.0.1", 0), AttackerPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.server_port}/", "product": unwanted}
    server.shutdown()
    server.server_close()


def test_a_page_on_another_site_cannot_add_to_the_basket(
    demo_site, live_server, page, attacker_site
):
    product = Product.objects.get(title="Microcurrent Sculpt Wand")
    page.goto(live_server.url + product.get_absolute_url())
    page.get_by_role("button", name="Add to basket").first.click()
    expect(page.locator(".shop-messages")).to_contain_text(product.title)

    page.goto(attacker_site["url"])
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your basket was not changed"
    )

    page.goto(live_server.url + "/shop/basket/")
    basket = page.locator("main")
    expect(basket).to_contain_text(product.title)
    expect(basket).not_to_contain_text(attacker_site["product"].title)
