"""Build the test databases (migrated, demo, indexed demo) from scratch for the
database in DATABASE_URL, so that a later pytest run starts at once.

CI runs it for PostgreSQL while the SQLite tests use the other core.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skintruth.settings.test")

import django  # noqa: E402

django.setup()

from skintruth.core.tests.databases import build_all  # noqa: E402

build_all()
