"""Test settings: fast hashing, mail in memory, tasks run at once."""

from .base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
# A page type known only to the tests: new kinds need no edit in seo or comments.
INSTALLED_APPS = [*INSTALLED_APPS, "skintruth.core.tests.pagekind"]  # noqa: F405
WHITENOISE_AUTOREFRESH = True
# Saving a page or product does not index it: the tests that search build the
# index themselves (the `search_index` fixture), the others skip the cost.
WAGTAILSEARCH_BACKENDS = {
    "default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}  # noqa: F405
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, so `pytest --reuse-db` can skip the migrations between runs.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}  # noqa: F405

# The crash tests start gunicorn with this to stop a checkout at a named step
# (skintruth.shop.checkout.services.checkpoint); empty everywhere else.
CHECKOUT_PAUSE_DIR = env("CHECKOUT_PAUSE_DIR", default="")  # noqa: F405
