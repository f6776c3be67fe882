"""`manage.py restore DIR`: put back a backup made by `manage.py backup`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from skintruth.core.operations.backups import BackupError, restore


class Command(BaseCommand):
    help = "Restore the database and media from a `manage.py backup` directory."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--into",
            default="",
            help="Restore into this (existing, empty) database name instead.",
        )
        parser.add_argument("--noinput", "--no-input", action="store_true")

    def handle(self, *, directory: Path, database: str, into: str, **options):
        if not options["noinput"] and not into:
            answer = input("This replaces the database and media. Type 'yes': ")
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore(directory, database, into)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {directory}")
