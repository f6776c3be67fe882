"""Build the demo publication. Safe to run again: what exists is left alone.

The only module that knows every app: each app builds its own part, in the
order their links need (contributors before articles, products before lists).
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from skintruth.articles import demo as articles_demo
from skintruth.articles.models import ArticlePage
from skintruth.comments import demo as comments_demo
from skintruth.contributors import demo as contributors_demo
from skintruth.core.demo import shell as core_demo
from skintruth.five_best import demo as five_best_demo
from skintruth.shop import demo as shop_demo
from skintruth.stories import demo as stories_demo
from skintruth.videos import demo as videos_demo


class Command(BaseCommand):
    help = "Load the demo publication (idempotent)."

    def handle(self, *args, **options):
        self.load()
        # Search indexing runs as background tasks: run them now so the demo is
        # searchable the moment the server starts.
        call_command("run_worker", "--once", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo publication is ready."))

    @transaction.atomic
    def load(self):
        home = core_demo.load_home()
        # Creation order is the navigation order.
        reviews = articles_demo.load_index(home)
        five_best = five_best_demo.load_index(home)
        videos = videos_demo.load_index(home)
        contributors = contributors_demo.load(home)
        stories = stories_demo.load_index(home)
        articles_demo.load_articles(reviews, contributors)
        comments_demo.load(
            list(ArticlePage.objects.live().select_related("reviewer").order_by("path"))
        )
        shop_demo.load()  # before the lists: Five Best picks from its products
        articles_demo.link_products()
        five_best_demo.load_lists(five_best, contributors)
        videos_demo.load_videos(videos, contributors)
        stories_demo.load_stories(stories, contributors)
        core_demo.load_site_furniture(home)
