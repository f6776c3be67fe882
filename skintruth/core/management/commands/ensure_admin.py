"""Create the demo's admin login once, and print it every time."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the local admin account if missing and print its login."

    def handle(self, *args, **options):
        login_file = settings.VAR_DIR / "admin-login.txt"
        User = get_user_model()
        if (
            not User.objects.filter(username=USERNAME).exists()
            or not login_file.exists()
        ):
            password = secrets.token_urlsafe(12)
            user, _ = User.objects.get_or_create(
                username=USERNAME, defaults={"email": "admin@skintruth.test"}
            )
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
            login_file.write_text(f"{USERNAME} {password}\n")
            login_file.chmod(0o600)
        username, password = login_file.read_text().split()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"username: {username}  password: {password}"
            )
        )
