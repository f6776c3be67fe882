"""Demo reviews and guides from the project's own text in core.demo_content."""

import datetime

from skintruth.core.demo.content import ARTICLES, TOPICS
from skintruth.core.demo.images import draw_still_life, save_image
from skintruth.core.demo.shell import get_or_create_child
from skintruth.shop.demo_content import ARTICLE_PRODUCTS

from .models import ArticleIndexPage, ArticlePage, Topic

INDEX_INTRO = "Every review and guide we have published, newest first."


def load_topics() -> dict[str, Topic]:
    topics = {}
    for item in TOPICS:
        topics[item["slug"]], _ = Topic.objects.get_or_create(
            slug=item["slug"],
            defaults={"name": item["name"], "description": item["description"]},
        )
    return topics


def body_blocks(article: dict) -> list[tuple[str, object]]:
    blocks = []
    for position, (kind, value) in enumerate(article["body"]):
        if kind == "image":
            picture = draw_still_life(value["color"], f"{article['slug']}-{position}")
            image = save_image(f"{article['title']} ({position})", picture)
            value = {
                "image": image,
                "alt_text": value["alt"],
                "caption": value["caption"],
            }
        blocks.append((kind, value))
    return blocks


def load_index(home) -> ArticleIndexPage:
    return get_or_create_child(
        home,
        ArticleIndexPage,
        "reviews",
        title="Reviews",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )


def load_articles(index: ArticleIndexPage, contributors: dict) -> None:
    topics = load_topics()
    for article in ARTICLES:
        if index.get_children().filter(slug=article["slug"]).exists():
            continue
        colour = next(
            (v["color"] for kind, v in article["body"] if kind == "image"), "#c9a9a6"
        )
        cover = save_image(
            f"Cover: {article['title']}", draw_still_life(colour, article["slug"])
        )
        page = ArticlePage(
            slug=article["slug"],
            title=article["title"],
            standfirst=article["standfirst"],
            reviewer=contributors[article["reviewer"]],
            published_date=datetime.date.fromisoformat(article["published"]),
            listing_image=cover,
            body=body_blocks(article),
        )
        index.add_child(instance=page)
        page.topics.set([topics[slug] for slug in article["topics"]])
        page.save_revision().publish()


def link_products() -> None:
    """Each demo review points at its product and shows it as a card."""
    Product = ArticlePage._meta.get_field("product").related_model
    products = Product.objects.in_bulk(
        list(ARTICLE_PRODUCTS.values()), field_name="upc"
    )
    for page in ArticlePage.objects.filter(slug__in=ARTICLE_PRODUCTS, product=None):
        product = products[ARTICLE_PRODUCTS[page.slug]]
        page.product = product
        page.body.append(("product", {"product": product, "note": ""}))
        revision = page.save_revision()
        revision.publish()
