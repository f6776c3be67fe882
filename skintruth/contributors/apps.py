from django.apps import AppConfig


class ContributorsConfig(AppConfig):
    name = "skintruth.contributors"
    label = "contributors"
