"""Behind the proxy, comments record and rate-limit the reader, not the proxy."""

import pytest

from skintruth.comments.models import Comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def behind_proxy(settings, client, article, form_data):
    settings.TRUSTED_PROXY_COUNT = 1

    def send(forwarded: str, **fields):
        return client.post(
            f"/comments/page/{article.pk}/post/",
            form_data(**fields),
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    return send


def test_the_comment_records_the_readers_address(behind_proxy):
    behind_proxy("198.51.100.7")
    assert Comment.objects.get().ip_address == "198.51.100.7"


def test_a_forged_forwarded_address_is_not_recorded(behind_proxy):
    behind_proxy("203.0.113.9, 198.51.100.7")
    assert Comment.objects.get().ip_address == "198.51.100.7"


def test_readers_behind_one_proxy_have_their_own_limits(behind_proxy, policy):
    policy.max_per_ip = 1
    policy.hold_first_guest_comment = False
    policy.save()
    behind_proxy("198.51.100.7", email="a@example.com", text="One")
    response = behind_proxy("198.51.100.8", email="b@example.com", text="Two")
    assert "Many comments have come from your network" not in response.content.decode()
    assert Comment.objects.count() == 2


def test_forging_the_header_does_not_escape_the_limit(behind_proxy, policy):
    policy.max_per_ip = 1
    policy.hold_first_guest_comment = False
    policy.save()
    behind_proxy("198.51.100.7", email="a@example.com", text="One")
    response = behind_proxy(
        "203.0.113.77, 198.51.100.7", email="b@example.com", text="Two"
    )
    assert "Many comments have come from your network" in response.content.decode()
    assert Comment.objects.count() == 1
