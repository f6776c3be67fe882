"""Copy SITE_URL into the Wagtail and Django Site records."""

from django.core.management.base import BaseCommand

from skintruth.core.operations.site_url import site_url, sync_sites


class Command(BaseCommand):
    help = "Point the default Site's hostname and port (and Django's) at SITE_URL."

    def handle(self, *args, **options):
        sync_sites()
        if options["verbosity"]:
            self.stdout.write(f"Sites now answer for {site_url()}")
