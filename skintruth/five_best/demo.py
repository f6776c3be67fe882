"""Demo Five Best lists: five shop products per concern, each with its own reason."""

from oscar.core.loading import get_model

from skintruth.articles.models import ArticlePage
from skintruth.core.demo.shell import get_or_create_child

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
    # slug, name, description, picker slugs, and the five picks best first:
    # (the product's UPC in the shop demo, why it earned that place)
    {
        "slug": "wrinkles",
        "name": "Wrinkles",
        "description": "Fine lines and deeper creases, from forehead to crow's feet.",
        "pickers": ["marta-lindqvist", "priya-raman"],
        "picks": [
            (
                "ST-0007",
                "Retinaldehyde works faster than retinol at a strength most skin "
                "tolerates: after twelve weeks our testers' crow's feet were "
                "visibly softer, and the squalane base kept peeling to a minimum.",
            ),
            (
                "ST-0005",
                "For anyone who cannot use a retinoid. Five signalling peptides "
                "smoothed forehead lines more modestly than our winner, without a "
                "single tester reporting a sting.",
            ),
            (
                "ST-0014",
                "The only eye cream that changed the lines under our testers' eyes: "
                "peptides for the lines, a little niacinamide for the dryness that "
                "makes them look deeper.",
            ),
            (
                "ST-0004",
                "Less a wrinkle treatment than a daily shield: vitamin C with "
                "vitamin E and ferulic acid protects the collagen you still have. "
                "Morning for this, night for the retinal.",
            ),
            (
                "ST-0011",
                "Dry skin makes every line look deeper. This shea and squalane "
                "cream was the night moisturiser we paired with the retinal, and "
                "fine lines looked plumped out by morning.",
            ),
        ],
    },
    {
        "slug": "sagging",
        "name": "Sagging",
        "description": "Softening jawlines and lids as skin loses its spring.",
        "pickers": ["theo-marchetti", "marta-lindqvist"],
        "picks": [
            (
                "ST-0001",
                "The one device that gave a lift we could measure along the jaw in "
                "our twelve-week test, for testers who did the five-minute routine "
                "on both sides most days.",
            ),
            (
                "ST-0023",
                "Not optional with a microcurrent wand: it stays wet for the whole "
                "routine, so the current reaches the skin evenly instead of "
                "skipping where the gel has dried.",
            ),
            (
                "ST-0002",
                "Red and near-infrared light at 630 and 830 nm. With ten-minute "
                "sessions several times a week, cheeks looked firmer: slowly, but "
                "steadily.",
            ),
            (
                "ST-0005",
                "Peptides that support firmness without the irritation of acids; "
                "the serum for the days you skip the device.",
            ),
            (
                "ST-0003",
                "It lifts nothing for good, but the notched edge drains morning "
                "puffiness along the jaw and leaves the jawline sharper for a few "
                "hours, for the price of a lunch.",
            ),
        ],
    },
    {
        "slug": "dark-spots",
        "name": "Dark spots",
        "description": "Sun spots, marks left by breakouts and uneven tone.",
        "pickers": ["priya-raman", "ines-okafor"],
        "picks": [
            (
                "ST-0016",
                "Spots fade only once the sun stops darkening them again: zinc "
                "oxide at SPF 50, broad spectrum, with the faintest cast of the "
                "mineral filters we tried.",
            ),
            (
                "ST-0004",
                "Fifteen per cent L-ascorbic acid at pH 3.2, the form and acidity "
                "the evidence backs for fading marks; the airless amber pump kept "
                "it from turning orange before the bottle was empty.",
            ),
            (
                "ST-0008",
                "Niacinamide slows the pigment that reaches the surface. At ten per "
                "cent it evened post-breakout marks in about two months, and it "
                "sits under sunscreen without pilling.",
            ),
            (
                "ST-0018",
                "The iron oxides in the tint block visible light, which darkens "
                "melasma that UV filters alone let through: the pick for spots "
                "that return every summer.",
            ),
            (
                "ST-0017",
                "For people who will not wear a white cast: a light chemical "
                "fluid that vanishes under make-up, so it gets worn every morning.",
            ),
        ],
    },
    {
        "slug": "dryness",
        "name": "Dryness",
        "description": "Tight, flaky or dull skin that drinks up moisturiser.",
        "pickers": ["ines-okafor", "priya-raman"],
        "picks": [
            (
                "ST-0009",
                "Ceramides, cholesterol and fatty acids in the proportions skin "
                "makes itself. It mended tight, flaky cheeks faster than any of "
                "the richer creams.",
            ),
            (
                "ST-0006",
                "Three sizes of hyaluronic acid hold water at different depths. "
                "Pressed into damp skin under a cream, it ended the tight feeling "
                "within days.",
            ),
            (
                "ST-0011",
                "For very dry skin in winter: dense shea and squalane that stay "
                "put all night. Too heavy for daytime or oily skin, as the label "
                "honestly says.",
            ),
            (
                "ST-0012",
                "The daytime answer: plant squalane in a whipped texture that "
                "feels like nothing, yet kept our testers comfortable until "
                "evening.",
            ),
            (
                "ST-0021",
                "Dryness often starts at the sink. Colloidal oat in a creamy "
                "cleanser leaves skin soft rather than squeaky.",
            ),
        ],
    },
    {
        "slug": "sensitive-skin",
        "name": "Sensitive skin",
        "description": "Skin that stings, flushes or reacts to almost everything.",
        "pickers": ["ines-okafor", "theo-marchetti"],
        "picks": [
            (
                "ST-0009",
                "Reactive skin is usually a leaky barrier. Rebuilding it with the "
                "lipids skin is made of calmed the stinging for most of our "
                "sensitive testers within two weeks.",
            ),
            (
                "ST-0021",
                "Colloidal oat soothes while it cleans; the only cleanser after "
                "which none of our reactive-skin testers flushed.",
            ),
            (
                "ST-0016",
                "Zinc oxide sits on the skin instead of soaking in, which makes it "
                "the filter least likely to sting, and there is no fragrance.",
            ),
            (
                "ST-0005",
                "Firming without acids, retinoids or perfume: the anti-ageing "
                "serum to try when everything else has turned you red.",
            ),
            (
                "ST-0013",
                "Eyelids are often the touchiest skin on the face. This cooling "
                "caffeine gel is fragrance-free and eased morning puffiness "
                "without making eyes water.",
            ),
        ],
    },
    {
        "slug": "dull-skin",
        "name": "Dull skin",
        "description": "A tired, grey cast that makeup alone will not fix.",
        "pickers": ["marta-lindqvist", "theo-marchetti"],
        "picks": [
            (
                "ST-0004",
                "The quickest glow in the test: after a fortnight of morning use "
                "skin looked brighter and more even, long before any spot had "
                "time to fade.",
            ),
            (
                "ST-0002",
                "Ten minutes under red light and testers looked rested that day; "
                "smoother texture followed after about a month of regular "
                "sessions.",
            ),
            (
                "ST-0007",
                "Retinal speeds up cell turnover, so the grey surface layer sheds "
                "sooner. Start twice a week and build up.",
            ),
            (
                "ST-0020",
                "Dull skin is often skin still wearing yesterday's sunscreen. This "
                "balm melts off make-up and SPF and rinses clean.",
            ),
            (
                "ST-0015",
                "A ten-minute fix rather than a treatment: hydrogel patches with "
                "aloe and cucumber water that make a tired face look awake before "
                "a morning meeting.",
            ),
        ],
    },
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


def chosen_products(picks: list[tuple[str, str]]) -> list[tuple]:
    """(product, reason) for each pick whose product the shop demo loaded."""
    Product = get_model("catalogue", "Product")
    products = Product.objects.browsable().in_bulk(
        [upc for upc, _ in picks], field_name="upc"
    )
    return [(products[upc], reason) for upc, reason in picks if upc in products]


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
        chosen = chosen_products(item["picks"])
        if len(chosen) < PICKS_PER_LIST:
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
        for rank, (product, reason) in enumerate(chosen):
            pickers = item["pickers"]
            page.picks.add(
                FiveBestPick(
                    product=product,
                    reason=reason,
                    picked_by=contributors[pickers[rank % len(pickers)]],
                    review=review_for(product, reviews),
                    sort_order=rank,
                )
            )
        index.add_child(instance=page)
        page.save_revision().publish()
