"""Readers meet the reviewers and find everything each has written."""

from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
)


def test_directory_lists_every_contributor_with_role(site, client):
    ContributorPageFactory(
        parent=site["directory"], title="Ines Okafor", role="Columnist"
    )
    ContributorPageFactory(parent=site["directory"], title="Theo Marchetti")

    html = client.get("/contributors/").text

    assert "Ines Okafor" in html and "Columnist" in html and "Theo Marchetti" in html


def test_profile_lists_only_what_that_contributor_reviewed(site, client):
    ines = ContributorPageFactory(parent=site["directory"], title="Ines Okafor")
    theo = ContributorPageFactory(parent=site["directory"], title="Theo Marchetti")
    ArticlePageFactory(parent=site["reviews"], title="Barrier repair", reviewer=ines)
    ArticlePageFactory(parent=site["reviews"], title="LED masks", reviewer=theo)

    html = client.get(ines.url).text

    assert "Barrier repair" in html and "LED masks" not in html


def test_profile_query_count_does_not_grow_with_their_articles(
    site, client, django_assert_max_num_queries
):
    ines = ContributorPageFactory(parent=site["directory"])
    ArticlePageFactory(parent=site["reviews"], reviewer=ines)
    client.get(ines.url)
    with django_assert_max_num_queries(25) as few:
        client.get(ines.url)
    budget = len(few)  # read now: the next request resets Django's query log
    for _ in range(8):
        ArticlePageFactory(parent=site["reviews"], reviewer=ines)
    client.get(ines.url)  # new pages make the site's cached fragments stale

    with django_assert_max_num_queries(budget):
        client.get(ines.url)


def test_contributor_email_is_never_shown(site, client):
    ines = ContributorPageFactory(parent=site["directory"], email="ines@private.test")

    assert "ines@private.test" not in client.get(ines.url).text
    assert "ines@private.test" not in client.get("/contributors/").text


def test_profile_shows_the_contributors_answers_to_readers(site, client):
    from skintruth.comments.models import Role
    from skintruth.comments.tests.factories import CommentFactory

    ines = ContributorPageFactory(parent=site["directory"], title="Ines Okafor")
    article = ArticlePageFactory(parent=site["reviews"], reviewer=ines)
    question = CommentFactory(
        page=article, name="Dawn", text="Can I use it <b>daily</b>?"
    )
    CommentFactory(
        page=article,
        parent=question,
        name="Ines Okafor",
        role=Role.REVIEWER,
        text="Yes, five minutes a day.",
    )
    CommentFactory(page=article, parent=question, name="Sam", text="Me too!")

    html = client.get(ines.url).text

    assert "Ines Okafor answers readers" in html
    assert "Dawn asked" in html and "Can I use it &lt;b&gt;daily&lt;/b&gt;?" in html
    assert "Yes, five minutes a day." in html
    assert "Me too!" not in html
