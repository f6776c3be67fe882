from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "skintruth.articles"
    label = "articles"
