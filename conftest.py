"""Fixtures shared by every app's tests and the browser tests."""

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The demo publication, as `manage.py load_demo` builds it."""
    call_command("load_demo", verbosity=0)
