from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "skintruth.stories"
    label = "stories"
    verbose_name = "Be Inspired"
