from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    # not "search": Oscar owns that label
    name = "skintruth.sitesearch"
    label = "sitesearch"
    verbose_name = "Site search"
