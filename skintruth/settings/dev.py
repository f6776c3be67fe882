"""Laptop settings: debug on, SQLite in var/, console email."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
