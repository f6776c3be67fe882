"""The demo discussion, written by the project. Days count back from DEMO_TODAY."""

import datetime

DEMO_TODAY = datetime.datetime(2026, 11, 20, 12, 0, tzinfo=datetime.UTC)
REVIEWER = "reviewer"

# (key, parent key, name, days before DEMO_TODAY, text). REVIEWER as the name
# means the article's reviewer answered, with the Reviewer badge.
MICROCURRENT = [
    (
        "dawn",
        None,
        "Dawn",
        1,
        "I just bought my first handheld device and I'm wondering whether I can use it on the back of my upper arms too. Are there places where you shouldn't use it at all? I also read that it helps sore muscles. Thank you!",
    ),
    (
        "debbie",
        None,
        "Debbie",
        27,
        "What is the difference between these new home devices and the older salon machines that made your muscles visibly twitch?",
    ),
    (
        "debbie-a",
        "debbie",
        REVIEWER,
        26,
        "Hi Debbie, the older machines often used a stronger current that made muscles contract. The home devices I tested stay at a much lower level, so you should feel at most a faint tingle and no twitching.",
    ),
    (
        "karen",
        None,
        "Karen B.",
        42,
        "Are LED masks taking over from microcurrent? My facialist seems to use LED for everything now.",
    ),
    (
        "karen-a",
        "karen",
        REVIEWER,
        41,
        "Good question, Karen. They do different jobs: LED works on the skin itself, microcurrent on the muscles underneath. Some people use both on alternate days; I wouldn't say one replaces the other.",
    ),
    (
        "leslie",
        None,
        "Leslie",
        160,
        "How close to the eyes can I go? The manual is vague and I don't want to get it wrong.",
    ),
    (
        "leslie-a",
        "leslie",
        REVIEWER,
        159,
        "Hi Leslie, keep to the brow bone and the outer corner and stay off the eyelids. The skin there is the thinnest on the body, so the current would go far deeper than you want.",
    ),
    (
        "leslie-b",
        "leslie-a",
        "Leslie",
        158,
        "Thank you Marta, that's exactly what I needed. Brow bone only from now on.",
    ),
    (
        "priyanka",
        None,
        "Priyanka",
        75,
        "Three months in, daily, five minutes a side. My jawline looks a little crisper in photos, but honestly the biggest change is that I now take ten minutes for myself every evening.",
    ),
    (
        "priyanka-r1",
        "priyanka",
        "Gemma",
        74,
        "Same here! The ritual is half the benefit. I do mine while the kettle boils.",
    ),
    (
        "priyanka-r2",
        "priyanka-r1",
        "Priyanka",
        73,
        "Ha, the kettle method. I'm stealing that.",
    ),
    (
        "ruth",
        None,
        "Ruth",
        210,
        "Does the gel really matter, or can I use my usual hyaluronic serum instead?",
    ),
    (
        "ruth-a",
        "ruth",
        REVIEWER,
        209,
        "Ruth, it matters more than anything else. Most serums are too thin and dry too quickly, so the current stops reaching the muscle. A water-based gel that stays wet for the whole session is what you need.",
    ),
    (
        "ruth-r1",
        "ruth-a",
        "Ruth",
        205,
        "Tried it with the gel this week and what a difference. I had been using it almost dry for a month.",
    ),
    ("helen", None, "Helen", 300, "I have a pacemaker. Is microcurrent safe for me?"),
    (
        "helen-a",
        "helen",
        REVIEWER,
        299,
        "Helen, please don't use any microcurrent device without talking to your cardiologist first. Every manufacturer I tested lists pacemakers as a reason not to use it.",
    ),
    (
        "joanne",
        None,
        "Joanne",
        380,
        "I bought one two years ago, used it for a week and put it in a drawer. This article has convinced me to give it another go, properly this time.",
    ),
    (
        "sam",
        None,
        "Sam",
        410,
        "Sceptical by nature, but I like that you said which claims are hopeful rather than proven. Refreshing.",
    ),
    (
        "sam-r1",
        "sam",
        "Olu",
        409,
        "Agreed. I'd rather read that than another list of miracle promises.",
    ),
    (
        "maria",
        None,
        "Maria",
        470,
        "Can I use it while pregnant? I've had mixed answers from the brands.",
    ),
    (
        "nadia",
        None,
        "Nadia",
        520,
        "Used mine before a wedding and my cheekbones definitely looked lifted for the photos. It wore off by the next morning, which is exactly what this article says will happen.",
    ),
    (
        "nadia-r1",
        "nadia",
        "Claire",
        518,
        "Good to know it works for an event. How long before the ceremony did you use it?",
    ),
    (
        "nadia-r2",
        "nadia-r1",
        "Nadia",
        517,
        "About two hours before, after my shower. Then straight into makeup.",
    ),
    (
        "tom",
        None,
        "Tom",
        560,
        "Not just for women, by the way. I use one after shaving and my partner says I look less tired.",
    ),
    (
        "yvonne",
        None,
        "Yvonne",
        600,
        "Which one would you pick for someone with rosacea? My skin reacts to almost everything.",
    ),
    (
        "yvonne-a",
        "yvonne",
        REVIEWER,
        599,
        "Yvonne, I'd start with the gentlest setting of whichever device you choose and patch test the gel on your jaw first. Microcurrent itself rarely causes redness; the gels sometimes do.",
    ),
    (
        "bea",
        None,
        "Bea",
        640,
        "The metallic taste near fillings is so strange! Glad to know it's normal.",
    ),
    (
        "lin",
        None,
        "Lin",
        660,
        "I'd love a follow-up after another year of use. Do the results keep building, or do they level off?",
    ),
    (
        "lin-r1",
        "lin",
        "Martina",
        655,
        "Seconding this. I'm eight months in and I think mine levelled off around month four.",
    ),
    (
        "gwen",
        None,
        "Gwen",
        690,
        "Bought one for my mother after reading this. She calls it her little face gym.",
    ),
    (
        "ade",
        None,
        "Adaeze",
        715,
        "Ten minutes a day is the realistic bit nobody mentions in the adverts. Thank you for being honest about the commitment.",
    ),
]

# A few comments for every other article, rotated so each reads differently.
GENERAL = [
    (
        "Fiona",
        12,
        "This is the clearest explanation I've read. Bookmarked for my sister.",
    ),
    ("Rahul", 30, "How long did you test each product before writing this?"),
    (
        "Ingrid",
        55,
        "I tried this after reading your piece and my skin has been calmer for weeks.",
    ),
    ("Pat", 80, "Would love to see a budget version of this guide."),
    (
        "Hannah",
        101,
        "Is this suitable for sensitive skin? Mine flares up with most new products.",
    ),
    ("Kemi", 140, "Thank you for saying what didn't work, not just what did."),
    ("Ollie", 175, "Printed this out for the bathroom cabinet."),
    ("Sofia", 222, "Can I combine this with retinol, or should I alternate nights?"),
    ("Grace", 16, "My dermatologist said almost exactly the same thing last month."),
    ("Tariq", 44, "Does this still apply if you live somewhere very humid?"),
    (
        "Elena",
        67,
        "I wish I had read this before buying three products that did the same job.",
    ),
    ("Jonas", 93, "Clear, practical and no scare stories. More of this, please."),
    ("Mei", 120, "What would you change for someone in their sixties?"),
    (
        "Aoife",
        152,
        "Shared this with my book club. We ended up talking about skincare for an hour.",
    ),
    ("Bruno", 188, "Finally an article that admits results take weeks, not days."),
    ("Lucia", 240, "Which of these would you try first on a tight budget?"),
]

GENERAL_ANSWER = (
    "Thanks for asking! Short answer: yes, but introduce one new thing at a time "
    "and watch how your skin responds for a week or two."
)
