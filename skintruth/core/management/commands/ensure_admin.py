"""Create the local admin login once, and print it every time."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from skintruth.core.operations.site_url import absolute_url

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the local admin account if missing and print its login."

    def handle(self, *args, **options):
        username, password = self.stored_login()
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": "admin@skintruth.test"}
        )
        # One login for every local database (make run, make serve): a
        # database made after the file was written gets the same password.
        if not (user.is_superuser and user.check_password(password)):
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {absolute_url('/admin/')}  "
                f"username: {username}  password: {password}"
            )
        )

    @staticmethod
    def stored_login() -> tuple[str, str]:
        login_file = settings.VAR_DIR / "admin-login.txt"
        if not login_file.exists():
            login_file.write_text(f"{USERNAME} {secrets.token_urlsafe(12)}\n")
            login_file.chmod(0o600)
        username, password = login_file.read_text().split()
        return username, password
