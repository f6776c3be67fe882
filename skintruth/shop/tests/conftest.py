import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """The threshold is cached; each test starts from the database."""
    cache.clear()
    yield
    cache.clear()
