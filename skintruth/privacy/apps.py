from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "skintruth.privacy"
    label = "privacy"
    verbose_name = "Privacy"
    default_auto_field = "django.db.models.BigAutoField"
