"""Back up and restore the database and the media files.

PostgreSQL is dumped with `pg_dump -Fc`, which reads one consistent snapshot:
every transaction committed before it started is in the dump, whatever is
being written meanwhile. SQLite is copied with its online backup API, which
gives the same guarantee. Media files go into a tar.gz beside the database.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.utils import timezone

PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA = "media.tar.gz"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


def _database(alias: str = "default") -> dict:
    return settings.DATABASES[alias]


def is_postgres(db: dict) -> bool:
    return db["ENGINE"] == "django.db.backends.postgresql"


def _pg_args(db: dict, name: str) -> tuple[list[str], dict]:
    args = ["--dbname", name, "--no-password"]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _run(command: list[str], env: dict) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()}")


def _copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy even while others write."""
    with (
        closing(sqlite3.connect(source)) as reader,
        closing(sqlite3.connect(target)) as writer,
    ):
        reader.backup(writer)


def backup(target: Path, alias: str = "default") -> dict:
    """Write the database, the media and a manifest into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    db = _database(alias)
    started = timezone.now()
    if is_postgres(db):
        args, env = _pg_args(db, db["NAME"])
        dump = ["pg_dump", "--format=custom", "--file", str(target / PG_DUMP)]
        _run([*dump, *args], env)
    else:
        _copy_sqlite(Path(db["NAME"]), target / SQLITE_COPY)
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / MEDIA, "w:gz") as archive:
        if media_root.exists():
            archive.add(media_root, arcname=".")
    manifest = {
        "engine": "postgresql" if is_postgres(db) else "sqlite",
        "started_at": started.isoformat(),
        "finished_at": timezone.now().isoformat(),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return manifest


def restore(source: Path, alias: str = "default", database_name: str = "") -> None:
    """Load a backup into the database (or `database_name`) and media root."""
    if not (source / MANIFEST).exists():
        raise BackupError(f"{source} holds no backup (no {MANIFEST}).")
    db = _database(alias)
    name = database_name or db["NAME"]
    if is_postgres(db):
        if not (source / PG_DUMP).exists():
            raise BackupError(f"{source} holds no PostgreSQL dump.")
        args, env = _pg_args(db, name)
        command = ["pg_restore", "--clean", "--if-exists", "--no-owner", *args]
        _run([*command, str(source / PG_DUMP)], env)
    else:
        _copy_sqlite(source / SQLITE_COPY, Path(name))
    restore_media(source / MEDIA, Path(settings.MEDIA_ROOT))


def restore_media(archive_path: Path, media_root: Path) -> None:
    """Put the media back as they were: the archive replaces the folder's files."""
    unpacked = media_root.with_name(media_root.name + ".restoring")
    shutil.rmtree(unpacked, ignore_errors=True)
    unpacked.mkdir(parents=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(unpacked, filter="data")  # refuses ../ and links out
    media_root.mkdir(parents=True, exist_ok=True)
    for old in media_root.iterdir():
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    for new in unpacked.iterdir():
        new.rename(media_root / new.name)
    unpacked.rmdir()
