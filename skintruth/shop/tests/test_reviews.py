"""Readers rate products; editors approve ratings in the review queue."""

import importlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from oscar.core.loading import get_model

from skintruth.accounts.models import ReaderProfile
from skintruth.core.tests.factories import ContributorPageFactory, build_site
from skintruth.five_best.tests.factories import (
    FiveBestIndexPageFactory,
    FiveBestListPageFactory,
    add_picks,
    make_products,
)
from skintruth.shop.catalogue.ratings import reviewer_shown_name

from .factories import make_order, make_product, make_review, setup_shop

pytestmark = pytest.mark.django_db

ProductReview = get_model("reviews", "ProductReview")
BLNS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "blns.json"
HOSTILE = [
    "<script>alert(123)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert('ld')</script>",
]


@pytest.fixture
def product(db):
    setup_shop()
    build_site()
    return make_product("Sculpt wand", "189.00")


@pytest.fixture
def reader(db):
    user = get_user_model().objects.create_user(
        "ada", "ada@example.com", "pw", first_name="Ada", last_name="Okafor"
    )
    ReaderProfile.choose(user, "Ada O.")
    return user


def add_url(product) -> str:
    return reverse(
        "catalogue:reviews-add",
        kwargs={"product_slug": product.slug, "product_pk": product.pk},
    )


def vote_url(review) -> str:
    product = review.product
    kwargs = {"product_slug": product.slug, "product_pk": product.pk, "pk": review.pk}
    return reverse("catalogue:reviews-vote", kwargs=kwargs)


def page(client, product) -> str:
    return client.get(product.get_absolute_url()).content.decode()


def test_rate_this_product_opens_a_star_rating_form(client, product):
    html = client.get(add_url(product)).content.decode()
    assert 'id="addreview"' in html
    for stars in range(1, 6):
        assert f'type="radio" name="score" id="id_score_{stars - 1}"' in html
        assert f'value="{stars}"' in html


def test_form_errors_show_beside_each_field_and_typed_values_stay(client, product):
    response = client.post(
        add_url(product),
        {"title": "Calming wand", "body": "", "name": "Ada", "email": "not-mail"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<p class="field__error" id="score-error">Choose a rating' in html
    assert 'id="id_body-error">Tell readers what you found.' in html
    assert 'aria-describedby="id_email-error"' in html
    assert 'value="Calming wand"' in html
    assert 'value="Ada"' in html
    assert not ProductReview.objects.exists()


def test_chosen_stars_stay_checked_when_another_field_is_wrong(client, product):
    html = client.post(add_url(product), {"score": "3", "title": ""}).content.decode()
    assert 'value="3" checked' in html
    assert "Give your review a headline." in html


def test_zero_stars_is_not_a_rating(client, reader, product):
    client.force_login(reader)
    data = {"score": "0", "title": "Meh", "body": "Nothing."}
    html = client.post(add_url(product), data).content.decode()
    assert "Select a valid choice" in html
    assert not ProductReview.objects.exists()


def test_a_new_review_waits_for_an_editor(client, reader, product):
    client.force_login(reader)
    data = {"score": "4", "title": "Sharper jawline", "body": "Took a month."}
    response = client.post(add_url(product), data)
    assert response.status_code == 302
    html = page(client, product)
    assert "Sharper jawline" not in html
    assert "No reader ratings yet." in html
    assert ProductReview.objects.get().pending_moderation


def test_editor_approves_in_the_review_queue_and_the_rating_shows(
    admin_client, client, reader, product
):
    review = make_review(product, 4, user=reader, approved=False, title="Sharper")
    queue = admin_client.get(reverse("product_reviews_queue")).content.decode()
    assert "Product reviews awaiting moderation (1)" in queue
    assert "Sharper" in queue

    admin_client.post(
        reverse("product_reviews_queue"), {"single": f"review-approve:{review.pk}"}
    )

    html = page(client, product)
    assert "<strong>4.0 out of 5</strong>" in html
    assert "1 review</a>" in html
    assert "Sharper" in html


def test_review_queue_shows_a_members_display_name_not_anonymous(admin_client, product):
    member = get_user_model().objects.create_user("k3j9x", "mina@example.com", "pw")
    ReaderProfile.choose(member, "Mina")
    make_review(product, 4, user=member, approved=False, title="Soothing")

    queue = admin_client.get(reverse("product_reviews_queue")).content.decode()

    assert "<td>Mina<br>" in queue
    assert "anonymous" not in queue


def test_editors_without_the_review_permission_cannot_open_the_queue(client, db):
    editor = get_user_model().objects.create_user(
        "ed", "ed@example.com", "pw", is_staff=True
    )
    client.force_login(editor)
    response = client.get(reverse("product_reviews_queue"))
    assert response.status_code in (302, 403)


def test_rejected_review_stays_off_the_page(admin_client, client, product):
    review = make_review(product, 1, approved=False, title="Spammy")
    admin_client.post(
        reverse("product_reviews_queue"), {"single": f"review-reject:{review.pk}"}
    )
    review.refresh_from_db()
    assert review.is_rejected
    assert "Spammy" not in page(client, product)


def test_reviews_are_listed_newest_first(client, product):
    make_review(product, title="Older thoughts", email="a@example.com")
    make_review(product, title="Newer thoughts", email="b@example.com")
    html = page(client, product)
    assert html.index("Newer thoughts") < html.index("Older thoughts")


def test_product_page_caps_the_list_and_links_to_all_reviews(client, product):
    for n in range(7):
        make_review(product, title=f"Note {n}", email=f"r{n}@example.com")
    html = page(client, product)
    assert html.count('class="review"') == 5
    assert "Read all 7 reviews" in html
    all_reviews = client.get(product.get_absolute_url() + "reviews/")
    assert all_reviews.content.decode().count('class="review"') == 7


def test_buyers_are_marked_verified_and_others_not(client, reader, product):
    make_order(product, user=reader)
    make_order(product, guest_email="Guest@Example.com")
    make_review(product, 5, user=reader, title="Bought it")
    make_review(product, 4, email="guest@example.com", title="Guest buyer")
    make_review(product, 2, email="window@example.com", title="Never bought")
    html = page(client, product)
    verified = re.findall(
        r'<h3 class="review__title">([^<]+)</h3>\s*<p class="review__by">\s*'
        r'<span class="review__name">[^<]+</span>\s*'
        r'<span class="badge badge--verified">Verified buyer',
        html,
    )
    assert sorted(verified) == ["Bought it", "Guest buyer"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_review_text_is_shown_literally(client, admin_client, product, text):
    make_review(product, title=text, body=text, name=text, approved=False)
    queue = admin_client.get(reverse("product_reviews_queue")).content.decode()
    ProductReview.objects.update(status=ProductReview.APPROVED)
    product.update_rating()
    html = page(client, product)
    for shown in (html, queue):
        assert text not in shown
        assert "<img src=x" not in shown
        assert escape(text) in shown  # shown as typed, as text


def add_signed_in_reviews(product, count: int, prefix: str) -> None:
    """`count` reviews by accounts, every third one by a buyer."""
    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"{prefix}{n}", email=f"{prefix}{n}@example.com", first_name="R")
        for n in range(count)
    )
    ProductReview.objects.bulk_create(
        ProductReview(
            product=product,
            user=user,
            score=1 + n % 5,
            title=f"Rating {n}",
            body="Fine.",
            status=ProductReview.APPROVED,
        )
        for n, user in enumerate(users)
    )
    for user in users[::3]:
        make_order(product, user=user)
    product.update_rating()


class ReviewReader(HTMLParser):
    """The text of a review's title, author and body, and the tags in its body."""

    PARTS = {"review__title": "title", "review__name": "name", "review__body": "body"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = dict.fromkeys(self.PARTS.values(), "")
        self.body_tags, self._part, self._tag = set(), None, None

    def handle_starttag(self, tag, attrs):
        part = self.PARTS.get(dict(attrs).get("class", ""))
        if part:
            self._part, self._tag = part, tag
        elif self._part == "body":
            self.body_tags.add(tag)

    def handle_endtag(self, tag):
        if tag == self._tag:
            self._part = self._tag = None

    def handle_data(self, data):
        if self._part:
            self.text[self._part] += data


def test_every_hostile_string_is_shown_as_typed_and_inert(product):
    strings = list(HOSTILE)
    if BLNS.exists():
        strings += [s for s in json.loads(BLNS.read_text()) if s.strip()]
    for text in strings:
        review = ProductReview(
            pk=1, product=product, score=3, title=text, body=text, name=text
        )
        review.date_created = timezone.now()
        reader = ReviewReader()
        reader.feed(
            render_to_string(
                "oscar/catalogue/partials/review.html",
                {"review": review, "product": product, "user": AnonymousUser()},
            )
        )
        assert reader.text["title"] == text
        assert reader.text["name"].strip() == text.strip()
        assert "".join(reader.text["body"].split()) == "".join(text.split())
        assert reader.body_tags <= {"p", "br"}


def test_query_count_does_not_grow_with_500_ratings(
    client, product, django_assert_max_num_queries
):
    add_signed_in_reviews(product, 1, "one")
    client.get(product.get_absolute_url())  # first view creates analytics rows
    with CaptureQueriesContext(connection) as one:
        page(client, product)
    ProductReview.objects.all().delete()
    add_signed_in_reviews(product, 500, "many")
    with django_assert_max_num_queries(len(one)):
        html = page(client, product)
    assert "500 reviews</a>" in html
    assert html.count("Verified buyer") == 2  # of the five shown


def ld_product(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    items = [json.loads(block) for block in blocks]
    flat = [i for item in items for i in (item if isinstance(item, list) else [item])]
    return next(item for item in flat if item.get("@type") == "Product")


def test_json_ld_carries_the_rating_and_the_latest_reviews(client, reader, product):
    make_review(product, 2, title="First", body="Too sticky.", email="x@example.com")
    for n in range(3):
        make_review(
            product, 5, title=f"Later {n}", body="Lovely.", email=f"{n}@example.com"
        )
    make_review(product, 1, approved=False, title="Pending", email="p@example.com")
    data = ld_product(page(client, product))
    assert data["aggregateRating"]["ratingValue"] == 4.2
    assert data["aggregateRating"]["reviewCount"] == 4
    assert [r["name"] for r in data["review"]] == ["Later 2", "Later 1", "Later 0"]
    first = data["review"][0]
    assert first["author"] == {"@type": "Person", "name": "Guest reader"}
    assert first["reviewRating"]["ratingValue"] == 5
    assert first["reviewBody"] == "Lovely."
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", first["datePublished"])


def test_five_best_item_list_keeps_products_without_reviews(client, db):
    site = build_site()
    picks = make_products(5)
    make_review(picks[0], 5, title="Listed")
    index = FiveBestIndexPageFactory(parent=site["home"])
    page = FiveBestListPageFactory(parent=index)
    add_picks(page, picks, ContributorPageFactory(parent=site["directory"]))
    items = json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>',
            client.get(page.url).content.decode(),
        ).group(1)
    )
    first = items["itemListElement"][0]["item"]
    assert first["aggregateRating"]["reviewCount"] == 1
    assert "review" not in first


def test_helpful_votes_are_counted_for_signed_in_readers(client, reader, product):
    review = make_review(product, 4)
    client.force_login(reader)
    assert "Helpful" in page(client, product)
    client.post(vote_url(review), {"delta": 1})
    assert "1 person found this helpful" in page(client, product)
    other = get_user_model().objects.create_user("bo", "bo@example.com", "pw")
    client.force_login(other)
    client.post(vote_url(review), {"delta": 1})
    client.post(vote_url(review), {"delta": 1})  # a second vote is refused
    assert "2 people found this helpful" in page(client, product)


def test_guests_get_a_sign_in_link_instead_of_a_vote_button(client, product):
    review = make_review(product, 4)
    html = page(client, product)
    assert "Sign in to vote" in html
    assert vote_url(review) not in html
    response = client.post(vote_url(review), {"delta": 1})
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.total_votes == 0


def test_product_cards_show_the_average_and_count(client, product):
    make_product("Unrated balm", "12.00")
    make_review(product, 5, email="a@example.com")
    make_review(product, 4, email="b@example.com")
    html = client.get("/shop/catalogue/").content.decode()
    assert html.count('class="product-card__rating"') == 1
    assert "4.5 out of 5 <span" in html
    assert "(2 reviews)" in html


def test_listing_query_count_does_not_grow_with_rated_products(client, product):
    make_review(product, 5)
    client.get("/shop/catalogue/")
    with CaptureQueriesContext(connection) as few:
        client.get("/shop/catalogue/")
    for n in range(5):
        make_review(make_product(f"Rated {n}", "9.00"), 3)
    with CaptureQueriesContext(connection) as lots:
        html = client.get("/shop/catalogue/").content.decode()
    assert html.count('class="product-card__rating"') == 6
    assert len(lots) == len(few)


def test_a_member_without_a_display_name_chooses_one_with_their_first_rating(
    client, product
):
    client.force_login(get_user_model().objects.create_user("q8", "ada@x.io", "pw"))
    data = {"score": "4", "title": "Good", "body": "Y"}
    missing = client.post(add_url(product), data)
    assert "Please choose the name shown with your comments and reviews." in (
        missing.content.decode()
    )

    client.post(
        add_url(product),
        {"score": "4", "title": "Good", "body": "Yes.", "display_name": "Ada O."},
    )

    review = ProductReview.objects.get()
    assert reviewer_shown_name(review) == "Ada O."
    assert review.user.profile.display_name == "Ada O."


def test_groups_that_moderated_comments_keep_the_review_queue(client, db):
    """Reviews left the comments queue; the upgrade hands its moderators the
    review permission, so they are not shut out of the reviews they had."""
    moderators = Group.objects.create(name="Comment moderators")
    moderators.permissions.add(
        Permission.objects.get(
            content_type__app_label="comments", codename="change_comment"
        ),
        Permission.objects.get(codename="access_admin"),
    )
    editor = get_user_model().objects.create_user(
        "ed", "ed@example.com", "pw", is_staff=True
    )
    editor.groups.add(moderators)
    client.force_login(editor)
    assert client.get(reverse("product_reviews_queue")).status_code in (302, 403)

    upgrade = importlib.import_module(
        "skintruth.shop.catalogue.migrations.0034_review_moderators_keep_their_queue"
    )
    upgrade.grant_review_moderation(django_apps, None)

    response = client.get(reverse("product_reviews_queue"))
    assert "No product reviews are waiting for moderation." in response.content.decode()


def test_review_queue_is_titled_as_the_menu_names_it(admin_client, db):
    html = admin_client.get(reverse("product_reviews_queue")).content.decode()

    # The admin's header shows the last breadcrumb, not the page's h1.
    trail = re.search(r'aria-label="Breadcrumb">(.*?)</nav>', html, re.S).group(1)
    last = re.findall(r"<li[^>]*>(.*?)</li>", trail, re.S)[-1]
    assert re.sub(r"<[^>]+>", " ", last).split() == ["Product", "reviews"]
