"""The pages and posts `make bench` measures, and the data they need."""

from __future__ import annotations

import datetime
import re
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench import wrk

GUIDE_SLUG = "at-home-microcurrent-devices-guide"
LONG_SLUG = "bench-article-with-1000-comments"
POSTING_SLUG = "bench-article-for-posting"
COMMENT_ITEM = re.compile(r'<li class="comment ')
POST_SCRIPT = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local sent = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
request = function()
  sent = sent + 1
  local id = "@RUN@-" .. tostring(tid) .. "-" .. tostring(sent)
  local body = "name=Bench+reader+" .. id .. "&email=bench" .. id
    .. "%40example.com&text=Benchmark+comment+" .. id
    .. "%3A+does+this+suit+oily+skin%3F&website=&started=@STARTED@"
  return wrk.format(nil, nil, nil, body)
end
"""


def create_database(url: str) -> None:
    """A new, empty bench database every run, so figures compare run to run."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def shown_comments(page) -> int:
    """How many comments the page's first screen draws: the thread's own count."""
    from skintruth.comments.thread import PER_PAGE, build_thread

    def count(nodes) -> int:
        return sum(1 + count(node.replies) for node in nodes)

    return count(build_thread(page, "newest", 0, PER_PAGE))


def copy_of(guide, slug: str, title: str):
    from skintruth.articles.models import ArticlePage

    existing = ArticlePage.objects.filter(slug=slug).first()
    if existing:
        return existing
    return guide.copy(
        to=guide.get_parent(),
        update_attrs={"slug": slug, "title": title},
        keep_live=True,
        log_action=None,
    ).specific


def add_long_thread(page, top_level: int = 800, replies: int = 200) -> None:
    from django.utils import timezone

    from skintruth.comments.models import Comment, Status

    if Comment.objects.filter(page=page).exists():
        return
    now = timezone.now()
    roots = Comment.objects.bulk_create(
        Comment(
            page=page,
            name=f"Reader {i}",
            email=f"reader{i}@example.com",
            text=f"Comment {i}: I used it for a month; here is what changed.",
            status=Status.APPROVED,
            created_at=now - datetime.timedelta(minutes=i),
        )
        for i in range(top_level)
    )
    Comment.objects.bulk_create(
        Comment(
            page=page,
            parent=roots[i % 100],
            root=roots[i % 100],
            name=f"Replier {i}",
            email=f"replier{i}@example.com",
            text="Same here, it took about three weeks.",
            status=Status.APPROVED,
            created_at=now - datetime.timedelta(seconds=i),
        )
        for i in range(replies)
    )


def open_posting() -> str:
    """Guests' comments go live at once and no limit applies: every post is
    accepted, stored and purges its page. Returns a form timer, as the comment
    form draws it."""
    from skintruth.comments.forms import started_token
    from skintruth.comments.models import ModerationPolicy

    policy = ModerationPolicy.load()
    policy.hold_first_guest_comment = False
    policy.max_per_ip = policy.max_per_email = policy.min_seconds_to_fill = 0
    policy.max_links = 10
    policy.save()
    return started_token()


def prepare_data(stack) -> dict:
    from skintruth.articles.models import ArticlePage

    guide = ArticlePage.objects.get(slug=GUIDE_SLUG)
    long_page = copy_of(guide, LONG_SLUG, "Benchmark: 1,000 comments")
    add_long_thread(long_page)
    posting = copy_of(guide, POSTING_SLUG, "Benchmark: posting")
    script = stack.config.run_dir / "post.lua"
    started = urllib.parse.quote(open_posting(), safe="")
    run = str(time.time_ns())  # posts of an earlier run would be duplicates
    script.write_text(POST_SCRIPT.replace("@STARTED@", started).replace("@RUN@", run))
    return {
        "guide": (guide.url, shown_comments(guide)),
        "long": (long_page.url, shown_comments(long_page)),
        "posting": posting,
        "post_script": script,
    }


def fetch(url: str) -> tuple[int, dict, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, dict(response.headers), response.read().decode()


def check(url: str, comments: int | None = None) -> str:
    """The page answers 200 and draws the comments it should; returns its HTML."""
    status, _, html = fetch(url)
    drawn = len(COMMENT_ITEM.findall(html))
    if status != 200 or (comments is not None and drawn != comments):
        raise SystemExit(f"{url}: HTTP {status}, {drawn} comments, want {comments}")
    return html


def run_all(stack, data: dict) -> list[wrk.Result]:
    proxy, app = stack.proxy.url, stack.proxy.app_url
    guide, guide_comments = data["guide"]
    long_path, long_comments = data["long"]
    Path(stack.proxy.ceiling_file).write_text(check(app + guide, guide_comments))
    check(proxy + guide, guide_comments)
    status, headers, _ = fetch(proxy + guide)
    if headers.get("X-Cache-Status") != "HIT":
        raise SystemExit(f"{guide} is not served from the cache: {headers}")
    check(app + long_path, long_comments)
    check(app + "/")
    rows = [
        wrk.run(
            "ceiling: the guide's HTML as a static file", proxy + "/__ceiling.html"
        ),
        wrk.run("guide, 31 comments, proxy (cached)", proxy + guide),
        wrk.run("guide, 31 comments, app servers", app + guide),
        wrk.run(
            "  the same, drawn anew (session: no page copy)",
            app + guide,
            headers=("Cookie: sessionid=bench-reader",),
        ),
        wrk.run("article, 1,000 comments, app servers", app + long_path),
        wrk.run("home page, app servers", app + "/"),
        posting(stack, data),
    ]
    targets = ["", ">= 50%", ">= 0.6%", "", ">= 0.8x guide", ">= 0.6%", ">= 0.75%"]
    for row, target in zip(rows, targets, strict=True):
        row.target = target
    return rows


def posting(stack, data: dict) -> wrk.Result:
    from skintruth.comments.models import Comment

    page = data["posting"]
    before = Comment.objects.filter(page=page).count()
    result = wrk.run(
        "post a comment (live, stored, purged), proxy",
        f"{stack.proxy.url}/comments/page/{page.pk}/post/",
        script=data["post_script"],
    )
    stored = Comment.objects.filter(page=page).count() - before
    accepted = result.requests - result.errors
    result.name += f" [{stored} stored]"
    if stored != accepted:
        print(
            f"posting: wrk counted {accepted} answers in time, the database "
            f"stored {stored} (posts in flight at the deadline land too)"
        )

    return result
