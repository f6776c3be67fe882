"""The questions queue: which questions wait, the editors' calls, the asker's email."""

import pytest
from django.core import mail

from skintruth.comments import services
from skintruth.comments.models import Comment, EmailOptOut, Role, Status, Triage

from .factories import CommentFactory

QUESTIONS = "/admin/comments/questions/"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.com", "pw"
    )
    client.force_login(user)
    return user


@pytest.fixture
def question(article):
    return CommentFactory(
        page=article,
        name="Ruth",
        email="ruth@example.com",
        text="Does the gel really matter?",
        is_question=True,
    )


def test_a_readers_question_to_another_reader_stays_out_of_the_queue(
    post, article, reviewer, policy
):
    policy.hold_first_guest_comment = False
    policy.save()
    remark = CommentFactory(
        page=article, name="Nadia", text="It worked for my wedding."
    )

    post(parent=remark.pk, text="How long before the ceremony did you use it?")
    post(text="How close to the eyes can I go?", email="leslie@example.com")
    post(parent=remark.pk, text="Marta, is that safe before an event?", email="c@x.io")

    asked = Comment.objects.unanswered_questions().values_list("text", flat=True)
    assert sorted(asked) == [
        "How close to the eyes can I go?",
        "Marta, is that safe before an event?",
    ]


def test_no_answer_needed_takes_the_question_out_of_the_queue_and_count(
    client, editor, question
):
    assert "Questions (1)" in client.get("/admin/").content.decode()

    response = client.post(
        QUESTIONS,
        {"question": question.pk, "decision": "no_answer_needed"},
        follow=True,
    )

    html = response.content.decode()
    assert "Ruth&#x27;s question set aside." in html
    assert "Does the gel really matter?" not in html
    assert "Questions (1)" not in client.get("/admin/").content.decode()
    assert "Does the gel" in client.get(QUESTIONS + "?show=set-aside").content.decode()


def test_a_question_set_aside_can_be_reopened(client, editor, question):
    services.set_question_aside(question, Triage.NO_ANSWER_NEEDED)

    client.post(
        QUESTIONS + "?show=set-aside", {"question": question.pk, "decision": "reopen"}
    )

    assert list(Comment.objects.unanswered_questions()) == [question]


def test_answered_elsewhere_refuses_a_bad_address_beside_the_field_and_keeps_it(
    client, editor, question
):
    url = f"/admin/comments/{question.pk}/answered-elsewhere/"

    response = client.post(url, {"url": "not a web address"})

    html = response.content.decode()
    assert "Please give a full web address" in html
    assert 'value="not a web address"' in html
    assert list(Comment.objects.unanswered_questions()) == [question]


def test_answered_elsewhere_emails_the_asker_the_link(
    client, editor, question, django_capture_on_commit_callbacks
):
    url = f"/admin/comments/{question.pk}/answered-elsewhere/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"url": "https://skintruth.example/reviews/gels/"})

    (message,) = [m for m in mail.outbox if m.to == ["ruth@example.com"]]
    assert "https://skintruth.example/reviews/gels/" in message.body
    assert "/comments/unsubscribe/" in message.body
    assert Comment.objects.unanswered_questions().count() == 0


def test_the_asker_is_emailed_once_when_the_site_answers(
    editor, question, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_as_staff(question, editor, "Yes: it carries the current.", True)

    (message,) = [m for m in mail.outbox if m.to == ["ruth@example.com"]]
    assert "has an answer" in message.subject
    assert "Yes: it carries the current." in message.body
    assert message.extra_headers["List-Unsubscribe"]


def test_an_unsubscribed_asker_gets_no_answer_email(
    editor, question, django_capture_on_commit_callbacks
):
    services.unsubscribe("RUTH@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_as_staff(question, editor, "Yes.", True)

    assert not [m for m in mail.outbox if m.to == ["ruth@example.com"]]
    assert EmailOptOut.has_opted_out("ruth@example.com")


def test_reply_page_starts_with_the_quoted_suggestion(client, editor, question):
    earlier_question = CommentFactory(
        page=question.page, text="Does gel matter for the current?", is_question=True
    )
    answer = CommentFactory(
        page=question.page,
        parent=earlier_question,
        role=Role.REVIEWER,
        text="The gel matters: it carries the current into the skin.",
    )

    html = client.get(
        f"/admin/comments/{question.pk}/reply/?quote=comment:{answer.pk}"
    ).content.decode()

    assert "“The gel matters: it carries the current into the skin.”" in html
    assert f"#comment-{answer.pk}" in html


def test_answered_before_offers_an_earlier_answer_while_a_reader_types(client, article):
    earlier = CommentFactory(
        page=article, text="Does the gel matter for microcurrent?", is_question=True
    )
    answer = CommentFactory(
        page=article,
        parent=earlier,
        role=Role.REVIEWER,
        status=Status.APPROVED,
        text="Yes, the gel carries the microcurrent.",
    )
    url = f"/comments/page/{article.pk}/answered-before/"

    html = client.get(url, {"text": "Does the gel matter with microcurrent?"}).content
    remark = client.get(url, {"text": "<b>Gel</b> and microcurrent are fun."}).content

    assert f"#comment-{answer.pk}".encode() in html
    assert b"Answered before" in html
    assert b"Answered before" not in remark and b"<b>" not in remark
