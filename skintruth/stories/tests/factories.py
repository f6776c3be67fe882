"""Factories for Be Inspired stories."""

import factory
import wagtail_factories

from skintruth.stories.models import StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Be Inspired"
    slug = "be-inspired"
    show_in_menus = True

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    subject_name = "June Abara"
    subject_description = "71, potter"
    standfirst = "She took up the wheel at sixty."
    pull_quote = "Clay teaches you patience."
    body = [("paragraph", "<p>Story text.</p>")]

    class Meta:
        model = StoryPage
