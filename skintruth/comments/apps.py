from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "skintruth.comments"
    label = "comments"
    verbose_name = "Discussion"
    default_auto_field = "django.db.models.BigAutoField"
