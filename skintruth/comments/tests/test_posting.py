"""Posting a comment: the form, the moderation policy and the anti-spam rules."""

import pytest
from django.core.cache import cache

from skintruth.accounts.models import ReaderProfile, display_name_of
from skintruth.comments.models import Comment, Role, Status

from .conftest import started
from .factories import CommentFactory


def test_guest_first_comment_is_held_for_moderation(client, post, article):
    response = post(follow=None)
    comment = Comment.objects.get()

    assert comment.status == Status.PENDING
    page = client.get(response["Location"].split("#")[0]).content.decode()
    assert "Your comment is awaiting moderation" in page


def test_guest_with_an_approved_comment_is_approved_automatically(post, article):
    CommentFactory(page=article, email="dawn@example.com")
    post(text="Back again with more thoughts.")
    assert Comment.objects.latest("pk").status == Status.APPROVED


def test_holding_first_comments_can_be_switched_off(post, policy):
    policy.hold_first_guest_comment = False
    policy.save()
    post()
    assert Comment.objects.get().status == Status.APPROVED


def test_a_member_comments_under_their_display_name_never_the_username(
    client, django_user_model, article, post
):
    user = django_user_model.objects.create_user("x7f3k2q9", "ines@example.com", "pw")
    ReaderProfile.choose(user, "Ines O.")
    client.force_login(user)
    html = client.get(article.url).content.decode()
    assert "Commenting as <strong>Ines O.</strong> <a" in html  # not "O.."
    assert "x7f3k2q9" not in html and 'name="email"' not in html

    post(name="Someone Else", email="other@example.com")

    comment = Comment.objects.get()
    assert (comment.name, comment.email) == ("Ines O.", "ines@example.com")
    assert comment.status == Status.APPROVED and comment.user == user


def test_a_member_without_a_display_name_chooses_one_before_commenting(
    client, django_user_model, article, post
):
    user = django_user_model.objects.create_user("x7f3k2q9", "ines@example.com", "pw")
    client.force_login(user)
    assert 'value="x7f3k2q9"' not in client.get(article.url).content.decode()

    refused = post(name="", email=None).content.decode()
    assert "Please choose the name shown with your comments." in refused
    assert not Comment.objects.exists()

    post(name="  Ines   O. ", email=None)
    assert Comment.objects.get().name == "Ines O."
    assert display_name_of(user) == "Ines O."


def test_a_display_name_that_is_an_email_is_refused_beside_the_field(
    client, django_user_model, article, post
):
    user = django_user_model.objects.create_user("x7f3k2q9", "ines@example.com", "pw")
    client.force_login(user)

    html = post(name="ines@example.com", email=None).content.decode()

    assert "not an email address" in html
    assert 'value="ines@example.com"' in html  # kept as typed
    assert not Comment.objects.exists()


def test_comment_with_more_than_two_links_is_held(post, article):
    CommentFactory(page=article, email="dawn@example.com")
    post(text="See https://a.example and https://b.example and https://c.example")
    assert Comment.objects.latest("pk").moderation_reason == "Has 3 links"


def test_blocked_word_holds_the_comment(post, article, policy):
    CommentFactory(page=article, email="dawn@example.com")
    policy.blocked_words = "miracle cream\n"
    policy.save()
    post(text="Buy my Miracle Cream today")
    assert Comment.objects.latest("pk").status == Status.PENDING


@pytest.mark.parametrize(
    ("setting", "value", "fields"),
    [
        ("blocked_emails", "dawn@example.com", {}),
        ("blocked_emails", "@spam.example", {"email": "x@spam.example"}),
        ("blocked_ips", "10.9.9.9", {"remote_addr": "10.9.9.9"}),
    ],
)
def test_blocklisted_email_or_ip_goes_to_spam(post, policy, setting, value, fields):
    setattr(policy, setting, value)
    policy.save()
    post(**fields)
    assert Comment.objects.get().status == Status.SPAM


def test_honeypot_refuses_and_tells_a_person_what_to_do(post):
    response = post(website="http://buy.example")
    assert response.status_code == 400
    assert "leave the field marked" in response.content.decode()
    assert not Comment.objects.exists()


def test_form_sent_too_fast_is_refused(post):
    response = post(started=started(seconds_ago=0.5))
    assert "faster than we expect from a person" in response.content.decode()
    assert not Comment.objects.exists()


def test_form_without_its_timer_is_refused_as_expired(post):
    response = post(started="forged")
    assert "This form has expired" in response.content.decode()


def test_form_drawn_days_ago_is_refused_as_expired(post):
    response = post(started=started(seconds_ago=4 * 86400))
    assert "This form has expired" in response.content.decode()
    assert not Comment.objects.exists()


def test_per_ip_rate_limit_holds_across_processes_and_without_cache(post, policy):
    policy.max_per_ip = 2
    policy.hold_first_guest_comment = False
    policy.save()
    post(email="a@example.com", text="One")
    cache.clear()  # another process, or the cache being down, starts empty
    post(email="b@example.com", text="Two")
    cache.clear()
    response = post(email="c@example.com", text="Three")

    assert "Many comments have come from your network" in response.content.decode()
    assert Comment.objects.count() == 2


def test_per_email_rate_limit(post, policy):
    policy.max_per_email = 2
    policy.save()
    post(text="One", remote_addr="10.0.0.1")
    post(text="Two", remote_addr="10.0.0.2")
    response = post(text="Three", remote_addr="10.0.0.3")
    assert "You have posted 2 comments in the last 10 minutes" in (
        response.content.decode()
    )


def test_duplicate_comment_is_refused_with_an_explanation(post):
    post(text="Same words")
    response = post(text="Same words", remote_addr="10.0.0.9")
    assert "You have already posted this comment here" in response.content.decode()
    assert Comment.objects.count() == 1


def test_external_spam_checker_can_mark_spam(post, settings):
    settings.COMMENTS_SPAM_CHECKERS = [
        "skintruth.comments.tests.test_posting.checker_says_spam"
    ]
    post()
    assert Comment.objects.get().status == Status.SPAM


def checker_says_spam(submission) -> str | None:
    return "spam" if "dawn" in submission.email else None


def test_empty_form_shows_errors_beside_each_field_and_keeps_text(post):
    response = post(name="", email="", text="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please tell us your name." in html
    assert "Please give your email address." in html
    assert "Please write your comment." in html


def test_bad_email_keeps_everything_typed(post):
    response = post(email="not-an-email", text="My long thoughts\non gel.")
    html = response.content.decode()
    assert "Please check your email address" in html
    assert "My long thoughts\non gel.</textarea>" in html
    assert 'value="not-an-email"' in html


def test_comment_over_5000_characters_is_refused(post):
    response = post(text="x" * 5001)
    assert "under 5000 characters (it has 5001)" in response.content.decode()


def test_htmx_post_answers_with_the_moderation_notice(post):
    response = post(htmx=True)
    assert response.status_code == 200
    assert "Your comment is awaiting moderation" in response.content.decode()


def test_htmx_reply_appears_in_place(post, article):
    parent = CommentFactory(page=article, email="dawn@example.com")
    response = post(htmx=True, parent=parent.pk, text="A reply in place")
    html = response.content.decode()
    assert "Thank you! Your comment is live." in html
    assert "A reply in place" in html
    assert Comment.objects.latest("pk").root == parent


def test_reviewer_reply_answers_the_question_and_carries_the_badge(
    client, post, article, reviewer, django_user_model
):
    question = CommentFactory(page=article, text="Does it work?", is_question=True)
    user = django_user_model.objects.create_user("marta", "marta@example.com", "pw")
    reviewer.user = user
    reviewer.save()
    client.force_login(user)
    post(parent=question.pk, text="Yes, with gel.", started=started(0))

    reply = Comment.objects.latest("pk")
    question.refresh_from_db()
    assert reply.role == Role.REVIEWER and reply.status == Status.APPROVED
    assert question.answered_at is not None


def test_author_can_edit_within_15_minutes_on_the_same_browser(client, post):
    post()
    comment = Comment.objects.get()
    client.post(f"/comments/{comment.pk}/edit/", {"text": "Corrected words"})
    comment.refresh_from_db()
    assert comment.text == "Corrected words" and comment.edited_at


def test_author_cannot_edit_after_a_reply(client, post, article):
    CommentFactory(page=article, email="dawn@example.com")
    post()
    comment = Comment.objects.latest("pk")
    CommentFactory(page=article, parent=comment)
    response = client.get(f"/comments/{comment.pk}/edit/")
    assert response.status_code == 404


def test_another_browser_cannot_edit_or_delete(client, post):
    post()
    comment = Comment.objects.get()
    client.cookies.clear()
    assert client.post(f"/comments/{comment.pk}/delete/").status_code == 404


def test_author_can_delete_their_comment(client, post):
    post()
    comment = Comment.objects.get()
    client.post(f"/comments/{comment.pk}/delete/")
    comment.refresh_from_db()
    assert comment.status == Status.DELETED


def test_posting_stays_within_a_fixed_number_of_queries(
    post, article, django_assert_max_num_queries
):
    CommentFactory.create_batch(50, page=article)
    with django_assert_max_num_queries(20):
        post()


def test_htmx_approved_comment_is_inserted_at_the_top_of_the_thread(post, article):
    CommentFactory(page=article, email="dawn@example.com")
    html = post(htmx=True, text="Straight to the top").content.decode()
    assert 'data-hx-swap-oob="afterbegin:#comment-list"' in html
    assert "Straight to the top" in html


def test_reply_link_without_javascript_opens_the_form_under_the_comment(
    client, article
):
    parent = CommentFactory(page=article, name="Ann")
    html = client.get(f"{article.url}?reply_to={parent.pk}").content.decode()
    slot = html.index(f'id="reply-{parent.pk}"')
    assert html.index("Reply to Ann", slot) > slot
    assert f'name="parent" value="{parent.pk}"' in html


def test_htmx_reply_with_errors_stays_a_reply_form(post, article):
    parent = CommentFactory(page=article, name="Ann")
    html = post(htmx=True, parent=parent.pk, name="").content.decode()
    assert f'id="reply-form-{parent.pk}-wrap"' in html
    assert "Reply to Ann" in html and "Please tell us your name." in html
