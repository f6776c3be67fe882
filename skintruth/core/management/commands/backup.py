"""`manage.py backup DIR`: the database and media files into DIR."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from skintruth.core.operations.backups import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database (pg_dump or SQLite's backup API) and media."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--database", default="default")

    def handle(self, *, directory: Path, database: str, **options):
        try:
            manifest = backup(directory, database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backed up {manifest['engine']} and media to {directory}")
