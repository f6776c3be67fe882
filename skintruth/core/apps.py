from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "skintruth.core"
    label = "core"
    verbose_name = "Site"

    def ready(self):
        from skintruth.core.caching import invalidation

        invalidation.connect()
