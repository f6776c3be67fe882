"""Settings shared by every environment; values come from the environment."""

import datetime
from pathlib import Path

import environ
from csp import constants as csp
from django.urls import reverse_lazy
from oscar.defaults import *  # noqa: F403 — Oscar's documented way to load its defaults

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)  # SQLite and media live here on a laptop

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-skintruth")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "skintruth.core",
    "skintruth.accounts",
    "skintruth.articles",
    "skintruth.contributors",
    "skintruth.sitesearch",
    "skintruth.comments",
    "skintruth.five_best",
    "skintruth.videos",
    "skintruth.stories",
    "skintruth.seo",
    "skintruth.privacy",
    "skintruth.demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Oscar (the shop) — its apps own labels such as "search" and "reviews"
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "skintruth.shop.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "skintruth.shop.shipping.apps.ShippingConfig",
    "skintruth.shop.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "skintruth.shop.partner.apps.PartnerConfig",
    "skintruth.shop.basket.apps.BasketConfig",
    "skintruth.shop.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "skintruth.shop.order.apps.OrderConfig",
    "skintruth.shop.customer.apps.CustomerConfig",
    "skintruth.shop.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "oscar.apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "oscar.apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "skintruth.shop.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "django_tables2",
    # Django and friends
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "skintruth.core.caching.frontend.SharedCacheMiddleware",
    # Headers (issue 10): cookie flags, no-store, CSP, Permissions-Policy.
    "skintruth.core.security.headers.CookieFlagsMiddleware",
    "skintruth.core.security.headers.NoStoreMiddleware",
    "skintruth.core.security.headers.AreaCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "skintruth.core.security.csrf.FetchMetadataCsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "skintruth.shop.basket.middleware.BasketCountCookieMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
# Pages leave compressed unless a proxy in front compresses them (`make serve`
# sets GZIP_PAGES=false: nginx compresses what it caches, once).
if env.bool("GZIP_PAGES", default=True):
    MIDDLEWARE.insert(0, "django.middleware.gzip.GZipMiddleware")

ROOT_URLCONF = "skintruth.urls"
WSGI_APPLICATION = "skintruth.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.core.context_processors.metadata",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker write to one file: WAL lets readers go on
    # during a write, IMMEDIATE takes the write lock at BEGIN (no upgrade
    # deadlock) and a writer waits up to 20 s for the lock instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
# Kept connections (CONN_MAX_AGE seconds) are tested before each request
# reuses one, so a database restart or a killed backend costs a reconnect,
# not a server error.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # The site keeps serving when Redis is down: misses, not errors.
            # A dead or hanging Redis costs one short timeout, then the
            # breaker in cache_guard skips it for a few seconds at a time and
            # logs one warning per outage (instead of a traceback per call).
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.5,
                "CONNECTION_POOL_CLASS": (
                    "skintruth.core.caching.redis_guard.GuardedPool"
                ),
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The shared cache in front of the app servers (see README, "Production").
# FRONTEND_CACHE_URL is where PURGE requests go, e.g. the local nginx proxy;
# a CDN is another Wagtail frontend-cache backend in WAGTAILFRONTENDCACHE.
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL", default="")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "skintruth.core.caching.frontend.ProxyPurgeBackend",
        "LOCATION": FRONTEND_CACHE_URL,
    }
# The app servers keep their own copy of shared pages too (for readers the
# proxy passes by, and when it misses); only with a cache they all share.
APP_PAGE_CACHE = env.bool("APP_PAGE_CACHE", default=bool(REDIS_URL))
if APP_PAGE_CACHE:
    WAGTAILFRONTENDCACHE["app"] = {
        "BACKEND": "skintruth.core.caching.frontend.AppPageCacheBackend"
    }
FRONTEND_CACHE_SECONDS = env.int("FRONTEND_CACHE_SECONDS", default=3600)
FRONTEND_CACHE_QUERY_SECONDS = env.int("FRONTEND_CACHE_QUERY_SECONDS", default=10)
CSRF_FAILURE_VIEW = "skintruth.core.views.csrf_failure"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Oscar's account "Profile" page edits this model beside the user's email.
AUTH_PROFILE_MODULE = "accounts.ReaderProfile"
LOGIN_URL = "customer:login"
# Signing in or up lands on the account page, where the shop shows its
# messages (the welcome among them); the site's pages stay the same for all.
LOGIN_REDIRECT_URL = reverse_lazy("customer:summary")

LANGUAGE_CODE = "en-us"
# Gives Oscar's "basket" back where its en_US catalogue says "cart".
LOCALE_PATHS = [PROJECT_DIR / "shop" / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
SITE_ID = 1

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
# Files browsers ask for at the site's root: favicon.ico, apple-touch-icon.png.
WHITENOISE_ROOT = PROJECT_DIR / "public"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Media from disk through Django on a laptop; production serves it from storage.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="skintruth <hello@skintruth.test>"
)

WAGTAIL_SITE_NAME = "skintruth"
# The one public address: links in pages, feeds and emails are built from it
# (the Site records are synced from it by `manage.py sync_site_url`).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Oscar
OSCAR_SHOP_NAME = "skintruth shop"
OSCAR_DEFAULT_CURRENCY = "USD"
OSCAR_HOMEPAGE = reverse_lazy("catalogue:index")  # /shop/ itself redirects here
# Oscar's catalogue views import django-haystack when they load, and haystack
# refuses to load without this. Nothing is indexed or searched through it: the
# app is not installed and /shop/search/ hands over to the site search.
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}
}

# Security headers (issue 10; skintruth.core.security.headers). One strict policy for
# the public site: pages are shared by caches, so no per-request nonce, and
# every script is a file of ours. CSP_REPORT_ONLY=true sends it as
# Report-Only, to try a change on production traffic without breaking pages.
_CSP = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        # The star ratings and the free-shipping meter set a width or a custom
        # property in a style attribute; attributes cannot load or run anything.
        "style-src-attr": [csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:"],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "frame-ancestors": [csp.SELF],
        "form-action": [csp.SELF],
        "report-uri": "/csp-report/",
    }
}
if env.bool("CSP_REPORT_ONLY", default=False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP
else:
    CONTENT_SECURITY_POLICY = _CSP
# Private areas, never cached, replace some directives (the longest matching
# prefix wins). The Wagtail admin has inline scripts in its own widget
# templates (inline panels, date pickers), so it needs 'unsafe-inline'; its
# sign-in and password-reset pages run none, so anyone who is not signed in
# meets the public policy there. Oscar's dashboard runs its inline script with
# a nonce (templates/oscar/base.html) but keeps on*= attributes. Both put
# inline styles in elements.
_ADMIN_STYLES = [csp.SELF, csp.UNSAFE_INLINE]
CSP_AREAS = {
    "/admin/login/": {},
    "/admin/password_reset/": {},
    "/admin/": {
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "style-src": _ADMIN_STYLES,
        "img-src": [csp.SELF, "data:", "blob:"],
    },
    "/django-admin/": {"style-src": _ADMIN_STYLES},
    "/shop/dashboard/": {
        "script-src": [csp.SELF, csp.NONCE],
        # TinyMCE's editing frame and Oscar's "cancel" links use on*= handlers.
        "script-src-attr": [csp.UNSAFE_INLINE],
        "style-src": _ADMIN_STYLES,
        "img-src": [csp.SELF, "data:", "blob:"],
    },
}
# Pages about one person or the back office: never kept by any cache.
NO_STORE_PATH_PREFIXES = [
    "/admin/",
    "/django-admin/",
    "/shop/dashboard/",
    "/shop/basket/",
    "/shop/checkout/",
    "/shop/accounts/",
    "/comments/my-activity/",
]
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],  # the card form is ours; no Payment Request API
    "usb": [],
    "interest-cohort": [],
    "browsing-topics": [],
    "fullscreen": ["self"],  # video embeds may go full screen
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Avatars from Gravatar and Wagtail's release check would be blocked by the
# policy above (and tell a third party who works in the admin).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Production turns this on: CookieFlagsMiddleware then marks every cookie
# Secure (Oscar's basket and history cookies included); SameSite=Lax always.
SECURE_COOKIES = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # "Cache ... is back" closes each Redis outage's warning in the log.
    "loggers": {"skintruth.core.caching.redis_guard": {"level": "INFO"}},
}

# Shop (skintruth.shop: forked Oscar apps)
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_THUMBNAILER = "skintruth.shop.thumbnails.PillowThumbnailer"
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_URL_SCHEMA = SITE_URL.split("://", 1)[0]  # links in Oscar's emails
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
SKINTRUTH_PAYMENT_GATEWAY = "skintruth.shop.payment.gateway.TestGateway"
# Staff set shipping prices and the free-shipping threshold here.
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405
    {
        "label": "Shipping",
        "icon": "fas fa-truck",
        "url_name": "dashboard:shipping-charges-list",
    },
]

# Reader reviews wait in the Wagtail moderation queue with the comments.
OSCAR_MODERATE_REVIEWS = True

# Sign-ins and the client's address (issue 10).
# The app sits behind this many proxies that append to X-Forwarded-For
# (`make serve`: nginx, so 1); 0 means the connection's own address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# django-axes locks out one username from one address after a few failed
# sign-ins, at the Wagtail admin and the shop alike; staff see the attempts
# under Settings > Sign-in lockouts in the Wagtail admin.
INSTALLED_APPS.append("axes")
AUTHENTICATION_BACKENDS.insert(
    0, "skintruth.core.security.auth_backends.RequestLockoutBackend"
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_USERNAME_CALLABLE = "skintruth.core.security.auth_backends.lockout_username"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "skintruth.core.security.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "skintruth.core.security.lockout.lockout_response"
# Password reset mails leave from the worker, so known and unknown addresses
# cost the request the same (core/security/password_reset.py; the shop's in urls.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = (
    "skintruth.core.security.password_reset.AdminPasswordResetForm"
)
