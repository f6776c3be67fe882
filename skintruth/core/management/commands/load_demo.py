"""Build the demo publication. Safe to run again: what exists is left alone."""

from django.core.management.base import BaseCommand
from django.db import transaction

from skintruth.articles import demo as articles_demo
from skintruth.contributors import demo as contributors_demo
from skintruth.core import demo as core_demo
from skintruth.shop import demo as shop_demo


class Command(BaseCommand):
    help = "Load the demo publication (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = core_demo.load_home()
        # Creation order is the navigation order.
        reviews = articles_demo.load_index(home)
        core_demo.load_section(home, "five-best")
        core_demo.load_section(home, "videos")
        contributors = contributors_demo.load(home)
        core_demo.load_section(home, "be-inspired")
        articles_demo.load_articles(reviews, contributors)
        shop_demo.load()
        core_demo.load_site_furniture(home)
        self.stdout.write(self.style.SUCCESS("Demo publication is ready."))
