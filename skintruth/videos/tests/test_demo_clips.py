"""The demo draws its four videos with the ffmpeg imageio-ffmpeg ships."""

import re
import shutil
import subprocess

import imageio_ffmpeg
import pytest
from django.core.management import call_command

from skintruth.core.tests.factories import ensure_wagtail_base_data
from skintruth.videos import demo as videos_demo
from skintruth.videos.models import VideoPage

pytestmark = pytest.mark.django_db

WEBM_MAGIC = bytes.fromhex("1a45dfa3")  # EBML header, as every WebM starts


def clip_seconds(path: str) -> float:
    """The duration ffmpeg reads back from the file's own header."""
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    probe = subprocess.run([ffmpeg, "-hide_banner", "-i", path], capture_output=True)
    found = re.search(rb"Duration: (\d+):(\d+):(\d+\.\d+)", probe.stderr)
    hours, minutes, seconds = found.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_demo_has_four_playable_videos_without_a_system_ffmpeg(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    assert shutil.which("ffmpeg") is None
    videos_demo.draw_clip.cache_clear()
    ensure_wagtail_base_data()

    call_command("load_demo", verbosity=0)

    videos = VideoPage.objects.live()
    assert videos.count() == 4
    for video in videos:
        with video.video_file.open("rb") as clip:
            assert clip.read(4) == WEBM_MAGIC
        assert clip_seconds(video.video_file.path) > 0
