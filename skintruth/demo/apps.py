from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo publication: the one place that composes every app's demo part."""

    name = "skintruth.demo"
    label = "demo"
    verbose_name = "Demo publication"
