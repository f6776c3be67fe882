from wagtail import hooks

from skintruth.core.hooks import READER_DATA_ERASE, READER_DATA_EXPORT

from . import data

hooks.register(READER_DATA_EXPORT, data.export, order=10)
# Last of all: the other apps find the reader's rows by their account.
hooks.register(READER_DATA_ERASE, data.erase, order=90)
