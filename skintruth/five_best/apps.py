from django.apps import AppConfig


class FiveBestConfig(AppConfig):
    name = "skintruth.five_best"
    label = "five_best"
    verbose_name = "Five Best"
