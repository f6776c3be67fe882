"""Demo content for skintruth.

Pure data: topics, contributors and articles used to populate a fresh
installation with believable, original sample content. All brand names
are invented. Health-related statements are deliberately hedged.
"""

TOPICS = [
    {
        "slug": "devices",
        "name": "Devices",
        "description": "Hands-on, long-term testing of the gadgets that promise clinic results at home.",
    },
    {
        "slug": "anti-aging",
        "name": "Anti-Aging",
        "description": "What helps skin age well, what probably doesn't, and how to tell the difference.",
    },
    {
        "slug": "sun-care",
        "name": "Sun Care",
        "description": "Sunscreen filters, textures and habits for protecting your skin every single day.",
    },
    {
        "slug": "ingredients",
        "name": "Ingredients",
        "description": "Plain-language explainers on the actives behind the labels and the evidence behind the claims.",
    },
    {
        "slug": "sensitive-skin",
        "name": "Sensitive Skin",
        "description": "Gentle approaches for reactive, easily irritated and barrier-stressed skin.",
    },
    {
        "slug": "routines",
        "name": "Routines",
        "description": "How to put products together, in what order, and when less really is more.",
    },
]

CONTRIBUTORS = [
    {
        "slug": "marta-lindqvist",
        "name": "Marta Lindqvist",
        "role": "Founder & Editor",
        "bio": (
            "Marta started skintruth after years of reading product claims that didn't survive contact "
            "with her own bathroom mirror. She has been testing skincare and beauty devices for more than "
            "a decade and is happiest reading the small print on an ingredients list. She edits every "
            "review we publish and still answers reader emails herself."
        ),
        "color": "#b5838d",
    },
    {
        "slug": "priya-raman",
        "name": "Priya Raman",
        "role": "Ingredients Editor",
        "bio": (
            "Priya worked in cosmetic formulation before moving into writing, and she has a habit of "
            "turning a product over to read the label before she has even opened it. She covers actives, "
            "formulation and the gap between what a study found and what a press release says it found."
        ),
        "color": "#6d597a",
    },
    {
        "slug": "theo-marchetti",
        "name": "Theo Marchetti",
        "role": "Devices Editor",
        "bio": (
            "Theo reviews the gadgets: LED masks, microcurrent tools, cleansing brushes and whatever arrives "
            "next in a box with a charging cable. He tests everything for at least six weeks. He is "
            "cheerfully unbothered by looking ridiculous in the name of research."
        ),
        "color": "#457b9d",
    },
    {
        "slug": "ines-okafor",
        "name": "Ines Okafor",
        "role": "Sensitive Skin Columnist",
        "bio": (
            "Ines has lived with reactive, flush-prone skin since her teens, which has made her an expert "
            "in patch testing and a connoisseur of fragrance-free moisturisers. Her column focuses on gentle "
            "routines, sun care and what to do when your skin decides it has had enough."
        ),
        "color": "#8a9a5b",
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "at-home-microcurrent-devices-guide",
        "title": "The Truth About At-Home Microcurrent",
        "standfirst": (
            "Handheld microcurrent devices promise a lifted, better-rested face in ten minutes a day. "
            "After a year of testing, here is what they can realistically do, and what they can't."
        ),
        "reviewer": "marta-lindqvist",
        "topics": ["devices", "anti-aging"],
        "published": "2026-10-14",
        "body": [
            (
                "paragraph",
                "<p>Not so long ago, microcurrent was something you booked with a facialist: you lay back for "
                "an hour, listened to soft music and paid accordingly. Today there are handheld versions on "
                "bathroom shelves everywhere, promising lifted cheekbones and a sharper jaw somewhere between "
                "brushing your teeth and checking your email. I have spent the better part of a year using "
                "several of them, quizzing estheticians and reading what research exists. Here is what I think "
                "you should know before you spend your money.</p>",
            ),
            ("heading", "Microcurrent and injectables pull in opposite directions"),
            (
                "paragraph",
                "<p>Neurotoxin injections work by quieting the nerve signals that tell certain facial muscles "
                "to contract. Fewer contractions mean softer expression lines, which is why the approach is so "
                "popular for the forehead and around the eyes. The trade-off, at least in theory, is that a "
                "muscle asked to do less over a long period may lose a little of its bulk, and some people find "
                "that years of repeat treatment leave certain areas looking flatter than they would like.</p>",
            ),
            (
                "paragraph",
                "<p>Microcurrent takes the opposite tack. Rather than switching muscles off, it gives them a "
                "gentle, repeated nudge. The idea is that well-toned facial muscles sit a touch higher and give "
                "the skin above them better support. It is <b>not</b> a substitute for an injectable, and nobody "
                "honest would sell it as one, but it appeals to people who would rather work with the way their "
                "face moves than against it.</p>",
            ),
            ("heading", "How does microcurrent work?"),
            (
                "paragraph",
                "<p>Your body already runs on electricity. Nerves fire, muscles contract and cells shuttle "
                "charged particles across their membranes all day long. A microcurrent device delivers a very "
                "low-level current, measured in millionths of an amp, through two contact points that glide across the skin. Most people notice nothing more "
                "than a faint tingle, and occasionally a metallic taste when the probes pass close to a "
                "filling.</p>",
            ),
            (
                "paragraph",
                "<p>Enthusiasts describe two things happening. First, the current is thought to stimulate the "
                "muscle fibres it passes over, which, with repetition, may leave them slightly firmer. Second, "
                "some laboratory work has suggested that low-level current can influence how cells produce "
                "energy, which is where you will see claims about collagen. That second part is where the "
                "evidence thins out, and I would treat it as a hopeful hypothesis rather than a settled "
                "fact.</p>",
            ),
            (
                "paragraph",
                "<p>What matters in practice is conductivity. The current needs a water-based gel to travel "
                "through; on dry skin it simply doesn't reach where it should. That is why every device ships "
                "with a conductive gel, and why skimping on it is the most common reason people decide their "
                "new gadget <i>does nothing</i>.</p>",
            ),
            ("heading", "What can microcurrent do for you?"),
            (
                "paragraph",
                "<p>Used consistently and with realistic expectations, this is what regular users, myself "
                "included, tend to report:</p>",
            ),
            (
                "bullets",
                [
                    "A temporarily lifted look around the brows and cheekbones, most visible in the hours after a session",
                    "A slightly crisper jawline after several weeks of steady use",
                    "Less morning puffiness, perhaps because the gliding motion helps fluid move along",
                    "Skin that looks fresher and more awake, though this is hard to separate from the massage itself",
                    "A calm ten-minute ritual that many people find genuinely relaxing",
                ],
            ),
            (
                "paragraph",
                "<p>A word on the research. Much of what has been published on facial microcurrent is small, "
                "short and sometimes funded by the companies selling the machines, and the methods vary so "
                "widely that comparing one study with another is difficult. Some findings look encouraging, "
                "particularly for muscle tone, but I haven't seen anything robust enough to promise you a "
                "particular result. If a brand quotes a dramatic percentage, ask how many people were studied, "
                "for how long and who paid. My honest summary: plausible, low-risk and modest.</p>",
            ),
            ("heading", "Dos and don'ts"),
            (
                "paragraph",
                "<p>Results fade when you stop, much as fitness does when you stop going to the gym. Think of "
                "microcurrent as maintenance rather than a one-off fix. Most home routines suggest five to ten "
                "minutes a day, five days a week, for the first couple of months, then a few sessions a week "
                "after that to hold on to whatever you have gained.</p>",
            ),
            (
                "paragraph",
                "<p>For most people it is a low-risk habit, but not for everyone. If you have a pacemaker or "
                "another implanted electronic device, have epilepsy or are pregnant, skip it unless your doctor "
                "tells you otherwise. It is also sensible to leave a couple of weeks after injectables or filler "
                "before running current over the treated areas, and to check with whoever treated you.</p>",
            ),
            (
                "bullets",
                [
                    "Do apply a generous, even layer of conductive gel and top it up as it dries",
                    "Do move slowly and upward, pausing for a few seconds at the end of each stroke",
                    "Do take a photo in the same light every fortnight so you can judge progress fairly",
                    "Don't use it over broken skin, active breakouts or irritation",
                    "Don't expect a week of home use to rival a course of professional treatments",
                ],
            ),
            (
                "paragraph",
                "<p>So, would I recommend it? For someone curious, patient and happy to build a daily habit, "
                "yes, with the caveat that you are buying a gentle lift, not a new face.</p>",
            ),
            (
                "quote",
                {
                    "text": "The best microcurrent routine is the one you will actually keep doing. A brilliant device that lives in a drawer does nothing for anyone.",
                    "attribution": "Helena Varga, licensed esthetician",
                },
            ),
            (
                "image",
                {
                    "caption": "One of the handheld microcurrent devices from our year of testing, with its conductive gel.",
                    "alt": "A small silver two-pronged facial device resting beside an open jar of clear gel on a folded linen towel.",
                    "color": "#a3b18a",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "vitamin-c-serum-review",
        "title": "We Tested Five Vitamin C Serums So You Don't Have To",
        "standfirst": (
            "Vitamin C is one of skincare's best-studied antioxidants, but formulas vary wildly. "
            "Here's what separated the serums we'd repurchase from the ones that turned orange in a fortnight."
        ),
        "reviewer": "priya-raman",
        "topics": ["ingredients", "anti-aging"],
        "published": "2025-01-22",
        "body": [
            (
                "paragraph",
                "<p>Few ingredients have a fan club as loyal as vitamin C. It's prized for helping to brighten a "
                "dull complexion, soften the look of uneven tone and, alongside daily sunscreen, offer some extra "
                "defence against environmental stress. The catch is that pure ascorbic acid is notoriously fussy: "
                "it dislikes light, air and a high pH, and it can go from clear to orange to pointless faster than "
                "you can finish the bottle.</p>",
            ),
            (
                "paragraph",
                "<p>Over eight weeks, I rotated five serums from independent brands across my own face and those "
                "of two colleagues with very different skin types. Here's how they fared.</p>",
            ),
            ("heading", "What we looked for"),
            (
                "bullets",
                [
                    "Opaque, airless or dark glass packaging that limits light and oxygen",
                    "A clearly stated form and percentage of vitamin C",
                    "A texture that layers well under moisturiser and sunscreen",
                    "Minimal stinging on drier or more reactive skin",
                    "How long the serum stayed pale before discolouring",
                ],
            ),
            ("heading", "The standouts"),
            (
                "paragraph",
                "<p>Our favourite was <b>Lumenra Bright Dose 15</b>, a lightweight ascorbic acid serum in an "
                "airless pump. It stayed pale for the whole test, sank in within seconds and left a subtle glow "
                "that two of us noticed by week four. The gentlest option was <b>Verdant Lab C-Derivative "
                "Fluid</b>, which relies on a more stable vitamin C derivative. Its results were slower and "
                "subtler, but it never stung, which makes it a sensible first step for sensitive skin.</p>",
            ),
            (
                "paragraph",
                "<p>The disappointments had something in common: clear glass dropper bottles. Two of them had "
                "turned a telling shade of amber within three weeks. A darker serum isn't dangerous, but it is a "
                "sign the active ingredient is breaking down, so you're paying for less and less of it with "
                "every drop.</p>",
            ),
            (
                "quote",
                {
                    "text": "If your vitamin C serum smells faintly metallic and looks like weak tea, it's time to let it go.",
                    "attribution": "Priya Raman, Ingredients Editor",
                },
            ),
            ("heading", "How to use it"),
            (
                "paragraph",
                "<p>Apply a few drops to clean skin in the morning, give it a moment to settle, then follow with "
                "moisturiser and a broad-spectrum sunscreen. Store the bottle somewhere cool and dark, and buy a "
                "smaller size if you get through it slowly. A mild tingle is common with stronger formulas; "
                "ongoing burning or redness isn't, and is your cue to stop or switch to a gentler "
                "derivative.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "retinol-for-beginners",
        "title": "Retinol for Beginners: A Slow-and-Steady Guide",
        "standfirst": (
            "Retinol has earned its reputation, but starting too fast is the surest way to give up on it. "
            "Here's how to ease in without the flaking and frustration."
        ),
        "reviewer": "priya-raman",
        "topics": ["ingredients", "anti-aging", "routines"],
        "published": "2025-03-05",
        "body": [
            (
                "paragraph",
                "<p>Ask a room of skincare enthusiasts which single ingredient they'd keep, and retinol will come "
                "up again and again. It's a form of vitamin A that, over months of use, is associated with "
                "smoother texture, softer fine lines and more even tone. It is also the ingredient most likely to "
                "leave a first-timer red, tight and convinced they've ruined their face.</p>",
            ),
            (
                "paragraph",
                "<p>The good news is that most of that early irritation is avoidable. It usually comes from doing "
                "too much, too soon.</p>",
            ),
            ("heading", "Start low, go slow"),
            (
                "paragraph",
                "<p>Begin with a gentle, low-strength formula two nights a week. After a fortnight without "
                "trouble, add a third night. Keep building gradually until you reach every other night, or "
                "nightly if your skin is happy there. There's no prize for getting there quickly, and plenty of "
                "people do beautifully on three nights a week indefinitely.</p>",
            ),
            (
                "bullets",
                [
                    "Apply a pea-sized amount for the whole face to completely dry skin",
                    "Avoid the corners of the nose, mouth and eyes at first",
                    "Follow with a plain, fragrance-free moisturiser",
                    "Wear sunscreen every morning, without exception",
                    "Pause exfoliating acids while your skin adjusts",
                ],
            ),
            ("heading", "The sandwich trick"),
            (
                "paragraph",
                "<p>If your skin is dry or easily irritated, try a thin layer of moisturiser, then your retinol, "
                "then another layer of moisturiser. It may soften the effect slightly, but it makes the "
                "adjustment period far more comfortable, and a retinol you can tolerate beats a stronger one you "
                "abandon after a week.</p>",
            ),
            ("heading", "What to expect, and when"),
            (
                "paragraph",
                "<p>Some mild dryness or flaking in the first few weeks is common. Visible changes to texture "
                "tend to take around three months, and more meaningful changes often take longer still. If "
                "you're pregnant, trying to conceive or breastfeeding, talk to your doctor before using any "
                "retinoid, and stop if you develop persistent burning or swelling.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "mineral-vs-chemical-sunscreen",
        "title": "Mineral vs Chemical Sunscreen: Which Should You Choose?",
        "standfirst": (
            "Both kinds can protect your skin well. The right one is mostly a question of texture, skin type "
            "and what you'll happily wear every single day."
        ),
        "reviewer": "ines-okafor",
        "topics": ["sun-care", "sensitive-skin"],
        "published": "2025-05-19",
        "body": [
            (
                "paragraph",
                "<p>Few skincare debates get as heated as the one about sunscreen filters. Scroll long enough and "
                "you'll find people insisting that one type is pure and the other suspect, or that one works and "
                "the other doesn't. The reality is much calmer: a well-made, broad-spectrum sunscreen of either "
                "kind, applied generously and reapplied when needed, does its job.</p>",
            ),
            ("heading", "The basic difference"),
            (
                "paragraph",
                "<p><b>Mineral</b> sunscreens use zinc oxide, titanium dioxide or both. <b>Chemical</b>, "
                "sometimes called organic, sunscreens use filters that absorb ultraviolet light. The old "
                "shorthand that mineral filters only reflect while chemical ones only absorb is an "
                "oversimplification; mineral filters absorb a good share of UV too.</p>",
            ),
            ("heading", "Quick comparison"),
            (
                "bullets",
                [
                    "Mineral: often better tolerated by very reactive or freshly treated skin",
                    "Mineral: can leave a white or grey cast, especially on deeper skin tones",
                    "Chemical: usually thinner and easier to blend in invisibly",
                    "Chemical: some filters may sting around the eyes of sensitive users",
                    "Both: only as good as the amount you apply and how often you reapply",
                ],
            ),
            ("heading", "My take for sensitive skin"),
            (
                "paragraph",
                "<p>My own skin flushes easily, and I've been most comfortable with zinc-based formulas that are "
                "lightly tinted to cancel out the cast. But I know plenty of people with sensitive skin who do "
                "brilliantly with modern chemical filters and can't stand the feel of mineral ones. Patch test "
                "anything new along your jaw for a few days before committing.</p>",
            ),
            (
                "paragraph",
                "<p>Above all, don't let anyone shame you out of a formula you genuinely enjoy wearing. A "
                "sunscreen you reach for every morning will do far more for your skin than a theoretically "
                "perfect one that sits in the cupboard because it pills, stings or leaves you looking "
                "ghostly.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "led-face-masks-tested",
        "title": "LED Face Masks: Six Months of Glowing in the Dark",
        "standfirst": (
            "Light therapy masks have moved from clinics into living rooms. I wore three of them for half a "
            "year to see whether the hype holds up."
        ),
        "reviewer": "theo-marchetti",
        "topics": ["devices", "anti-aging"],
        "published": "2025-07-08",
        "body": [
            (
                "paragraph",
                "<p>There is no dignified way to wear an LED mask. You will look like an extra from a low-budget "
                "space film, and anyone who walks in on you will say so. Still, the appeal is obvious: ten quiet "
                "minutes, no needles, no downtime and the promise of calmer, smoother skin.</p>",
            ),
            ("heading", "Red, blue and near-infrared"),
            (
                "paragraph",
                "<p>Most masks offer a mix of wavelengths. <b>Red</b> light is the one tied to rejuvenation "
                "claims, <b>near-infrared</b> is often paired with it, and <b>blue</b> light is aimed at "
                "blemish-prone skin. The research looks more encouraging for some uses than others, and results "
                "from powerful clinic panels don't automatically carry over to gentler home devices.</p>",
            ),
            ("heading", "What I noticed"),
            (
                "bullets",
                [
                    "A subtle, steady reduction in redness across my cheeks by month three",
                    "Slightly smoother texture on my forehead, though nothing dramatic",
                    "No change at all in the deeper lines around my mouth",
                    "The flexible silicone mask was the only one I actually wanted to wear",
                    "Consistency mattered far more than which mask I used",
                ],
            ),
            (
                "paragraph",
                "<p>The rigid plastic mask from <b>Halcyon Skin</b> had the most LEDs but pressed on my nose and "
                "left gaps at the jaw. The flexible <b>Nordlys Flex</b> sat close to the skin everywhere and "
                "quickly became part of my evening wind-down. That comfort, more than any spec sheet, is why it "
                "got used.</p>",
            ),
            ("heading", "Before you buy"),
            (
                "paragraph",
                "<p>Wear the supplied eye protection or keep your eyes closed, check with your doctor if you take "
                "medication that makes you sensitive to light, and be wary of any brand promising clinic results "
                "in a week. Treat an LED mask as a pleasant, gentle extra on top of good basics, not a "
                "replacement for them.</p>",
            ),
            (
                "image",
                {
                    "caption": "The three LED masks from our six-month test, lined up on the studio bench.",
                    "alt": "Three white face masks, one flexible and two rigid, glowing faintly red on a grey table.",
                    "color": "#e07a5f",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "hyaluronic-acid-explained",
        "title": "Hyaluronic Acid, Explained Without the Hype",
        "standfirst": (
            "It won't turn back the clock, but hyaluronic acid is a genuinely useful hydrator when you apply "
            "it the right way."
        ),
        "reviewer": "priya-raman",
        "topics": ["ingredients", "routines"],
        "published": "2025-08-27",
        "body": [
            (
                "paragraph",
                "<p>Hyaluronic acid is one of those ingredients that sounds far more clinical than it is. It's a "
                "sugar-based molecule your body makes naturally, and in skincare it works as a humectant, "
                "something that attracts and holds on to water. You'll often hear that it can hold many times its "
                "own weight in water, which is a nice fact but not a promise about what it will do for your "
                "face.</p>",
            ),
            ("heading", "Why your serum sometimes feels tight"),
            (
                "paragraph",
                "<p>A humectant needs water to draw on. Apply hyaluronic acid to bone-dry skin in a dry, heated "
                "room and it has little to work with, which is why some people find it leaves their face feeling "
                "oddly taut. The fix is simple: apply it to damp skin and seal it in with a moisturiser.</p>",
            ),
            ("heading", "How to get the most from it"),
            (
                "bullets",
                [
                    "Pat it onto skin that's still slightly damp from cleansing or a mist",
                    "Follow straight away with a cream or lotion to hold the hydration in",
                    "Look for formulas that combine more than one molecular size",
                    "Use it morning, evening or both; it gets along with almost everything",
                    "Don't pay extra for a high percentage, as more isn't necessarily better",
                ],
            ),
            ("heading", "Is it worth it?"),
            (
                "paragraph",
                "<p>For dehydrated skin, skin dealing with drying actives such as retinol, or anyone who wants a "
                "plumper-looking finish, it's a reliable, low-risk addition. Plenty of good moisturisers already "
                "contain it, though, so read your labels before adding yet another bottle. If your moisturiser "
                "lists it near the top, you may not need a separate serum at all. It is also one of the few "
                "ingredients almost everyone can use without a settling-in period.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "peptide-serums-worth-it",
        "title": "Are Peptide Serums Worth the Money?",
        "standfirst": (
            "Peptides are among the most heavily marketed ingredients in anti-aging skincare. The science is "
            "interesting, the claims often run ahead of it, and the prices can be startling."
        ),
        "reviewer": "marta-lindqvist",
        "topics": ["ingredients", "anti-aging"],
        "published": "2025-10-02",
        "body": [
            (
                "paragraph",
                "<p>Peptides are short chains of amino acids, the building blocks of proteins. In skincare they're "
                "usually described as messengers that nudge skin to behave a little more like it did when it was "
                "younger. It's an appealing story, and not a baseless one, but it's worth separating what has been "
                "shown from what has been promised.</p>",
            ),
            ("heading", "The main types you'll see"),
            (
                "bullets",
                [
                    "Signal peptides, marketed as encouraging collagen production",
                    "Carrier peptides, which help deliver trace minerals such as copper",
                    "Peptides sold as a topical alternative to injectables",
                    "Enzyme-inhibiting peptides, said to slow the breakdown of existing collagen",
                ],
            ),
            (
                "paragraph",
                "<p>That third group is where I grow most sceptical. The comparison with injections is a "
                "marketing leap: a cream resting on the surface of your skin isn't doing the same job as a "
                "treatment placed directly into a muscle.</p>",
            ),
            ("heading", "What I found after three months"),
            (
                "paragraph",
                "<p>I tested a budget peptide serum from <b>Oakmere</b> against a luxury one from <b>Maison "
                "Velle</b> that cost nearly six times as much. Both left my skin feeling smoother and "
                "well hydrated, and both played nicely with my retinol. I honestly couldn't tell them apart in "
                "photos. The expensive one had a lovelier bottle and a silkier texture, and that, as far as I "
                "could see, is what the extra money bought.</p>",
            ),
            (
                "quote",
                {
                    "text": "Peptides make a nice supporting act. I would just never cast them as the lead ahead of sunscreen and a retinoid.",
                    "attribution": "Marta Lindqvist, Founder & Editor",
                },
            ),
            (
                "paragraph",
                "<p>If you already have the basics covered and enjoy the ritual, a reasonably priced peptide serum "
                "is a pleasant addition. If money is tight, spend it on sunscreen first.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "slug": "barrier-repair-sensitive-skin",
        "title": "How to Repair a Stressed Skin Barrier",
        "standfirst": (
            "Stinging, tightness and sudden sensitivity can all point to a compromised skin barrier. "
            "The fix is usually less, not more."
        ),
        "reviewer": "ines-okafor",
        "topics": ["sensitive-skin", "routines"],
        "published": "2025-11-18",
        "body": [
            (
                "paragraph",
                "<p>If your usual moisturiser has started to sting, your cheeks feel tight by lunchtime and "
                "products you've used for years suddenly seem hostile, your skin barrier may be asking for a "
                "break. The outermost layer of skin works a little like a brick wall, with cells as the bricks and "
                "a blend of lipids as the mortar. When that mortar runs low, water escapes more easily and "
                "irritants find their way in.</p>",
            ),
            ("heading", "Common culprits"),
            (
                "bullets",
                [
                    "Over-exfoliating with acids, scrubs or both",
                    "Layering several strong actives at once",
                    "Hot water and harsh foaming cleansers",
                    "Cold wind outside and dry central heating inside",
                    "Fragranced products on already irritated skin",
                ],
            ),
            ("heading", "A four-week reset"),
            (
                "paragraph",
                "<p>Strip your routine right back. In the morning, rinse or use a gentle, non-foaming cleanser, "
                "then a simple moisturiser and sunscreen. In the evening, the same cleanser and a richer cream. "
                "That's it. Pause retinoids, acids and vitamin C until your skin feels comfortable again, which "
                "often takes a few weeks.</p>",
            ),
            (
                "paragraph",
                "<p>Look for moisturisers containing <b>ceramides</b>, <b>cholesterol</b> and <b>fatty acids</b>, "
                "which resemble the lipids in a healthy barrier, along with soothing humectants such as glycerin. "
                "And trust your skin over the reviews: if a cream stings on application, stop using it, however "
                "well loved it is online.</p>",
            ),
            (
                "quote",
                {
                    "text": "Most of the barrier emergencies I hear about were caused by enthusiasm, not neglect.",
                    "attribution": "Ines Okafor, Sensitive Skin Columnist",
                },
            ),
            ("heading", "When to get help"),
            (
                "paragraph",
                "<p>If redness, scaling or burning persists despite a pared-back routine, or you notice bumps, "
                "swelling or patches that spread, see a dermatologist or your doctor. Eczema, rosacea and contact "
                "dermatitis can all masquerade as a simple barrier problem but need a proper diagnosis.</p>",
            ),
            (
                "image",
                {
                    "caption": "A pared-back barrier routine: gentle cleanser, simple moisturiser and sunscreen.",
                    "alt": "Three plain white skincare containers, a pump bottle, a tub and a tube, arranged on a pale wooden shelf.",
                    "color": "#ccd5ae",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "slug": "gua-sha-honest-review",
        "title": "Gua Sha: A Sceptic's Honest Review",
        "standfirst": (
            "A flat stone and a few minutes of facial massage won't reshape your bone structure. "
            "But after eight weeks, I understand why people love it."
        ),
        "reviewer": "theo-marchetti",
        "topics": ["devices", "routines"],
        "published": "2026-01-13",
        "body": [
            (
                "paragraph",
                "<p>I'll admit I came to gua sha with my eyebrows raised. As a devices reviewer, I'm used to "
                "testing gadgets with circuit boards, batteries and spec sheets. A smooth piece of stone, however "
                "pretty, seemed unlikely to earn a place in my routine. Eight weeks later, it's still on my "
                "bathroom shelf.</p>",
            ),
            (
                "paragraph",
                "<p>Gua sha has roots in traditional East Asian practice, where a tool is scraped firmly across "
                "the body. The facial version popular today is much gentler: a flat tool glided over oiled skin "
                "with light pressure. It is less a treatment than a structured, hands-on form of massage, and "
                "I think it is most useful when you approach it that way.</p>",
            ),
            ("heading", "What it seemed to do"),
            (
                "bullets",
                [
                    "Noticeably less morning puffiness, especially under the eyes",
                    "A brief, healthy flush and a more awake look",
                    "Less tension in my jaw, which I tend to clench",
                    "No lasting change to the shape of my face, whatever some videos suggest",
                ],
            ),
            ("heading", "Technique matters"),
            (
                "paragraph",
                "<p>Always work on skin with enough oil or a slippery serum that the tool glides rather than "
                "drags. Hold it almost flat, use light pressure, and sweep outward and upward, finishing each "
                "stroke toward the sides of the neck. Five minutes is plenty. Wash the tool after every use.</p>",
            ),
            (
                "paragraph",
                "<p>The material matters less than the marketing suggests. I used a jade tool and a stainless "
                "steel one from <b>Kestrel Moss</b>; the steel one stayed cool for longer and was easier to clean. "
                "Skip gua sha over active breakouts, broken skin or recent cosmetic procedures, and if you bruise "
                "easily, keep the pressure feather-light.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "slug": "eye-creams-do-you-need-one",
        "title": "Do You Really Need an Eye Cream?",
        "standfirst": (
            "The skin around your eyes is thinner and more delicate, but that doesn't automatically mean it "
            "needs its own expensive jar. Here's when an eye cream earns its keep."
        ),
        "reviewer": "marta-lindqvist",
        "topics": ["anti-aging", "ingredients"],
        "published": "2026-02-24",
        "body": [
            (
                "paragraph",
                "<p>Eye creams occupy a curious corner of the beauty shelf: tiny jars, big prices and even bigger "
                "promises. The question I'm asked most often is whether they're necessary, or whether a good face "
                "moisturiser will do. My honest answer is that it depends on what you want from one.</p>",
            ),
            ("heading", "When your face cream is enough"),
            (
                "paragraph",
                "<p>If your moisturiser is fragrance-free and doesn't sting when it strays near your eyes, you can "
                "usually pat a little of it along the orbital bone and call it done. Many eye creams share very "
                "similar ingredients with face creams, just in smaller and pricier packaging.</p>",
            ),
            ("heading", "When a dedicated eye product helps"),
            (
                "bullets",
                [
                    "Your regular moisturiser or serum makes your eyes water or sting",
                    "You want a gentler retinoid formulated specifically for the eye area",
                    "You'd like a cooling applicator to help with morning puffiness",
                    "You need something that sits smoothly under concealer",
                    "Your under-eye skin is noticeably drier than the rest of your face",
                ],
            ),
            ("heading", "Managing expectations"),
            (
                "paragraph",
                "<p>No cream will erase dark circles that run in your family or the shadows cast by hollowing, and "
                "none will remove bags formed as the fat pads beneath the eyes shift with age. Caffeine formulas "
                "may briefly reduce puffiness, while steady use of sunscreen and sunglasses will likely do more "
                "for the area over time than almost anything in a jar.</p>",
            ),
            (
                "paragraph",
                "<p>However you choose, apply with your ring finger, gently, and stay on the orbital bone rather "
                "than working right up to the lash line. Products migrate as your skin warms.</p>",
            ),
            (
                "image",
                {
                    "caption": "A selection of the eye creams we compared against ordinary face moisturisers.",
                    "alt": "Five small jars and tubes of eye cream scattered on a marble surface with a metal cooling applicator.",
                    "color": "#cdb4db",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 11
    {
        "slug": "double-cleansing-guide",
        "title": "Double Cleansing: Who Needs It and How to Do It Right",
        "standfirst": (
            "Cleansing twice in one evening sounds excessive, but for anyone wearing sunscreen or makeup it "
            "can be the gentlest way to get skin properly clean."
        ),
        "reviewer": "ines-okafor",
        "topics": ["routines", "sensitive-skin"],
        "published": "2026-04-09",
        "body": [
            (
                "paragraph",
                "<p>Double cleansing simply means washing your face twice in a row: first with an oil- or "
                "balm-based cleanser, then with a gentle water-based one. The first step dissolves sunscreen, "
                "makeup and excess oil; the second lifts away whatever is left, along with sweat and city grime. "
                "Done well, it leaves skin clean without that squeaky, stripped feeling.</p>",
            ),
            ("heading", "Do you need it?"),
            (
                "paragraph",
                "<p>If you wear long-wear makeup or water-resistant sunscreen, probably yes, at least in the "
                "evening. If you spent the day at home in a light moisturiser, one gentle cleanse is usually "
                "plenty. Mornings rarely call for more than a single step, and some people manage with just "
                "water.</p>",
            ),
            ("heading", "Step by step"),
            (
                "bullets",
                [
                    "Massage a cleansing oil or balm onto dry skin for about a minute",
                    "Add a splash of lukewarm water to turn it milky",
                    "Rinse thoroughly or remove with a soft, damp cloth",
                    "Follow with a mild, low-foam cleanser and rinse again",
                    "Pat dry and carry on with the rest of your evening routine",
                ],
            ),
            (
                "paragraph",
                "<p>A quick word on that first step. Balms tend to feel richer and travel well, while oils are "
                "quicker to rinse. If you're prone to clogged pores, look for a formula that rinses away cleanly "
                "without leaving a film, and give any new cleanser a couple of weeks before deciding whether it "
                "suits you.</p>",
            ),
            ("heading", "For sensitive skin"),
            (
                "paragraph",
                "<p>Choose a fragrance-free oil and a non-foaming second cleanser, keep the water lukewarm, and "
                "skip rough cloths and flannels. If your skin feels tight afterwards, your second cleanser is "
                "probably too strong, or you may simply be someone for whom one good cleanse is enough. Listen to "
                "your skin rather than the trend.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "slug": "niacinamide-review",
        "title": "Niacinamide: The Quiet Multitasker",
        "standfirst": (
            "Niacinamide rarely makes headlines, but this form of vitamin B3 is one of the most versatile and "
            "well-tolerated ingredients around, provided you don't chase the highest percentage."
        ),
        "reviewer": "priya-raman",
        "topics": ["ingredients", "sensitive-skin"],
        "published": "2026-05-21",
        "body": [
            (
                "paragraph",
                "<p>If vitamin C and retinol are the headline acts of skincare, niacinamide is the dependable "
                "session musician: present on countless formulas, rarely the star, and quietly making everything "
                "sound better. It's a form of vitamin B3 that has been studied for a range of concerns, and it "
                "tends to get along with other ingredients.</p>",
            ),
            ("heading", "What it may help with"),
            (
                "bullets",
                [
                    "Supporting the skin barrier and reducing moisture loss",
                    "Softening the look of redness and uneven tone",
                    "Helping skin look less shiny through the day",
                    "Making enlarged-looking pores a little less obvious",
                    "Improving overall smoothness with regular use",
                ],
            ),
            (
                "paragraph",
                "<p>In our own testing, the formulas we liked best were the unshowy ones: a lightweight serum from "
                "<b>Verdant Lab</b> and a plain gel moisturiser from <b>Oakmere</b>, both pairing niacinamide with "
                "soothing humectants. Neither promised miracles, and both left skin looking a little calmer and "
                "more even after several weeks.</p>",
            ),
            ("heading", "Why more isn't better"),
            (
                "paragraph",
                "<p>There has been something of a race toward ever higher concentrations, with some serums "
                "advertising very large percentages on the front of the bottle. Much of the supporting research "
                "used far more modest levels, and stronger formulas seem more likely to cause flushing or stinging "
                "in some people. For most of us, a moderate strength is a comfortable place to start.</p>",
            ),
            ("heading", "A note for sensitive skin"),
            (
                "paragraph",
                "<p>Niacinamide is generally well tolerated, which makes it popular for reactive skin, but not "
                "universally so. If you notice itching or redness, try a lower strength, or a moisturiser that "
                "includes it rather than a concentrated serum. The old worry about pairing it with vitamin C is "
                "largely outdated with modern formulas, though using them at different times of day is an easy "
                "workaround if your skin disagrees.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 13
    {
        "slug": "neck-and-decolletage-care",
        "title": "Don't Stop at the Jawline: A Guide to Neck and Chest Care",
        "standfirst": (
            "We lavish attention on our faces and then stop at the jaw. The neck and chest deserve the same "
            "basic care, starting with sunscreen."
        ),
        "reviewer": "marta-lindqvist",
        "topics": ["anti-aging", "sun-care"],
        "published": "2026-07-02",
        "body": [
            (
                "paragraph",
                "<p>Many of us have had the moment in a changing-room mirror, under unkind lighting, when we notice "
                "that our neck and chest are telling a slightly different story from our carefully tended faces. "
                "The skin there is thinner, has fewer oil glands and is exposed to daylight constantly, often with "
                "none of the protection our faces get.</p>",
            ),
            ("heading", "Why the neck shows change"),
            (
                "paragraph",
                "<p>Horizontal neck lines can be partly inherited and partly down to movement, including the hours "
                "we spend looking down at screens. Crepiness and uneven pigment on the chest are more closely tied "
                "to years of sun exposure. You can't change your genes, but you can change how you treat the area "
                "from today.</p>",
            ),
            ("heading", "Simple habits that help"),
            (
                "bullets",
                [
                    "Extend sunscreen down to your collarbones every morning",
                    "Carry your face serum and moisturiser down onto your neck",
                    "Introduce retinoids here slowly, as the skin can be more reactive",
                    "Apply products with gentle upward strokes rather than tugging",
                    "Notice your posture when you're scrolling on your phone",
                ],
            ),
            ("heading", "Are special neck creams worth it?"),
            (
                "paragraph",
                "<p>Most of the dedicated neck creams I've tried contain familiar ingredients, such as peptides, "
                "humectants and a mild retinoid, at familiar prices or higher. They're not harmful, but they're "
                "rarely essential. I'd prioritise consistent sun protection and the good basics you already use "
                "on your face. And if you notice a new or changing mark on your chest, have it checked by a "
                "professional rather than trying to treat it yourself.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your face routine doesn't end at your jaw. Keep going until you reach your collarbones.",
                    "attribution": "Marta Lindqvist, Founder & Editor",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 14
    {
        "slug": "reapplying-sunscreen-over-makeup",
        "title": "How to Reapply Sunscreen Over Makeup Without Ruining It",
        "standfirst": (
            "Reapplication is the least glamorous part of sun protection and the easiest to skip. "
            "These are the methods that actually worked for us."
        ),
        "reviewer": "ines-okafor",
        "topics": ["sun-care", "routines"],
        "published": "2026-08-18",
        "body": [
            (
                "paragraph",
                "<p>Most of us are reasonably good at putting on sunscreen in the morning. Topping it up a few "
                "hours later, halfway through the day with a full face of makeup, is another matter. Yet "
                "sunscreen wears away with sweat, touching and time, so a generous morning layer isn't the whole "
                "story on long days outdoors.</p>",
            ),
            ("heading", "Options we tried"),
            (
                "bullets",
                [
                    "Sunscreen mists, sprayed evenly from a short distance and then pressed in",
                    "Tinted sunscreen, sponged on lightly over existing makeup",
                    "Powders with SPF, useful for a top-up but hard to apply in sufficient quantity",
                    "Sunscreen sticks, handy for the nose, cheekbones and tops of the ears",
                ],
            ),
            ("heading", "What worked best"),
            (
                "paragraph",
                "<p>Our favourite approach was to blot away excess oil with a tissue, then press a tinted "
                "sunscreen over the face with a damp sponge. It refreshed makeup rather than disturbing it. Mists "
                "were the quickest option, but it's hard to judge how much you've applied, so we'd use them "
                "alongside another method rather than instead of one.</p>",
            ),
            (
                "paragraph",
                "<p>Powders deserve a special caveat. They're lovely for taking down shine, but you'd need a "
                "surprising amount to reach the protection stated on the label. Treat them as a bonus layer, not "
                "your main defence.</p>",
            ),
            ("heading", "Be realistic"),
            (
                "paragraph",
                "<p>If you spend most of the day indoors and away from windows, your morning application may well "
                "be enough. If you're outdoors, sitting by a lot of glass or exercising, reapply roughly every two "
                "hours, and sooner after swimming or heavy sweating. Hats, shade and sunglasses count too.</p>",
            ),
            (
                "paragraph",
                "<p>Whatever method you choose, keep it somewhere you'll actually see it: a stick in your bag, a "
                "mist by your keys, a spare tube in your desk drawer. The best reapplication plan is one that "
                "doesn't depend on remembering.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ 15
    {
        "slug": "facial-cleansing-brushes-review",
        "title": "Facial Cleansing Brushes: Deep Clean or Overkill?",
        "standfirst": (
            "Powered cleansing brushes promise a cleaner face than your hands can manage. For some skin types "
            "that's true; for others it's a fast track to irritation."
        ),
        "reviewer": "theo-marchetti",
        "topics": ["devices", "sensitive-skin"],
        "published": "2026-09-29",
        "body": [
            (
                "paragraph",
                "<p>Electric cleansing brushes had their big moment some years ago, faded from view, and have now "
                "returned in softer silicone forms. Over six weeks I tested three: a rotating bristle brush, a "
                "vibrating bristle brush and a silicone pad from <b>Tidewell</b>.</p>",
            ),
            ("heading", "Who might benefit"),
            (
                "bullets",
                [
                    "Oilier skin that feels congested when cleansed by hand alone",
                    "People who wear heavy, long-wear makeup every day",
                    "Anyone who enjoys a massaging, spa-like cleanse",
                ],
            ),
            ("heading", "Who should be cautious"),
            (
                "paragraph",
                "<p>If you have rosacea, eczema or very reactive skin, or you already use exfoliating acids or "
                "retinoids, a brush can tip your skin over the edge. The rotating brush left my cheeks pink after "
                "a week of daily use; it was simply too much friction for me.</p>",
            ),
            (
                "paragraph",
                "<p>The silicone pad was the clear winner for sensitive skin. It felt gentle, was easy to keep "
                "clean and never needed replacement heads. Bristle brushes hold on to water and residue, so if you "
                "use one, change the head as often as the maker suggests and let it dry fully between uses.</p>",
            ),
            (
                "paragraph",
                "<p>One surprise from testing was how much the cleanser itself mattered. A rich, creamy formula "
                "cushioned the bristles and felt far kinder than a foaming gel, which seemed to amplify the "
                "friction. If you already own a brush that feels harsh, try pairing it with a gentler cleanser "
                "before giving up on it.</p>",
            ),
            ("heading", "Our verdict"),
            (
                "paragraph",
                "<p>A cleansing brush isn't essential; clean hands and a good cleanser are enough for most people. "
                "If you're curious, choose a soft silicone device, use it a few times a week rather than daily, "
                "keep the pressure light and stop if you notice tightness or redness.</p>",
            ),
            (
                "quote",
                {
                    "text": "The cleanest-feeling face isn't always the healthiest one. Squeaky usually means stripped.",
                    "attribution": "Theo Marchetti, Devices Editor",
                },
            ),
        ],
    },
]

PRODUCT_MENTIONS = {}
