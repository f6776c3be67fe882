"""A commenter whose account bought the product an article is about is marked."""

import pytest
from django.core.cache import cache

from skintruth.core.tests.factories import ArticlePageFactory
from skintruth.shop.tests.factories import make_order, make_product

from .factories import CommentFactory


@pytest.fixture
def serum(db):
    return make_product("Daily C Serum", "32.00")


@pytest.fixture
def serum_review(site, serum):
    page = ArticlePageFactory(parent=site["reviews"], product=serum, title="Serum")
    page.save_revision().publish()
    return page


def test_a_member_who_bought_the_product_is_a_verified_buyer(
    client, serum, serum_review, django_user_model
):
    buyer = django_user_model.objects.create_user("b1", "bea@example.com", "pw")
    browser = django_user_model.objects.create_user("b2", "bo@example.com", "pw")
    make_order(serum, user=buyer)
    CommentFactory(page=serum_review, user=buyer, name="Bea", text="Bought it.")
    CommentFactory(page=serum_review, user=browser, name="Bo", text="Only looking.")

    html = client.get(serum_review.url).content.decode()

    bea = html[html.index(">Bea<") : html.index("Bought it.")]
    bo = html[html.index(">Bo<") : html.index("Only looking.")]
    assert "Verified buyer" in bea and "Verified buyer" not in bo


def test_a_guest_who_types_a_buyers_email_is_not_verified(client, serum, serum_review):
    make_order(serum, guest_email="bea@example.com")
    CommentFactory(page=serum_review, email="bea@example.com", name="Bea")

    assert "Verified buyer" not in client.get(serum_review.url).content.decode()


def test_marking_buyers_costs_one_query_however_many_comment(
    client, serum, serum_review, django_user_model, django_assert_max_num_queries
):
    def readers(count, start):
        for n in range(start, start + count):
            user = django_user_model.objects.create_user(f"u{n}", f"u{n}@x.io", "pw")
            make_order(serum, user=user)
            CommentFactory(page=serum_review, user=user, text=f"Words {n}")

    readers(2, 0)
    cache.clear()
    with django_assert_max_num_queries(60) as few:
        client.get(serum_review.url + "?sort=oldest")
    readers(15, 2)
    cache.clear()  # the factories skip the posting service that renews the thread
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(serum_review.url + "?sort=newest").content.decode()
    assert html.count("Verified buyer") == 17
