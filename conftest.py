"""Fixtures shared by every app's tests and the browser tests."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from skintruth.core.tests.factories import ensure_wagtail_base_data


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts cold: cached pages or renditions never leak between tests."""
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo publication, as `manage.py load_demo` builds it."""
    ensure_wagtail_base_data()
    call_command("load_demo", verbosity=0)
