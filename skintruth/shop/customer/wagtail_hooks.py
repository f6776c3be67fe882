"""The shop's part of a reader's pages: what it holds of them (for
skintruth.privacy) and their ratings and orders on My activity."""

from wagtail import hooks

from skintruth.core.hooks import (
    ACCOUNT_ACTIVITY,
    READER_DATA_ERASE,
    READER_DATA_EXPORT,
    READER_DATA_SUMMARY,
)
from skintruth.shop import privacy

from . import activity

hooks.register(READER_DATA_EXPORT, privacy.export, order=40)
hooks.register(READER_DATA_SUMMARY, privacy.summary, order=40)
hooks.register(READER_DATA_ERASE, privacy.erase, order=40)
hooks.register(ACCOUNT_ACTIVITY, activity.ratings_section, order=20)
hooks.register(ACCOUNT_ACTIVITY, activity.orders_section, order=30)
