"""The worker rides out database errors and the dashboard shows if it stopped."""

import datetime
import logging
import sqlite3
import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from skintruth.core.management.commands.run_worker import Command
from skintruth.core.models import WorkerHeartbeat
from skintruth.core.operations.mail import queue_email

QUEUED_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def hold_write_lock(seconds: float) -> None:
    """Another process's writer: takes SQLite's write lock, lets go later."""
    other = sqlite3.connect(connection.settings_dict["NAME"], check_same_thread=False)
    other.isolation_level = None
    other.execute("BEGIN EXCLUSIVE")
    threading.Timer(seconds, other.close).start()


@pytest.mark.sqlite
@pytest.mark.skipif(connection.vendor != "sqlite", reason="locks the SQLite file")
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=QUEUED_TASKS)
def test_worker_survives_a_locked_database_and_delivers_the_email(monkeypatch, caplog):
    queue_email("reader@example.com", "Your reply", "Someone answered you.")
    assert mail.outbox == []
    connection.close()  # reconnect with a short wait, so the lock fails fast
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "timeout", 0.1)
    hold_write_lock(seconds=0.5)

    with caplog.at_level(logging.WARNING):
        Command().serve(interval=0, rounds=2, verbosity=0)
    connection.close()

    assert "database is locked" in caplog.text
    assert [message.subject for message in mail.outbox] == ["Your reply"]
    assert not WorkerHeartbeat.is_stale()


@pytest.mark.django_db
def test_dashboard_warns_when_the_worker_has_not_run_lately(admin_client, site):
    WorkerHeartbeat.objects.create(
        last_ran_at=timezone.now() - datetime.timedelta(minutes=5)
    )

    page = admin_client.get("/admin/").content.decode()

    assert "help-warning" in page
    assert "manage.py run_worker" in page


@pytest.mark.django_db
def test_dashboard_warns_when_the_worker_never_ran(admin_client, site):
    page = admin_client.get("/admin/").content.decode()

    assert "The worker has never run." in page
    assert "manage.py run_worker" in page


@pytest.mark.django_db
def test_dashboard_is_calm_when_the_worker_ran_just_now(admin_client, site):
    WorkerHeartbeat.beat()

    page = admin_client.get("/admin/").content.decode()

    assert "Background worker" in page
    assert "The worker last ran" in page
    assert "manage.py run_worker" not in page
