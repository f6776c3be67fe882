"""A Pillow thumbnailer for Oscar, so the shop needs no extra package."""

import hashlib
import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from oscar.core.thumbnails import AbstractThumbnailer
from PIL import Image, ImageOps

THUMBNAIL_DIR = "cache/thumbnails"


@dataclass
class Thumbnail:
    url: str
    width: int
    height: int


class PillowThumbnailer(AbstractThumbnailer):
    """Resizes (or crops with `crop`) once and keeps the result in storage."""

    def generate_thumbnail(self, source, **opts) -> Thumbnail:
        width, _, height = str(opts.get("size", "")).partition("x")
        crop = bool(opts.get("crop"))
        name = getattr(source, "name", str(source))
        key = hashlib.sha256(f"{name}|{width}x{height}|{crop}".encode()).hexdigest()
        path = f"{THUMBNAIL_DIR}/{key[:2]}/{key[2:18]}.jpg"
        size = (int(width or 0), int(height or 0))
        if not default_storage.exists(path):
            size = self._render(source, path, size, crop)
        return Thumbnail(default_storage.url(path), *size)

    def _render(self, source, path: str, size: tuple[int, int], crop: bool):
        with default_storage.open(getattr(source, "name", source)) as handle:
            picture = Image.open(handle).convert("RGB")
        target_w = size[0] or picture.width
        target_h = size[1] or picture.height
        if crop and size[0] and size[1]:
            picture = ImageOps.fit(picture, (target_w, target_h))
        else:
            picture.thumbnail((target_w, target_h))
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=82)
        default_storage.save(path, ContentFile(buffer.getvalue()))
        return picture.size

    def delete_thumbnails(self, source) -> None:
        """Thumbnails are keyed by source name; stale ones are harmless."""
