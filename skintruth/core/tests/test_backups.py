"""Backups: taken while readers comment and shoppers order, they restore whole."""

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from skintruth.comments.tests.factories import CommentFactory
from skintruth.core.tests.factories import build_site
from skintruth.shop.tests.factories import make_order, make_product

pytestmark = pytest.mark.system
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_dump and pg_restore need PostgreSQL"
)


class Load:
    """Writers committing comments and orders until stopped; each row's id is
    recorded only after its transaction committed."""

    def __init__(self, page, product):
        self.page, self.product = page, product
        self.comments: list[int] = []
        self.orders: list[int] = []
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=self._write, args=(self._comment, self.comments)),
            threading.Thread(target=self._write, args=(self._order, self.orders)),
        ]

    def _comment(self) -> int:
        return CommentFactory(page=self.page).pk

    def _order(self) -> int:
        return make_order(self.product, guest_email="load@example.com").pk

    def _write(self, create, committed: list[int]) -> None:
        try:
            while not self.stop.is_set():
                with transaction.atomic():
                    pk = create()
                committed.append(pk)
        finally:
            connection.close()

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


@pytest.fixture
def restored_db():
    """A fresh database to restore into, dropped after the test."""
    name = f"{connection.settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def ask_django(database: str, code: str):
    """Run `code` in a new Django process on `database`; return what it prints
    as JSON. A new process proves the restored database opens on its own."""
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{database}"
    env = {**os.environ, "DATABASE_URL": url}
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "original_images").mkdir(parents=True)
    return settings.MEDIA_ROOT


READ_BACK = """
import json
print(json.dumps({
    "comments": list(Comment.objects.values_list("pk", flat=True)),
    "orders": list(Order.objects.values_list("pk", flat=True)),
    "pages": sorted(set(Comment.objects.values_list("page__title", flat=True))),
    "orders_without_lines": Order.objects.filter(lines__isnull=True).count(),
}))
"""


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_backup_taken_under_load_restores_every_comment_and_order_committed_before(
    tmp_path, restored_db, media_root
):
    page = build_site()["home"]
    product = make_product("Vitamin C Serum", "20.00")
    with Load(page, product) as load:
        time.sleep(1.0)  # let the writers get going
        comments_before, orders_before = list(load.comments), list(load.orders)
        call_command("backup", str(tmp_path / "backup"))
        time.sleep(0.3)  # and keep writing after the snapshot

    call_command("restore", str(tmp_path / "backup"), into=restored_db, noinput=True)

    assert len(comments_before) > 10 and len(orders_before) > 10
    restored = ask_django(restored_db, READ_BACK)
    assert set(comments_before) <= set(restored["comments"])
    assert set(orders_before) <= set(restored["orders"])
    # The restored database is whole: rows still join to their pages and lines.
    assert restored["pages"] == [page.title]
    assert restored["orders_without_lines"] == 0


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_restore_brings_back_media_files_as_they_were(
    tmp_path, restored_db, media_root
):
    photo = media_root / "original_images" / "serum.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg")
    call_command("backup", str(tmp_path / "backup"))
    photo.unlink()
    (media_root / "stray.txt").write_text("added after the backup")

    call_command("restore", str(tmp_path / "backup"), into=restored_db, noinput=True)

    assert photo.read_bytes() == b"\xff\xd8 not really a jpeg"
    assert not (media_root / "stray.txt").exists()


def test_restore_refuses_a_directory_without_a_backup(tmp_path, db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="holds no backup"):
        call_command("restore", str(tmp_path), noinput=True)


@pytest.mark.sqlite
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's backup API")
@pytest.mark.django_db(transaction=True)
def test_sqlite_backup_restores_into_a_new_file_with_every_comment(
    tmp_path, media_root
):
    page = build_site()["home"]
    written = {CommentFactory(page=page).pk for _ in range(5)}
    call_command("backup", str(tmp_path / "backup"))
    copy = tmp_path / "restored.sqlite3"

    call_command("restore", str(tmp_path / "backup"), into=str(copy), noinput=True)

    with closing(sqlite3.connect(copy)) as restored:
        rows = restored.execute("SELECT id FROM comments_comment").fetchall()
    assert {pk for (pk,) in rows} == written
