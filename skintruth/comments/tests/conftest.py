import time

import pytest
from django.core import signing

from skintruth.comments.forms import STARTED_SALT
from skintruth.comments.models import ModerationPolicy
from skintruth.core.tests.factories import (
    ArticlePageFactory,
    ContributorPageFactory,
)


@pytest.fixture
def reviewer(site):
    return ContributorPageFactory(
        parent=site["directory"], title="Marta Lindqvist", email="marta@example.com"
    )


@pytest.fixture
def article(site, reviewer):
    return ArticlePageFactory(parent=site["reviews"], reviewer=reviewer)


@pytest.fixture
def policy(db):
    return ModerationPolicy.load()


def started(seconds_ago: float = 60) -> str:
    return signing.Signer(salt=STARTED_SALT).sign_object(time.time() - seconds_ago)


@pytest.fixture
def form_data():
    def build(**overrides):
        data = {
            "name": "Dawn",
            "email": "dawn@example.com",
            "text": "Lovely article.",
            "started": started(),
            "website": "",
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return build


@pytest.fixture
def post(client, article, form_data):
    """Post the comment form as a browser without JavaScript would."""

    def send(page=None, remote_addr="10.1.1.1", htmx=False, **fields):
        page = page or article
        headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
        return client.post(
            f"/comments/page/{page.pk}/post/",
            form_data(**fields),
            REMOTE_ADDR=remote_addr,
            **headers,
        )

    return send
