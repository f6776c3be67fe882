from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "skintruth.seo"
    label = "seo"
    verbose_name = "Feeds and SEO"
