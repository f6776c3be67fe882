from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "skintruth.accounts"
    label = "accounts"
    verbose_name = "Readers"
    default_auto_field = "django.db.models.BigAutoField"
