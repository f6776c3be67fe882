"""Test databases built once and copied, instead of built by every worker.

Migrating from nothing takes longer than most of the suite, and so does the
demo. Each is built once, under a file lock, by whichever pytest worker gets
there first, and kept as a *state*: a SQLite file or a PostgreSQL database
beside the test database. A state is keyed by a fingerprint of what it was
built from (the migrations; for the demo, the code), so later runs reuse it
until that changes, and `--create-db` rebuilds it.

A worker's own database starts as a copy of the migrated state, and a test
module or browser test puts a state into it with `restore()`: SQLite's
online-backup API copies the pages in milliseconds; PostgreSQL swaps the
worker's database for a fresh copy of the state's (CREATE DATABASE ...
TEMPLATE), which takes well under a second.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import SITE_CACHE
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from skintruth.core.tests.factories import ensure_wagtail_base_data

MIGRATED = "migrated"
DEMO = "demo"
DEMO_INDEXED = "demo_indexed"

REPOSITORY = Path(__file__).resolve().parents[3]


def _digest(paths: Iterator[Path], *extra: str) -> str:
    digest = hashlib.sha256()
    for item in extra:
        digest.update(item.encode())
    for path in sorted(paths):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def migrations_fingerprint() -> str:
    """Changes when any installed app's migrations change."""
    files = (
        path
        for app in apps.get_app_configs()
        for path in Path(app.path).glob("migrations/*.py")
    )
    return _digest(files, connection.vendor, *settings.INSTALLED_APPS)


@functools.cache
def code_fingerprint() -> str:
    """Changes when the code that builds the demo (any app's) changes."""
    files = (
        path
        for path in (REPOSITORY / "skintruth").rglob("*.py")
        if "tests" not in path.parts
    )
    return _digest(files, migrations_fingerprint(), str(settings.MEDIA_ROOT))


class StateStore:
    """Named copies of the test database, for one database engine."""

    def __init__(self, test_name: str):
        self.test_name = test_name

    def has(self, state: str, key: str) -> bool:
        raise NotImplementedError

    def save(self, state: str, key: str) -> None:
        """Keep what the worker's database holds now as `state`."""
        raise NotImplementedError

    def restore(self, state: str) -> None:
        """Make the worker's database hold `state`."""
        raise NotImplementedError

    def create_empty(self, name: str) -> None:
        """A database with nothing in it, to migrate."""
        raise NotImplementedError

    def start_worker_database(self, worker_name: str) -> None:
        """The worker's own database, a copy of the migrated state."""
        raise NotImplementedError


class SQLiteStates(StateStore):
    def _file(self, state: str) -> Path:
        base = Path(self.test_name)
        return base.with_name(f"{base.stem}-{state}.sqlite3")

    def _key_file(self, state: str) -> Path:
        return self._file(state).with_suffix(".key")

    def has(self, state: str, key: str) -> bool:
        key_file = self._key_file(state)
        return (
            self._file(state).exists()
            and key_file.exists()
            and key_file.read_text() == key
        )

    def save(self, state: str, key: str) -> None:
        connection.ensure_connection()
        target = sqlite3.connect(self._file(state))
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        self._key_file(state).write_text(key)

    def restore(self, state: str) -> None:
        connection.ensure_connection()
        source = sqlite3.connect(self._file(state))
        try:
            source.backup(connection.connection)
        finally:
            source.close()

    def create_empty(self, name: str) -> None:
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(name + suffix).unlink(missing_ok=True)

    def start_worker_database(self, worker_name: str) -> None:
        self.create_empty(worker_name)
        shutil.copyfile(self._file(MIGRATED), worker_name)


class PostgreSQLStates(StateStore):
    def _database(self, state: str) -> str:
        return f"{self.test_name}_{state}"

    def _execute(self, *statements: str, params: tuple = ()) -> list[tuple]:
        with connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement, params)
            return cursor.fetchall() if cursor.description else []

    def has(self, state: str, key: str) -> bool:
        rows = self._execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = %s",
            params=(self._database(state),),
        )
        return bool(rows) and rows[0][0] == key

    def _copy(self, source: str, target: str) -> None:
        connection.close()
        self._execute(
            f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)',
            f'CREATE DATABASE "{target}" TEMPLATE "{source}" STRATEGY FILE_COPY',
        )

    def create_empty(self, name: str) -> None:
        connection.close()
        self._execute(
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            f'CREATE DATABASE "{name}"',
        )

    def save(self, state: str, key: str) -> None:
        target = self._database(state)
        self._copy(connection.settings_dict["NAME"], target)
        self._execute(f"COMMENT ON DATABASE \"{target}\" IS '{key}'")

    def restore(self, state: str) -> None:
        self._copy(self._database(state), connection.settings_dict["NAME"])

    def start_worker_database(self, worker_name: str) -> None:
        self._copy(self._database(MIGRATED), worker_name)


def store_for(test_name: str) -> StateStore:
    if connection.vendor == "sqlite":
        return SQLiteStates(test_name)
    return PostgreSQLStates(test_name)


def forget_cached_rows() -> None:
    """Rows came back under other ids: drop what was cached about them."""
    cache.clear()
    ContentType.objects.clear_cache()
    SITE_CACHE.clear()


class TestDatabases:
    """The worker's test database and the states it can be reset to."""

    def __init__(
        self,
        *,
        shared_name: str,
        worker_name: str,
        run_id: str = "",
        force: bool = False,
    ):
        """`run_id` names this pytest run when its states must be built afresh
        (`--create-db`): keys that carry it were built by this very run.
        `force` builds every state this process asks for, whatever is kept."""
        self.store = store_for(shared_name)
        self.worker_name = worker_name
        self.run_id = run_id
        self.force = force
        # One lock per database: SQLite and PostgreSQL states build side by side.
        owner = Path(shared_name).name
        self.lock_file = Path(settings.VAR_DIR) / f"test-states-{owner}.lock"
        self._lock_depth = 0
        self._checked: set[str] = set()

    def set_up(self) -> None:
        """Point Django at the worker's database, a copy of the migrated state."""
        self._use(self.worker_name)
        self.ensure(MIGRATED, migrations_fingerprint(), self._migrate)
        self.store.start_worker_database(self.worker_name)
        connection.close()

    def _use(self, name: str) -> None:
        connection.close()
        settings.DATABASES[connection.alias]["NAME"] = name
        connection.settings_dict["NAME"] = name

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One worker at a time: the others wait here until a state is built.
        Re-entrant, as building the indexed demo first builds the demo."""
        if self._lock_depth:
            self._lock_depth += 1
            yield
            self._lock_depth -= 1
            return
        self.lock_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_file, "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            self._lock_depth = 1
            try:
                yield
            finally:
                self._lock_depth = 0
                fcntl.flock(handle, fcntl.LOCK_UN)

    def ensure(self, state: str, fingerprint: str, build: Callable[[], None]) -> None:
        if state in self._checked:
            return
        key = f"{fingerprint}{self.run_id}"
        with self._exclusive():
            kept = self.store.has(state, key) and self._media_kept(state, key)
            if self.force or not kept:
                build()
                self.store.save(state, key)
                self._keep_media(state, key)
        self._checked.add(state)

    def _media_marker(self, state: str) -> Path:
        # One per database: SQLite's and PostgreSQL's states share the media.
        owner = Path(self.store.test_name).name
        return (
            Path(settings.MEDIA_ROOT)
            / f".test-state-{connection.vendor}-{owner}-{state}"
        )

    def _media_kept(self, state: str, key: str) -> bool:
        """The demo's pictures and clips are files: a state whose files were
        deleted since is built again."""
        if state == MIGRATED:
            return True
        marker = self._media_marker(state)
        return marker.exists() and marker.read_text() == key

    def _keep_media(self, state: str, key: str) -> None:
        if state != MIGRATED:
            self._media_marker(state).parent.mkdir(parents=True, exist_ok=True)
            self._media_marker(state).write_text(key)

    def _migrate(self) -> None:
        self.store.create_empty(self.worker_name)
        call_command("migrate", verbosity=0, interactive=False, run_syncdb=True)

    def restore(self, state: str) -> None:
        if state == DEMO:
            self.ensure(DEMO, code_fingerprint(), self._build_demo)
        elif state == DEMO_INDEXED:
            self.ensure(DEMO_INDEXED, code_fingerprint(), self._build_indexed_demo)
        self.store.restore(state)
        forget_cached_rows()

    def _build_demo(self) -> None:
        self.store.restore(MIGRATED)
        forget_cached_rows()
        ensure_wagtail_base_data()
        call_command("load_demo", verbosity=0)

    def _build_indexed_demo(self) -> None:
        self.restore(DEMO)
        call_command("update_index", verbosity=0)


def build_all() -> None:
    """Build every state from scratch, before a test run: CI builds
    PostgreSQL's while the SQLite tests run (scripts/build-test-databases.py)."""
    name = connection.creation._get_test_db_name()
    databases = TestDatabases(shared_name=name, worker_name=name, force=True)
    databases.set_up()
    databases.restore(DEMO_INDEXED)
    connection.close()
