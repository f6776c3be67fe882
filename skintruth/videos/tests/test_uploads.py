"""Editors upload captions as .vtt files and leave the duration to the file."""

import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from imageio_ffmpeg import get_ffmpeg_exe

from skintruth.core.tests.factories import ContributorPageFactory
from skintruth.videos.captions import webvtt_problem
from skintruth.videos.models import VideoPage

from .factories import CAPTIONS, VideoIndexPageFactory

pytestmark = pytest.mark.django_db

# Line 5 has a comma where WebVTT wants a dot.
BROKEN_ON_LINE_5 = """WEBVTT
Kind: captions

1
00:00:00,000 --> 00:00:02.000
Hold the device flat.
"""


@pytest.fixture
def site(site):
    site["videos"] = VideoIndexPageFactory(parent=site["home"])
    site["marta"] = ContributorPageFactory(parent=site["directory"], title="Marta")
    return site


def add_url(site) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=("videos", "videopage", site["videos"].pk)
    )


def small_mp4(tmp_path: Path, seconds: int) -> bytes:
    """A real, tiny MP4 of the given length, made with ffmpeg."""
    target = tmp_path / "clip.mp4"
    subprocess.run(
        [
            get_ffmpeg_exe(),
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"color=c=black:s=32x32:d={seconds}",
            "-c:v",
            "mpeg4",
            str(target),
        ],
        check=True,
        timeout=60,
    )
    return target.read_bytes()


def form(site, video: bytes, captions: str, **fields) -> dict:
    data = {
        "title": "Gua sha, slowly",
        "slug": "gua-sha-slowly",
        "summary": "Ten strokes a side.",
        "video_file": SimpleUploadedFile("clip.mp4", video, "video/mp4"),
        "vtt_file": SimpleUploadedFile("captions.vtt", captions.encode(), "text/vtt"),
        "presenters": [site["marta"].pk],
        "action-publish": "action-publish",
    }
    data.update(fields)
    return data


def test_the_line_and_the_reason_of_a_bad_vtt_are_named_beside_the_field(
    site, admin_client
):
    assert BROKEN_ON_LINE_5.splitlines()[4].startswith("00:00:00,000")

    response = admin_client.post(
        add_url(site), form(site, b"\x00\x00\x00\x18ftypmp42", BROKEN_ON_LINE_5)
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Line 5: the cue timing must look like" in html
    assert 'value="Gua sha, slowly"' in html
    assert "Ten strokes a side." in html
    assert not VideoPage.objects.exists()


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("WEBVT\n", 1, "start with the word WEBVTT"),
        ("WEBVTT\n\n00:00:03.000 --> 00:00:01.000\nBackwards", 3, "end after"),
        ("WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nToo many", 3, "up to 59"),
    ],
)
def test_webvtt_problems_name_their_line(text, line, reason):
    found_line, found_reason = webvtt_problem(text)
    assert found_line == line and reason in found_reason


def test_a_good_vtt_is_the_videos_track(site, admin_client, client, tmp_path):
    response = admin_client.post(
        add_url(site), form(site, small_mp4(tmp_path, 2), CAPTIONS)
    )

    assert response.status_code == 302
    page = VideoPage.objects.get(slug="gua-sha-slowly")
    html = client.get(page.url).content.decode()
    assert (
        f'<track kind="captions" srclang="en" label="English" src="{page.url}captions/"'
        in html
    )
    served = client.get(page.url + "captions/")
    assert served["Content-Type"].startswith("text/vtt")
    assert served.content.decode() == CAPTIONS
    assert "Glide it slowly upwards." in html


def test_an_empty_duration_is_read_from_the_video_file(site, admin_client, tmp_path):
    response = admin_client.post(
        add_url(site), form(site, small_mp4(tmp_path, 3), CAPTIONS, duration="")
    )

    assert response.status_code == 302
    page = VideoPage.objects.get(slug="gua-sha-slowly")
    assert page.duration == 3
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert 'name="duration" value="3"' in edit.content.decode()


def test_a_typed_duration_is_kept(site, admin_client, tmp_path):
    admin_client.post(
        add_url(site), form(site, small_mp4(tmp_path, 3), CAPTIONS, duration="95")
    )

    assert VideoPage.objects.get(slug="gua-sha-slowly").duration == 95
