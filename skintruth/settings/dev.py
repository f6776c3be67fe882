"""Laptop settings: debug on, SQLite in var/, console email."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
# runserver waits for file events instead of polling every file each second.
INSTALLED_APPS = [*INSTALLED_APPS, "django_watchfiles"]  # noqa: F405
