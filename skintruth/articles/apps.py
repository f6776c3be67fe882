from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "skintruth.articles"
    label = "articles"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from .purges import purge_feeds

        page_published.connect(purge_feeds, dispatch_uid="articles-purge-feeds")
        page_unpublished.connect(purge_feeds, dispatch_uid="articles-unpublish-feeds")
