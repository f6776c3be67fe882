"""Oscar's customer models (the reader's profile is in skintruth.accounts)."""

# Migration 0009 names the validator by this module's path.
from oscar.apps.customer.models import *  # noqa: E402, F403 — Oscar's fork pattern

from skintruth.accounts.models import validate_display_name  # noqa: F401
