"""Production settings: refuses to start without its secrets."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env("SECRET_KEY")  # no default: a missing secret stops the start
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # reconnect, never a 500
DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
# Hashed names, so whitenoise can let browsers keep files for a year; needs
# `manage.py collectstatic --noinput` before the app starts.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
