"""Factories for videos and their index."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from skintruth.videos.models import VideoIndexPage, VideoPage

CAPTIONS = """WEBVTT

1
00:00:00.000 --> 00:00:02.000
Hold the device <b>flat</b> on clean skin.

2
00:00:02.000 --> 00:00:04.000
Glide it slowly upwards.
"""


class VideoIndexPageFactory(wagtail_factories.PageFactory):
    title = "Videos"
    slug = "videos"
    show_in_menus = True

    class Meta:
        model = VideoIndexPage


class VideoPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Video {n}")
    summary = "What the video shows.\n\nA second paragraph."
    video_file = factory.LazyFunction(lambda: ContentFile(b"\x1aE\xdf\xa3", "c.webm"))
    captions = CAPTIONS
    duration = 125

    class Meta:
        model = VideoPage
