"""The site every Five Best test starts from."""

import pytest

from skintruth.core.tests.factories import ContributorPageFactory

from .factories import FiveBestIndexPageFactory


@pytest.fixture
def site(site):
    site["five_best"] = FiveBestIndexPageFactory(parent=site["home"])
    site["marta"] = ContributorPageFactory(
        parent=site["directory"], title="Marta Lindqvist"
    )
    return site
