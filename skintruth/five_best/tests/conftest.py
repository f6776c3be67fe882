"""The site every Five Best test starts from."""

import pytest

from skintruth.core.tests.factories import ContributorPageFactory, build_site

from .factories import FiveBestIndexPageFactory


@pytest.fixture
def site():
    pages = build_site()
    pages["five_best"] = FiveBestIndexPageFactory(parent=pages["home"])
    pages["marta"] = ContributorPageFactory(
        parent=pages["directory"], title="Marta Lindqvist"
    )
    return pages
