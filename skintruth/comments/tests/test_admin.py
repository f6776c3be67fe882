"""The moderation queue and the reader-questions queue in the Wagtail admin."""

import datetime
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from skintruth.comments.models import Comment, Role, Status

from .factories import CommentFactory

QUEUE = "/admin/comments/"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.com", "pw", first_name="Eda", last_name="Editor"
    )
    client.force_login(user)
    return user


def test_pending_count_shows_in_the_admin_menu(client, editor, article):
    CommentFactory.create_batch(2, page=article, status=Status.PENDING)
    assert "Comments (2)" in client.get("/admin/").content.decode()


def test_queue_lists_pending_comments_with_their_article(client, editor, article):
    CommentFactory(page=article, status=Status.PENDING, text="Waiting words")
    CommentFactory(page=article, status=Status.APPROVED, text="Live words")
    html = client.get(QUEUE).content.decode()
    assert "Waiting words" in html and article.title in html
    assert "Live words" not in html


def test_bulk_approve(client, editor, article):
    held = CommentFactory.create_batch(3, page=article, status=Status.PENDING)
    client.post(QUEUE, {"action": "approve", "ids": [c.pk for c in held[:2]]})
    statuses = sorted(Comment.objects.values_list("status", flat=True))
    assert statuses == ["approved", "approved", "pending"]


def test_single_comment_marked_as_spam(client, editor, article):
    comment = CommentFactory(page=article, status=Status.PENDING)
    client.post(QUEUE, {"single": f"spam:{comment.pk}"})
    comment.refresh_from_db()
    assert comment.status == Status.SPAM


def test_editor_can_edit_a_comment(client, editor, article):
    comment = CommentFactory(page=article, status=Status.PENDING)
    client.post(
        f"{QUEUE}{comment.pk}/edit/",
        {"name": "Fixed name", "text": "Fixed text", "status": "approved"},
    )
    comment.refresh_from_db()
    assert (comment.name, comment.text, comment.status) == (
        "Fixed name",
        "Fixed text",
        Status.APPROVED,
    )


def test_reply_as_reviewer_answers_the_question(client, editor, article):
    question = CommentFactory(
        page=article, text="Can I use it daily?", is_question=True
    )
    client.post(f"{QUEUE}{question.pk}/reply/", {"text": "Yes.", "as_reviewer": "on"})
    reply = Comment.objects.get(parent=question)
    question.refresh_from_db()
    assert (reply.name, reply.role) == ("Marta Lindqvist", Role.REVIEWER)
    assert question.answered_at is not None


def test_reply_as_editor_carries_the_editor_badge(client, editor, article):
    comment = CommentFactory(page=article)
    client.post(f"{QUEUE}{comment.pk}/reply/", {"text": "Thanks!"})
    reply = Comment.objects.get(parent=comment)
    assert (reply.name, reply.role) == ("Eda Editor", Role.EDITOR)


def test_the_reply_message_never_doubles_the_period_of_a_short_name(
    client, editor, article
):
    editor.last_name = "M."
    editor.save()
    comment = CommentFactory(page=article)
    response = client.post(
        f"{QUEUE}{comment.pk}/reply/", {"text": "Thanks!"}, follow=True
    )
    assert "Reply posted as Eda M.." not in response.content.decode()
    assert "Reply posted as Eda M." in response.content.decode()


def test_unanswered_questions_oldest_first_with_article_and_answer_link(
    client, editor, article
):
    now = timezone.now()
    CommentFactory(page=article, text="Newer question?", is_question=True)
    old = CommentFactory(
        page=article,
        text="Older question?",
        is_question=True,
        created_at=now - datetime.timedelta(days=30),
    )
    CommentFactory(
        page=article, text="Answered one?", is_question=True, answered_at=now
    )
    html = client.get(f"{QUEUE}questions/").content.decode()

    assert html.index("Older question?") < html.index("Newer question?")
    assert "Answered one?" not in html
    assert f"{QUEUE}{old.pk}/reply/" in html
    assert article.title in html


def test_readers_without_permission_cannot_moderate(client, django_user_model, article):
    user = django_user_model.objects.create_user("reader", "r@example.com", "pw")
    client.force_login(user)
    comment = CommentFactory(page=article, status=Status.PENDING)
    client.post(QUEUE, {"single": f"approve:{comment.pk}"})
    comment.refresh_from_db()
    assert comment.status == Status.PENDING


def test_reply_goes_back_to_the_questions_list(client, editor, article):
    question = CommentFactory(page=article, status=Status.APPROVED)
    response = client.post(
        f"{QUEUE}{question.pk}/reply/?next=/admin/comments/questions/",
        {"text": "Yes."},
    )
    assert response["Location"] == "/admin/comments/questions/"


@pytest.mark.parametrize(
    "elsewhere",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:x"],
)
def test_reply_never_sends_the_moderator_off_the_site(
    client, editor, article, elsewhere
):
    comment = CommentFactory(page=article, status=Status.APPROVED)
    response = client.post(
        f"{QUEUE}{comment.pk}/reply/?" + urlencode({"next": elsewhere}),
        {"text": "Thanks!"},
    )
    assert response["Location"] == QUEUE
