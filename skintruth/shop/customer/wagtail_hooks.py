"""The shop answers for what it holds of a reader (skintruth.privacy asks)."""

from wagtail import hooks

from skintruth.core.hooks import (
    READER_DATA_ERASE,
    READER_DATA_EXPORT,
    READER_DATA_SUMMARY,
)
from skintruth.shop import privacy

hooks.register(READER_DATA_EXPORT, privacy.export, order=40)
hooks.register(READER_DATA_SUMMARY, privacy.summary, order=40)
hooks.register(READER_DATA_ERASE, privacy.erase, order=40)
