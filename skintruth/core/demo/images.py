"""Small demo pictures drawn at load time, so the repository ships no photos."""

import functools
import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t: float):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


@functools.cache
def draw_still_life(colour: str, seed: str, size=(1200, 750)) -> PILImage.Image:
    """A soft-focus still life of bottles and drops in the given colour."""
    rnd = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    base = _rgb(colour)
    light = _mix(base, (255, 250, 245), 0.75)
    img = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(img)
    width, height = size
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(light, base, y / height * 0.45))
    for i in range(3):
        bw = 110 + (rnd >> (i * 5)) % 90
        bh = 260 + (rnd >> (i * 7)) % 220
        x = 180 + i * 300 + (rnd >> (i * 3)) % 80
        y = height - 90 - bh
        tone = _mix(base, (40, 30, 30), 0.15 * i)
        draw.rounded_rectangle([x, y, x + bw, height - 90], radius=28, fill=tone)
        draw.rectangle(
            [x + bw // 3, y - 50, x + 2 * bw // 3, y],
            fill=_mix(tone, (20, 20, 20), 0.4),
        )
        draw.rounded_rectangle(
            [x + 14, y + bh // 3, x + bw - 14, y + bh // 3 + 70],
            radius=8,
            fill=_mix(light, (255, 255, 255), 0.6),
        )
    for i in range(6):
        r = 18 + (rnd >> (i * 4)) % 30
        cx = (rnd >> (i * 6)) % width
        cy = 80 + (rnd >> (i * 2)) % (height // 2)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_mix(base, light, 0.5))
    return img.filter(ImageFilter.GaussianBlur(1.2))


@functools.cache
def draw_portrait(colour: str, initials: str, size=(480, 480)) -> PILImage.Image:
    """A friendly silhouette on a coloured ground, standing in for a photo."""
    base = _rgb(colour)
    img = PILImage.new("RGB", size, _mix(base, (255, 255, 255), 0.55))
    draw = ImageDraw.Draw(img)
    w, h = size
    skin = _mix(base, (236, 200, 178), 0.7)
    draw.ellipse(
        [w * 0.18, h * 0.62, w * 0.82, h * 1.25], fill=_mix(base, (30, 30, 30), 0.2)
    )
    draw.ellipse([w * 0.32, h * 0.2, w * 0.68, h * 0.62], fill=skin)
    draw.chord(
        [w * 0.28, h * 0.12, w * 0.72, h * 0.5],
        180,
        360,
        fill=_mix(base, (40, 25, 20), 0.55),
    )
    draw.text((w * 0.06, h * 0.06), initials, fill=(255, 255, 255))
    return img


def save_image(title: str, picture: PILImage.Image):
    """Store a picture as a Wagtail image once; later calls return that image."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    filename = f"{hashlib.md5(title.encode()).hexdigest()[:12]}.jpg"
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image
