"""The site's background process: scheduled publishing and queued tasks.

Run one (or more) beside the web servers: `manage.py run_worker`. Each round
publishes pages whose go-live time has passed, unpublishes expired ones, and
runs every task waiting in the database queue (emails, notifications).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend

from skintruth.core.mail import retry_undelivered


class Command(BaseCommand):
    help = "Publish scheduled pages and run queued tasks, every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30.0)
        parser.add_argument(
            "--once", action="store_true", help="Run a single round, then exit."
        )

    def handle(self, *, interval: float, once: bool, verbosity: int, **options):
        while True:
            self.run_round(verbosity)
            if once:
                return
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
