"""My activity: a member's comments, questions, ratings, orders and emails."""

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from skintruth.accounts.models import ReaderProfile
from skintruth.comments.models import EmailOptOut, Role, Status, Triage
from skintruth.comments.tests.factories import CommentFactory
from skintruth.shop.tests.factories import make_order, make_product

ACTIVITY = "/comments/my-activity/"
EMAILS = "/comments/discussion-emails/"
ProductReview = get_model("reviews", "ProductReview")


@pytest.fixture
def member(client, django_user_model):
    user = django_user_model.objects.create_user("k3j9x", "ines@example.com", "pw")
    ReaderProfile.choose(user, "Ines O.")
    client.force_login(user)
    return user


def test_a_guest_is_sent_to_sign_in(client, db):
    response = client.get(ACTIVITY)

    assert response.status_code == 302
    assert "/shop/accounts/login/" in response["Location"]


def test_each_comment_says_where_it_stands(client, member, article):
    CommentFactory(
        page=article, user=member, text="Still waiting", status=Status.PENDING
    )
    CommentFactory(page=article, user=member, text="A plain remark")
    asked = CommentFactory(page=article, user=member, text="Gel?", is_question=True)
    CommentFactory(page=article, parent=asked, role=Role.REVIEWER, text="Yes.")
    asked.answered_at = timezone.now()
    asked.save()
    CommentFactory(page=article, user=member, text="Neck too?", is_question=True)
    CommentFactory(
        page=article,
        user=member,
        text="Arms?",
        is_question=True,
        triage=Triage.ANSWERED_ELSEWHERE,
    )
    CommentFactory(page=article, text="Someone else's words")

    html = client.get(ACTIVITY).content.decode()

    for text, standing in [
        ("Still waiting", "Waiting for moderation"),
        ("A plain remark", "Live"),
        ("Gel?", "Answered"),
        ("Neck too?", "Waiting for an answer"),
        ("Arms?", "Answered elsewhere"),
    ]:
        item = html[: html.index(text)].rsplit('class="activity__item"', 1)[1]
        assert f">{standing}</span>" in item, text
    assert "Someone else" not in html


def test_ratings_and_orders_are_listed(client, member, site):
    product = make_product("Barrier Balm", "24.00")
    make_order(product, user=member, number="SK-1001")
    ProductReview.objects.create(
        product=product, user=member, score=4, title="Calm by morning", body="Yes."
    )

    html = client.get(ACTIVITY).content.decode()

    assert "Barrier Balm" in html and "4 out of 5" in html
    assert "Waiting for moderation" in html  # the rating is held
    assert "Order SK-1001" in html


def test_the_email_switch_unsubscribes_and_subscribes_again(client, member, article):
    CommentFactory(page=article, user=member, email=member.email, notify_replies=True)

    client.post(EMAILS, {})
    assert EmailOptOut.has_opted_out("ines@example.com")
    assert 'id="discussion-emails" aria' in client.get(ACTIVITY).content.decode()

    client.post(EMAILS, {"discussion_emails": "on"})
    assert not EmailOptOut.has_opted_out("ines@example.com")


def test_the_page_costs_the_same_queries_however_much_there_is(
    client, member, article, django_assert_max_num_queries
):
    for n in range(30):
        product = make_product(f"Balm {n}", "24.00")
        CommentFactory(page=article, user=member, text=f"Remark {n}")
        ProductReview.objects.create(
            product=product, user=member, score=3, title=f"R{n}", body="."
        )
        make_order(product, user=member, number=f"SK-{n}")

    with django_assert_max_num_queries(20):
        response = client.get(ACTIVITY)
    assert "Remark 29" in response.content.decode()


def test_the_email_switch_is_saved_and_brings_the_member_back(client, member):
    html = client.get(ACTIVITY).content.decode()
    assert f'action="{EMAILS}"' in html

    response = client.post(EMAILS, {"discussion_emails": "on"})

    assert response.status_code == 302
    assert response["Location"] == ACTIVITY
