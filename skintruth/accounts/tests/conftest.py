import pytest

from skintruth.core.tests.factories import ArticlePageFactory, ContributorPageFactory


@pytest.fixture
def article(site):
    """A review with a discussion, answered by its reviewer."""
    reviewer = ContributorPageFactory(
        parent=site["directory"], title="Marta Lindqvist", email="marta@example.com"
    )
    return ArticlePageFactory(parent=site["reviews"], reviewer=reviewer)
