"""`check --deploy` is clean with the production environment the README lists."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

pytestmark = pytest.mark.system

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "skintruth.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "DATABASE_URL": "sqlite:////tmp/skintruth-deploy-check.sqlite3",
    "ALLOWED_HOSTS": "skintruth.example",
    "SITE_URL": "https://skintruth.example",
    "CSRF_TRUSTED_ORIGINS": "https://skintruth.example",
}


def run_check(**extra: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "DATABASE_", "CSP_"))
    }
    env.update(PRODUCTION_ENV, **extra)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing_with_the_documented_environment():
    run = run_check()

    assert run.returncode == 0, run.stderr
    assert "System check identified no issues (1 silenced)." in run.stdout


def test_check_deploy_notices_a_missing_https_redirect():
    run = run_check(SECURE_SSL_REDIRECT="false")

    assert "security.W008" in run.stderr
