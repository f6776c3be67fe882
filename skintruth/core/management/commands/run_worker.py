"""The site's background process: scheduled publishing and queued tasks.

Run one (or more) beside the web servers: `manage.py run_worker`. Each round
publishes pages whose go-live time has passed, unpublishes expired ones, runs
every task waiting in the database queue (emails, notifications), the
housekeeping other apps register under core.hooks.WORKER_ROUND, and stamps
the heartbeat the admin dashboard shows. A round that meets a passing database
error (a lock held too long, a dropped connection) is logged and retried after
a pause; the worker does not exit.
"""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import InterfaceError, OperationalError, connections
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from wagtail import hooks

from skintruth.core.hooks import WORKER_ROUND
from skintruth.core.models import WorkerHeartbeat
from skintruth.core.operations.mail import retry_undelivered

logger = logging.getLogger(__name__)
BACKOFF_SECONDS = 1.0
BACKOFF_MAX_SECONDS = 60.0


class Command(BaseCommand):
    help = "Publish scheduled pages and run queued tasks, every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30.0)
        parser.add_argument(
            "--once", action="store_true", help="Run a single round, then exit."
        )
        parser.add_argument(
            "--rounds", type=int, default=0, help="Stop after this many rounds."
        )

    def handle(self, *, interval: float, once: bool, rounds: int, **options):
        self.serve(interval, 1 if once else rounds, options["verbosity"])

    def serve(self, interval: float, rounds: int, verbosity: int) -> None:
        """Run rounds until `rounds` are done (0: forever), riding out outages."""
        done = failures = 0
        while not rounds or done < rounds:
            done += 1
            try:
                self.run_round(verbosity)
            except (OperationalError, InterfaceError) as error:
                failures += 1
                pause = min(BACKOFF_SECONDS * 2 ** (failures - 1), BACKOFF_MAX_SECONDS)
                logger.warning(
                    "Worker round failed (%s: %s); retrying in %.0f s",
                    type(error).__name__,
                    error,
                    pause,
                )
                connections.close_all()
                time.sleep(pause)
                continue
            failures = 0
            if not rounds or done < rounds:
                time.sleep(interval)

    def run_round(self, verbosity: int) -> None:
        call_command("publish_scheduled", verbosity=max(verbosity - 1, 0))
        if isinstance(task_backends["default"], DatabaseBackend):
            # django-tasks-db's own worker, for one batch: every waiting task.
            call_command(
                "db_worker",
                "--batch",
                "--queue-name=*",
                "--no-startup-delay",
                "--no-reload",
                verbosity=max(verbosity - 1, 0),
            )
        retry_undelivered()  # emails whose earlier sends failed
        for housekeeping in hooks.get_hooks(WORKER_ROUND):
            housekeeping()
        WorkerHeartbeat.beat()
