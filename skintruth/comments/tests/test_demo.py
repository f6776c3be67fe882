"""The demo gives the articles a believable discussion, once."""

from django.core.management import call_command

from skintruth.comments.demo_content import DEMO_TODAY
from skintruth.comments.models import Comment, Role

GUIDE = "at-home-microcurrent-devices-guide"


def test_microcurrent_guide_has_31_comments_with_six_reviewer_replies(demo):
    comments = Comment.objects.filter(page__slug=GUIDE)
    assert comments.approved().count() == 31
    reviewer = comments.filter(role=Role.REVIEWER)
    assert reviewer.count() == 6
    assert set(reviewer.values_list("name", flat=True)) == {"Marta Lindqvist"}
    assert comments.filter(parent__isnull=False, role=Role.READER).count() >= 3
    assert len(set(comments.values_list("name", flat=True))) > 20


def test_demo_dates_spread_over_two_years_before_the_demo_day(demo):
    dates = Comment.objects.filter(page__slug=GUIDE).values_list(
        "created_at", flat=True
    )
    assert max(dates) < DEMO_TODAY
    assert (max(dates) - min(dates)).days > 600
    assert (DEMO_TODAY - min(dates)).days <= 731


def test_at_least_one_reader_question_is_left_unanswered(demo):
    open_questions = Comment.objects.unanswered_questions().filter(page__slug=GUIDE)
    assert open_questions.exists()


def test_other_articles_get_a_few_comments_each(demo):
    others = Comment.objects.exclude(page__slug=GUIDE).values("page").distinct()
    assert others.count() >= 10


def test_loading_the_demo_twice_changes_nothing(demo):
    before = Comment.objects.count()
    call_command("load_demo", verbosity=0)
    assert Comment.objects.count() == before


def test_guide_page_shows_31_comments(demo, client):
    html = client.get(f"/reviews/{GUIDE}/").content.decode()
    assert '<a class="comment-count" href="#discussion">31 Comments</a>' in html


def test_warm_guide_costs_a_few_queries_whatever_its_content(
    demo, client, django_assert_max_num_queries
):
    client.get(f"/reviews/{GUIDE}/")  # fills the cached fragments
    with django_assert_max_num_queries(6):
        html = client.get(f"/reviews/{GUIDE}/").content.decode()
    assert "31 Comments" in html
