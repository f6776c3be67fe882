from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "skintruth.seo"
    label = "seo"
    verbose_name = "Feeds and SEO"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from .purges import purge_sitemap

        page_published.connect(purge_sitemap, dispatch_uid="seo-purge-publish")
        page_unpublished.connect(purge_sitemap, dispatch_uid="seo-purge-unpublish")
