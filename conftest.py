"""Fixtures shared by every app's tests and the browser tests."""

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts cold: cached pages or renditions never leak between tests."""
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo publication, as `manage.py load_demo` builds it."""
    call_command("load_demo", verbosity=0)
