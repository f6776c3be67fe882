"""Demo Five Best lists, built from whatever products the shop demo loaded."""

from django.db.models import Q
from oscar.core.loading import get_model

from skintruth.articles.models import ArticlePage
from skintruth.core.demo import get_or_create_child

from .models import (
    PICKS_PER_LIST,
    FiveBestIndexPage,
    FiveBestListPage,
    FiveBestPick,
    SkinConcern,
)

INDEX_INTRO = (
    "For each skin concern, the five products we would buy again with our own "
    "money, ranked, with the reason each one earned its place."
)

CONCERNS = [
    # slug, name, description, keywords in products we look for, picker slugs
    {
        "slug": "wrinkles",
        "name": "Wrinkles",
        "description": "Fine lines and deeper creases, from forehead to crow's feet.",
        "keywords": ["retinol", "retinal", "peptide", "night", "serum"],
        "pickers": ["marta-lindqvist", "priya-raman"],
    },
    {
        "slug": "sagging",
        "name": "Sagging",
        "description": "Softening jawlines and lids as skin loses its spring.",
        "keywords": ["microcurrent", "firming", "lift", "device", "peptide"],
        "pickers": ["theo-marchetti", "marta-lindqvist"],
    },
    {
        "slug": "dark-spots",
        "name": "Dark spots",
        "description": "Sun spots, marks left by breakouts and uneven tone.",
        "keywords": ["vitamin c", "brighten", "spf", "sunscreen", "niacinamide"],
        "pickers": ["priya-raman", "ines-okafor"],
    },
    {
        "slug": "dryness",
        "name": "Dryness",
        "description": "Tight, flaky or dull skin that drinks up moisturiser.",
        "keywords": ["hyaluronic", "cream", "moistur", "balm", "oil"],
        "pickers": ["ines-okafor", "priya-raman"],
    },
    {
        "slug": "sensitive-skin",
        "name": "Sensitive skin",
        "description": "Skin that stings, flushes or reacts to almost everything.",
        "keywords": ["barrier", "gentle", "calm", "mineral", "fragrance-free"],
        "pickers": ["ines-okafor", "theo-marchetti"],
    },
    {
        "slug": "dull-skin",
        "name": "Dull skin",
        "description": "A tired, grey cast that makeup alone will not fix.",
        "keywords": ["glow", "exfoli", "acid", "led", "vitamin c"],
        "pickers": ["marta-lindqvist", "theo-marchetti"],
    },
]

REASONS = [
    "Our first choice: it did what the label promised on every tester, and it "
    "was the one we kept reaching for once the test was over.",
    "A close second. It works nearly as well as our winner and suits people who "
    "find the first pick too strong or too rich.",
    "The best value in the list: a plain formula that does one thing properly "
    "for a fair price.",
    "The gentle option. Choose this one if your skin complains easily; results "
    "come more slowly but they come.",
    "Worth a look if the others are sold out. Good, not remarkable, and "
    "pleasant enough to use every day.",
]

# Words in a product that point to the demo article that reviews its kind.
REVIEW_KEYWORDS = {
    "microcurrent": "at-home-microcurrent-devices-guide",
    "vitamin c": "vitamin-c-serum-review",
    "retinol": "retinol-for-beginners",
    "sunscreen": "mineral-vs-chemical-sunscreen",
    "spf": "mineral-vs-chemical-sunscreen",
    "led": "led-face-masks-tested",
    "hyaluronic": "hyaluronic-acid-explained",
    "peptide": "peptide-serums-worth-it",
    "barrier": "barrier-repair-sensitive-skin",
    "gua sha": "gua-sha-honest-review",
    "eye cream": "eye-creams-do-you-need-one",
}


def load_index(home) -> FiveBestIndexPage:
    return get_or_create_child(
        home,
        FiveBestIndexPage,
        "five-best",
        title="Five Best",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )


def choose_products(keywords: list[str], count: int = PICKS_PER_LIST) -> list:
    """Products matching the keywords first, then any others, by id."""
    Product = get_model("catalogue", "Product")
    products = Product.objects.browsable().order_by("pk")
    match = Q()
    for word in keywords:
        match |= Q(title__icontains=word) | Q(description__icontains=word)
    chosen = list(products.filter(match)[:count])
    if len(chosen) < count:
        chosen += list(
            products.exclude(pk__in=[p.pk for p in chosen])[: count - len(chosen)]
        )
    return chosen


def review_for(product, reviews: dict[str, ArticlePage]) -> ArticlePage | None:
    text = f"{product.title} {product.description}".lower()
    for word, slug in REVIEW_KEYWORDS.items():
        if word in text and slug in reviews:
            return reviews[slug]
    return None


def load_lists(index: FiveBestIndexPage, contributors: dict) -> None:
    reviews = {page.slug: page for page in ArticlePage.objects.live()}
    for item in CONCERNS:
        concern, _ = SkinConcern.objects.get_or_create(
            slug=item["slug"],
            defaults={"name": item["name"], "description": item["description"]},
        )
        slug = f"best-for-{item['slug']}"
        if index.get_children().filter(slug=slug).exists():
            continue
        products = choose_products(item["keywords"])
        if len(products) < PICKS_PER_LIST:
            print(f"Five Best: skipped '{item['name']}', fewer than 5 products.")
            continue
        page = FiveBestListPage(
            slug=slug,
            title=f"Five Best for {item['name'].lower()}",
            concern=concern,
            intro=(
                f"{item['description']} We tested what readers asked about most "
                "for at least six weeks each; these five earned their place."
            ),
        )
        for rank, product in enumerate(products):
            pickers = item["pickers"]
            page.picks.add(
                FiveBestPick(
                    product=product,
                    reason=REASONS[rank],
                    picked_by=contributors[pickers[rank % len(pickers)]],
                    review=review_for(product, reviews),
                    sort_order=rank,
                )
            )
        index.add_child(instance=page)
        page.save_revision().publish()
