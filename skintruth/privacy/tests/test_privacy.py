"""Readers own their data: download it, erase it, and the IP retention purge."""

import datetime
import json
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model

from skintruth.comments.models import Comment, Status
from skintruth.comments.tests.factories import CommentFactory
from skintruth.core.models import OutgoingEmail
from skintruth.privacy.models import PrivacyPolicy
from skintruth.shop.tests.factories import (
    ADDRESS,
    make_order,
    make_product,
    make_review,
)

Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")
BillingAddress = get_model("order", "BillingAddress")
UserAddress = get_model("address", "UserAddress")
Order = get_model("order", "Order")
ShopEmail = get_model("communication", "Email")


@pytest.fixture
def country(db):
    return Country.objects.get_or_create(
        iso_3166_1_a2="US", defaults={"printable_name": "United States"}
    )[0]


def order_with_addresses(product, country, **who):
    order = make_order(product, **who)
    fields = {**ADDRESS, "country": country}
    order.shipping_address = ShippingAddress.objects.create(
        **fields, phone_number="+15035550123", notes="Leave by the blue door"
    )
    order.billing_address = BillingAddress.objects.create(**fields)
    order.save()
    return order


@pytest.fixture
def member(django_user_model, article, country):
    user = django_user_model.objects.create_user(
        "x7f3k2q9", "ines@example.com", "pw", first_name="Ines"
    )
    UserAddress.objects.create(user=user, **{**ADDRESS, "country": country})
    return user


def download_json(response) -> dict:
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(b"".join(response.streaming_content or [response.content]))


def test_member_downloads_comments_orders_addresses_and_reviews_and_nobody_elses(
    client, member, article, country
):
    CommentFactory(page=article, user=member, email=member.email, text="Mine")
    CommentFactory(page=article, email="someone@example.com", text="Not mine")
    product = make_product("Vitamin C Serum", "20.00")
    order_with_addresses(product, country, user=member)
    make_order(product, guest_email="someone@example.com")
    make_review(product, user=member, title="Worked for me")
    ShopEmail.objects.create(
        user=member, email=member.email, subject="Order T-1 confirmed", body_text="."
    )
    client.force_login(member)

    data = json.loads(client.get("/privacy/mine/export.json").content)

    assert [c["text"] for c in data["comments"]] == ["Mine"]
    assert data["comments"][0]["ip_address"] == "10.0.0.1"
    assert data["account"]["email"] == "ines@example.com"
    assert "password" not in json.dumps(data)
    (order,) = data["orders"]
    assert order["shipping_address"]["phone_number"] == "+15035550123"
    assert order["lines"][0]["title"] == "Vitamin C Serum"
    assert data["saved_addresses"][0]["line1"] == "12 Elm Street"
    assert [r["title"] for r in data["product_reviews"]] == ["Worked for me"]
    assert [e["subject"] for e in data["shop_emails"]] == ["Order T-1 confirmed"]


def test_export_is_a_file_download(client, member):
    client.force_login(member)
    response = client.get("/privacy/mine/export.json")
    assert response["Content-Type"].startswith("application/json")
    assert 'attachment; filename="skintruth-data-' in response["Content-Disposition"]


def test_guest_asks_on_the_privacy_page_and_the_emailed_link_opens_their_data(
    client, article, django_capture_on_commit_callbacks
):
    CommentFactory(page=article, email="dawn@example.com", text="Guest words")
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post("/privacy/", {"email": "Dawn@example.com"})
    assert "We sent a link to Dawn@example.com" in page.content.decode()
    (message,) = mail.outbox
    assert message.to == ["Dawn@example.com"]
    link = re.search(r"https?://[^/\s]+(/privacy/data/[^\s]+/)", message.body)[1]

    opened = client.get(link).content.decode()
    assert "dawn@example.com" in opened and "1 comment," in opened
    data = json.loads(client.get(link + "export.json").content)
    assert [c["text"] for c in data["comments"]] == ["Guest words"]


def test_privacy_page_keeps_a_mistyped_address_with_a_message_beside_it(client, db):
    page = client.post("/privacy/", {"email": "dawn.example.com"}).content.decode()
    assert 'value="dawn.example.com"' in page
    assert "field__error" in page
    assert mail.outbox == []


def test_a_forged_data_link_opens_nothing(client, db):
    response = client.get("/privacy/data/dawn@example.com:forged/export.json")
    assert response.status_code == 400
    assert "expired or is incomplete" in response.content.decode()


def test_privacy_page_says_how_long_ip_addresses_are_kept(client, db):
    policy = PrivacyPolicy.load()
    policy.keep_network_details_days = 30
    policy.save()
    assert (
        "for 30 days; then they are blanked" in client.get("/privacy/").content.decode()
    )


def test_erasure_needs_the_typed_address_and_keeps_the_choice(client, member, article):
    CommentFactory(page=article, user=member, email=member.email)
    client.force_login(member)
    page = client.post("/privacy/mine/", {"comments": "remove", "confirm": "nope"})
    html = page.content.decode()
    assert "That is not the address shown above" in html
    assert re.search(r'value="remove"[^>]*checked', html)
    assert Comment.objects.filter(user=member).exists()


def test_member_erasure_anonymises_comments_keeps_invoice_and_deletes_account(
    client, member, article, country, django_user_model
):
    comment = CommentFactory(page=article, user=member, email=member.email)
    product = make_product("Vitamin C Serum", "20.00")
    order = order_with_addresses(product, country, user=member)
    review = make_review(product, user=member)
    client.force_login(member)

    page = client.post(
        "/privacy/mine/", {"comments": "anonymise", "confirm": "INES@example.com"}
    )

    assert "Your data was erased" in page.content.decode()
    comment.refresh_from_db()
    assert (comment.name, comment.email, comment.user_id) == ("Former reader", "", None)
    assert comment.ip_address is None and comment.text
    order = Order.objects.select_related("shipping_address", "billing_address").get(
        pk=order.pk
    )
    assert order.user is None and order.guest_email == ""
    assert order.total_incl_tax == 20 and order.lines.count() == 1
    assert order.billing_address.line1 == "12 Elm Street"
    assert str(order.shipping_address.phone_number or "") == ""
    assert order.shipping_address.notes == ""
    review.refresh_from_db()
    assert (review.user_id, review.name) == (None, "Former reader")
    assert not django_user_model.objects.filter(email="ines@example.com").exists()
    assert not UserAddress.objects.exists()
    assert "_auth_user_id" not in client.session


def test_removed_comment_with_replies_leaves_a_note_and_the_replies(
    client, article, django_capture_on_commit_callbacks
):
    mine = CommentFactory(page=article, email="dawn@example.com", text="My question")
    CommentFactory(page=article, parent=mine, text="An answer to it")
    lonely = CommentFactory(page=article, email="dawn@example.com", text="Alone")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/privacy/", {"email": "dawn@example.com"})
    link = re.search(r"(/privacy/data/[^\s]+/)", mail.outbox[-1].body)[1]

    client.post(link, {"comments": "remove", "confirm": "dawn@example.com"})

    assert not Comment.objects.filter(pk=lonely.pk).exists()
    thread = client.get(article.url).content.decode()
    assert "Comment removed at the reader’s request." in thread
    assert "An answer to it" in thread
    assert "My question" not in thread and "Alone" not in thread
    assert "1 Comment" in thread  # the note is not counted as a comment


def test_staff_look_up_download_and_erase_a_guest_from_the_admin(
    client, admin_user, article
):
    comment = CommentFactory(page=article, email="dawn@example.com", text="Hello")
    client.force_login(admin_user)
    found = client.get("/admin/reader-data/?email=dawn@example.com")
    assert "1 comment," in found.content.decode()
    data = json.loads(
        client.get("/admin/reader-data/?email=dawn@example.com&download=1").content
    )
    assert data["comments"][0]["text"] == "Hello"

    client.post(
        "/admin/reader-data/?email=dawn@example.com",
        {"comments": "anonymise", "confirm": "dawn@example.com"},
    )
    comment.refresh_from_db()
    assert comment.name == "Former reader" and comment.email == ""


def test_editors_without_superuser_cannot_open_reader_data(
    client, django_user_model, db
):
    editor = django_user_model.objects.create_user(
        "ed", "ed@example.com", "pw", is_staff=True
    )
    client.force_login(editor)
    response = client.get("/admin/reader-data/?email=dawn@example.com")
    assert response.status_code in (302, 403)


def test_worker_round_blanks_ip_and_browser_older_than_the_retention_period(
    article,
):
    now = timezone.now()
    old = CommentFactory(
        page=article,
        created_at=now - datetime.timedelta(days=91),
        user_agent="Firefox/140",
    )
    fresh = CommentFactory(
        page=article,
        created_at=now - datetime.timedelta(days=89),
        user_agent="Firefox/140",
    )

    call_command("run_worker", "--once", verbosity=0)

    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.ip_address, old.user_agent) == (None, "")
    assert (fresh.ip_address, fresh.user_agent) == ("10.0.0.1", "Firefox/140")


def test_retention_period_is_set_in_the_admin_setting(article):
    policy = PrivacyPolicy.load()
    policy.keep_network_details_days = 7
    policy.save()
    week_old = CommentFactory(
        page=article, created_at=timezone.now() - datetime.timedelta(days=8)
    )
    call_command("run_worker", "--once", verbosity=0)
    week_old.refresh_from_db()
    assert week_old.ip_address is None
    assert week_old.status == Status.APPROVED


def test_comment_form_and_footer_link_to_the_privacy_page(client, article):
    html = client.get(article.url).content.decode()
    assert '<a href="/privacy/">How we use your email</a>' in html
    assert '<a href="/privacy/">Privacy</a>' in html


def test_account_menu_offers_your_data(client, member):
    client.force_login(member)
    html = client.get("/shop/accounts/profile/").content.decode()
    assert 'href="/privacy/mine/"' in html


def test_privacy_and_data_pages_keep_to_a_query_budget(
    client, member, article, django_assert_max_num_queries
):
    for _ in range(5):
        CommentFactory(page=article, user=member, email=member.email)
    client.force_login(member)
    with django_assert_max_num_queries(16):
        client.get("/privacy/")
    with django_assert_max_num_queries(16):
        client.get("/privacy/mine/")


def test_a_second_link_request_within_the_hour_sends_no_second_email(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/privacy/", {"email": "dawn@example.com"})
        again = client.post("/privacy/", {"email": "DAWN@example.com"})
    assert "We sent a link" in again.content.decode()
    assert len(mail.outbox) == 1


def test_emails_we_sent_are_listed_in_the_export_and_deleted_by_erasure(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/privacy/", {"email": "dawn@example.com"})
    link = re.search(r"(/privacy/data/[^\s]+/)", mail.outbox[-1].body)[1]
    data = json.loads(client.get(link + "export.json").content)
    assert [e["subject"] for e in data["emails_sent_to_you"]] == [
        "Your data on skintruth"
    ]

    client.post(link, {"comments": "anonymise", "confirm": "dawn@example.com"})

    assert not OutgoingEmail.objects.filter(recipient="dawn@example.com").exists()


def test_export_keeps_each_apps_part_in_its_place(client, member):
    client.force_login(member)

    data = json.loads(client.get("/privacy/mine/export.json").content)

    assert list(data) == [
        "exported_at",
        "email",
        "account",
        "comments",
        "discussion_emails_stopped",
        "emails_sent_to_you",
        "orders",
        "saved_addresses",
        "product_reviews",
        "shop_emails",
        "stock_alerts",
    ]
    assert list(data["account"]) == [
        "email",
        "first_name",
        "last_name",
        "display_name",
        "joined",
        "last_sign_in",
        "wish_lists",
    ]
