"""Demo videos: short clips drawn with ffmpeg at load time, posters with Pillow.

ffmpeg is the binary the imageio-ffmpeg wheel ships, so no system package
is needed.
"""

import datetime
import functools
import subprocess
import tempfile
from pathlib import Path

import imageio_ffmpeg
from django.core.files.base import ContentFile
from django.db.models import Q
from oscar.core.loading import get_model

from skintruth.articles.models import ArticlePage, Topic
from skintruth.core.demo.images import draw_still_life, save_image
from skintruth.core.demo.shell import get_or_create_child

from .demo_content import VIDEOS
from .models import VideoIndexPage, VideoPage

INDEX_INTRO = "How-tos and honest reviews from our contributors, on camera."
CLIP_SECONDS = 6
CUE_SECONDS = 2


def load_index(home) -> VideoIndexPage:
    return get_or_create_child(
        home,
        VideoIndexPage,
        "videos",
        title="Videos",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )


def webvtt(lines: list[str]) -> str:
    """Captions with one cue every two seconds."""
    cues = ["WEBVTT", ""]
    for number, text in enumerate(lines):
        start, end = number * CUE_SECONDS, (number + 1) * CUE_SECONDS
        cues += [f"{number + 1}", f"00:00:0{start}.000 --> 00:00:0{end}.000", text, ""]
    return "\n".join(cues)


@functools.cache
def draw_clip(colour: str) -> bytes | None:
    """A small WebM (VP8) of a square sliding across a plain ground; None if
    ffmpeg fails. Drawn once per process: a second demo reuses the bytes."""
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    scene = (
        f"color=c=0xf6e9ec:s=480x270:r=24:d={CLIP_SECONDS},"
        f"drawbox=x='40+t*55':y=95:w=80:h=80:color={colour}:t=fill"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clip.webm"
        command = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi"]
        command += ["-i", scene, "-c:v", "libvpx", "-b:v", "200k", "-an", str(path)]
        if subprocess.run(command, check=False).returncode != 0:
            return None
        return path.read_bytes()


def related_products(keywords: list[str]) -> list:
    Product = get_model("catalogue", "Product")
    match = Q()
    for word in keywords:
        match |= Q(title__icontains=word)
    return list(Product.objects.browsable().filter(match).order_by("pk")[:3])


def build_page(video: dict) -> VideoPage:
    hex_colour = "#" + video["color"][2:]
    poster = save_image(
        f"Poster: {video['title']}", draw_still_life(hex_colour, video["slug"])
    )
    return VideoPage(
        slug=video["slug"],
        title=video["title"],
        summary=video["summary"],
        poster=poster,
        captions=webvtt(video["captions"]),
        duration=CLIP_SECONDS,
        published_date=datetime.date.fromisoformat(video["published"]),
    )


def load_videos(index: VideoIndexPage, contributors: dict) -> None:
    for video in VIDEOS:
        if index.get_children().filter(slug=video["slug"]).exists():
            continue
        clip = draw_clip(video["color"])
        if clip is None:
            print(f"Videos: skipped '{video['title']}', ffmpeg could not draw it.")
            continue
        page = build_page(video)
        page.video_file.save(f"{video['slug']}.webm", ContentFile(clip), save=False)
        index.add_child(instance=page)
        page.presenters.set([contributors[slug] for slug in video["presenters"]])
        page.topics.set(Topic.objects.filter(slug__in=video["topics"]))
        page.related_articles.set(
            ArticlePage.objects.filter(slug__in=video["articles"])
        )
        page.related_products.set(related_products(video["product_keywords"]))
        page.save_revision().publish()
