"""The running site knows nothing of the demo: no person, brand, product or title
from the demo content appears in production code or templates, so a real
publication sees none of it and the demo can change without touching them."""

from pathlib import Path

from skintruth.core.demo.content import ARTICLES, CONTRIBUTORS
from skintruth.shop.demo_content import BRANDS, PRODUCTS, READERS
from skintruth.stories.demo_content import STORIES
from skintruth.videos.demo_content import VIDEOS

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ("*.py", "*.html", "*.txt")


def demo_names() -> set[str]:
    names = {person["name"] for person in CONTRIBUTORS}
    names |= {story["subject_name"] for story in STORIES}
    names |= {f"{first} {last}" for _, first, last in READERS}
    names |= set(BRANDS) | {product["title"] for product in PRODUCTS}
    names |= {item["title"] for item in [*ARTICLES, *STORIES, *VIDEOS]}
    return names


def is_production(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    return not (
        {"tests", "migrations"} & set(parts)  # a merged migration is history
        or path.name.startswith("demo")
        or parts[:3] == ("skintruth", "core", "demo")
        or parts[:2] == ("skintruth", "demo")
    )


def production_files() -> list[Path]:
    found = []
    for folder in ("skintruth", "deploy"):
        for pattern in SOURCES:
            found += (ROOT / folder).rglob(pattern)
    return [path for path in found if is_production(path)]


def test_production_code_names_no_demo_person_brand_or_product():
    names = demo_names()
    files = production_files()
    assert len(names) > 40 and len(files) > 100  # the lists were really read

    mentions = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in names
        if name in path.read_text(encoding="utf-8")
    ]

    assert mentions == []


def test_no_page_or_email_sends_staff_to_the_demo_loader():
    templates = [path for path in production_files() if path.suffix != ".py"]

    mentions = [
        str(path.relative_to(ROOT))
        for path in templates
        if "load_demo" in path.read_text(encoding="utf-8")
    ]

    assert mentions == []
