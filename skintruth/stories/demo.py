"""Demo Be Inspired stories with drawn portraits."""

import datetime

from skintruth.core.demo.images import draw_portrait, save_image
from skintruth.core.demo.shell import get_or_create_child

from .demo_content import STORIES
from .models import StoryIndexPage, StoryPage

INDEX_INTRO = (
    "Profiles and essays from people who are aging on their own terms, "
    "in their own words."
)


def load_index(home) -> StoryIndexPage:
    return get_or_create_child(
        home,
        StoryIndexPage,
        "be-inspired",
        title="Be Inspired",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )


def load_stories(index: StoryIndexPage, contributors: dict) -> None:
    for story in STORIES:
        if index.get_children().filter(slug=story["slug"]).exists():
            continue
        initials = "".join(part[0] for part in story["subject_name"].split()[:2])
        portrait = save_image(
            f"Portrait: {story['subject_name']}",
            draw_portrait(story["color"], initials),
        )
        page = StoryPage(
            slug=story["slug"],
            title=story["title"],
            kind=story["kind"],
            subject_name=story["subject_name"],
            subject_description=story["subject_description"],
            standfirst=story["standfirst"],
            portrait=portrait,
            portrait_alt=f"A drawn portrait standing in for {story['subject_name']}.",
            pull_quote=story["pull_quote"],
            author=contributors[story["author"]],
            published_date=datetime.date.fromisoformat(story["published"]),
            body=[("paragraph", f"<p>{text}</p>") for text in story["body"]],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
