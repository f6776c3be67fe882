"""Emails: the reviewer's, reply and approval notices, unsubscribe, retries."""

import re

import pytest
from django.core import mail
from django.core.management import call_command

from skintruth.comments import services
from skintruth.comments.models import Comment, Status
from skintruth.core.models import OutgoingEmail
from skintruth.core.operations.mail import retry_undelivered

from .factories import CommentFactory


def link(message, pattern: str) -> str:
    return re.search(rf"https?://[^/\s]+(/comments/{pattern}/[^\s]+/)", message.body)[1]


def test_reviewer_gets_an_email_with_approve_and_spam_links_for_a_held_comment(
    post, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(text="Is this safe for sensitive skin?")
    (message,) = mail.outbox
    assert message.to == ["marta@example.com"]
    assert "held for moderation" in message.subject
    assert "/comments/moderate/" in message.body


def test_reviewer_can_switch_comment_emails_off(
    post, reviewer, django_capture_on_commit_callbacks
):
    reviewer.notify_of_comments = False
    reviewer.save()
    with django_capture_on_commit_callbacks(execute=True):
        post()
    assert mail.outbox == []


def test_moderation_link_get_changes_nothing_and_post_approves(
    client, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post()
    approve = link(mail.outbox[0], "moderate")
    comment = Comment.objects.get()

    page = client.get(approve)
    comment.refresh_from_db()
    assert "Approve this comment?" in page.content.decode()
    assert comment.status == Status.PENDING

    client.post(approve)
    comment.refresh_from_db()
    assert comment.status == Status.APPROVED


def test_forged_moderation_link_is_refused(client, post):
    post()
    response = client.post("/comments/moderate/not-a-real-token/")
    assert response.status_code == 400
    assert Comment.objects.get().status == Status.PENDING


def test_approving_a_held_comment_tells_its_author_if_they_opted_in(
    post, reviewer, django_capture_on_commit_callbacks
):
    reviewer.notify_of_comments = False
    reviewer.save()
    post(notify_replies="on")
    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(Comment.objects.get(), "approve")
    (message,) = mail.outbox
    assert message.to == ["dawn@example.com"]
    assert "is live" in message.subject
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )


def test_reply_notifies_the_author_who_asked_and_unsubscribe_stops_it(
    client, post, article, reviewer, django_capture_on_commit_callbacks
):
    reviewer.notify_of_comments = False
    reviewer.save()
    parent = CommentFactory(page=article, email="ann@example.com", notify_replies=True)
    CommentFactory(page=article, email="dawn@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        post(parent=parent.pk, text="I agree with you")
    (message,) = mail.outbox
    assert message.to == ["ann@example.com"]
    assert "Dawn replied to your comment" in message.subject

    unsubscribe = link(message, "unsubscribe")
    client.cookies.clear()  # no login, any browser
    assert "Stop reply notifications?" in client.get(unsubscribe).content.decode()
    parent.refresh_from_db()
    assert parent.notify_replies  # a GET (a mail scanner) changes nothing
    assert "You are unsubscribed" in client.post(unsubscribe).content.decode()
    parent.refresh_from_db()
    assert not parent.notify_replies


def test_no_reply_email_without_opt_in(
    post, article, reviewer, django_capture_on_commit_callbacks
):
    reviewer.notify_of_comments = False
    reviewer.save()
    parent = CommentFactory(page=article, notify_replies=False)
    with django_capture_on_commit_callbacks(execute=True):
        post(parent=parent.pk)
    assert mail.outbox == []


@pytest.fixture
def broken_mail(settings):
    settings.EMAIL_BACKEND = "skintruth.comments.tests.test_notifications.Refuses"


class Refuses:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_failed_email_keeps_the_comment_and_is_retried(
    post, settings, broken_mail, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post()
    assert response.status_code == 302
    assert Comment.objects.get().status == Status.PENDING
    notification = OutgoingEmail.objects.get()
    assert notification.sent_at is None and "mail server down" in (
        notification.last_error
    )

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutgoingEmail.objects.update(created_at=notification.created_at.replace(year=2025))
    assert retry_undelivered() == 1
    notification.refresh_from_db()
    assert notification.sent_at is not None and len(mail.outbox) == 1


def test_the_worker_round_retries_a_failed_email(
    post, settings, broken_mail, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post()
    notification = OutgoingEmail.objects.get()
    assert notification.sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutgoingEmail.objects.update(created_at=notification.created_at.replace(year=2025))
    call_command("run_worker", "--once", verbosity=0)

    notification.refresh_from_db()
    assert notification.sent_at is not None and len(mail.outbox) == 1
