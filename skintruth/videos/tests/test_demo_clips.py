"""The demo draws its four videos with the ffmpeg imageio-ffmpeg ships."""

import re
import shutil
import subprocess

import imageio_ffmpeg

from skintruth.videos import demo as videos_demo
from skintruth.videos.demo_content import VIDEOS

WEBM_MAGIC = bytes.fromhex("1a45dfa3")  # EBML header, as every WebM starts


def clip_seconds(path: str) -> float:
    """The duration ffmpeg reads back from the file's own header."""
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    probe = subprocess.run([ffmpeg, "-hide_banner", "-i", path], capture_output=True)
    found = re.search(rb"Duration: (\d+):(\d+):(\d+\.\d+)", probe.stderr)
    hours, minutes, seconds = found.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_demo_draws_its_four_clips_without_a_system_ffmpeg(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", "/nonexistent")
    assert shutil.which("ffmpeg") is None
    videos_demo.draw_clip.cache_clear()

    for number, video in enumerate(VIDEOS):
        clip = videos_demo.draw_clip(video["color"])
        assert clip is not None and clip.startswith(WEBM_MAGIC), video["title"]
        path = tmp_path / f"clip-{number}.webm"
        path.write_bytes(clip)
        assert clip_seconds(str(path)) > 0
    assert len(VIDEOS) == 4
