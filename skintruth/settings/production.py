"""Production settings: refuses to start without its secrets."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env("SECRET_KEY")  # no default: a missing secret stops the start
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # reconnect, never a 500
DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
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

# Security headers and cookies (issue 10). deploy/stack.py serves plain http
# on a laptop: it sets SECURE_SSL_REDIRECT=false and SECURE_COOKIES=false.
SECURE_COOKIES = env.bool("SECURE_COOKIES", default=True)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
OSCAR_BASKET_COOKIE_SECURE = SECURE_COOKIES
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
# The header only allows preloading: the site joins the browsers' lists when
# its owner submits it at hstspreload.org, a promise slow to take back.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
# W003 looks for Django's CSRF middleware by name; ours is its subclass
# (skintruth.core.security.csrf.FetchMetadataCsrfViewMiddleware), so the
# protection is on.
SILENCED_SYSTEM_CHECKS = ["security.W003"]
