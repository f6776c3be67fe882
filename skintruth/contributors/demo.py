"""Demo contributors: four reviewers with drawn portraits."""

from skintruth.core.demo.content import CONTRIBUTORS
from skintruth.core.demo.images import draw_portrait, save_image
from skintruth.core.demo.shell import get_or_create_child

from .models import ContributorIndexPage, ContributorPage

DIRECTORY_INTRO = (
    "skintruth is written by a small team of reviewers who test products for weeks "
    "before they say a word about them. Meet them here."
)


def load(home) -> dict[str, ContributorPage]:
    directory = get_or_create_child(
        home,
        ContributorIndexPage,
        "contributors",
        title="Contributors",
        intro=DIRECTORY_INTRO,
        show_in_menus=True,
    )
    people = {}
    for person in CONTRIBUTORS:
        initials = "".join(part[0] for part in person["name"].split())
        photo = save_image(
            f"Portrait: {person['name']}", draw_portrait(person["color"], initials)
        )
        people[person["slug"]] = get_or_create_child(
            directory,
            ContributorPage,
            person["slug"],
            title=person["name"],
            role=person["role"],
            bio=person["bio"],
            photo=photo,
            email=f"{person['slug']}@skintruth.test",
        )
    return people
