"""BENCH_SCALE=1: does the guide slow down when the site holds 1,000,000 comments?

Measures the guide, fills PostgreSQL with 10,000 articles and 1,000,000
comments in bulk SQL, measures again and prints the ratio, then shows the
query plans of the guide's comment queries.
"""

from __future__ import annotations

import statistics
import time

from bench import wrk
from bench.scenarios import GUIDE_SLUG

ARTICLES = 10_000
COMMENTS = 1_000_000
FIRST_STEP = 35 * 36**3  # "Z000": path steps no page of the demo uses
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def step(number: int) -> str:
    digits = ""
    for _ in range(4):
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return digits


def cold_render_ms(url: str, rounds: int = 15) -> float:
    """Median time to draw the guide in this process with every cache empty."""
    from django.core.cache import cache
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    times = []
    for _ in range(rounds):
        cache.clear()
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(stack, guide: str) -> tuple[float, float]:
    warm = wrk.run(
        "guide, app servers, one reader",
        stack.proxy.app_url + guide,
        connections=1,
        threads=1,
        seconds=10,
        headers=("Cookie: sessionid=bench-reader",),  # past every page cache
    )
    return warm.p50_ms, cold_render_ms(guide)


def _clone_articles(cursor, guide, parent) -> list[int]:
    """ARTICLES copies of the guide's rows under its parent, in two INSERTs."""
    from wagtail.models import Page

    from skintruth.articles.models import ArticlePage

    paths = [parent.path + step(FIRST_STEP + n) for n in range(ARTICLES)]
    columns = [f.column for f in Page._meta.local_fields if f.column != "id"]
    replaced = {
        "path": "g.path",
        "slug": "'bench-scale-' || g.n",
        "url_path": f"'{parent.url_path}bench-scale-' || g.n || '/'",
        "title": "'Scale article ' || g.n",
        "draft_title": "'Scale article ' || g.n",
        "translation_key": "gen_random_uuid()",
        "live_revision_id": "NULL",
        "latest_revision_id": "NULL",
        "numchild": "0",
    }
    select = ", ".join(replaced.get(c, f"t.{c}") for c in columns)
    cursor.execute(
        f"INSERT INTO wagtailcore_page ({', '.join(columns)}) SELECT {select} "
        "FROM wagtailcore_page t, unnest(%s::text[]) WITH ORDINALITY AS g(path, n) "
        "WHERE t.id = %s RETURNING id",
        [paths, guide.pk],
    )
    ids = [row[0] for row in cursor.fetchall()]
    others = [f.column for f in ArticlePage._meta.local_fields]
    others = [c for c in others if c != "page_ptr_id"]
    cursor.execute(
        f"INSERT INTO articles_articlepage (page_ptr_id, {', '.join(others)}) "
        f"SELECT n.id, {', '.join('a.' + c for c in others)} "
        "FROM articles_articlepage a, unnest(%s::bigint[]) AS n(id) "
        "WHERE a.page_ptr_id = %s",
        [ids, guide.pk],
    )
    cursor.execute(
        "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s",
        [len(ids), parent.pk],
    )
    return ids


def _add_comments(cursor, page_ids: list[int], template) -> None:
    """COMMENTS approved comments spread over the pages, in one INSERT."""
    from skintruth.comments.models import Comment

    values = {
        "page_id": "(%s::bigint[])[1 + (g %% %s)]",
        "name": "'Scale reader ' || g",
        "email": "'scale' || g || '@example.com'",
        "text": "'A comment among a million, number ' || g",
        "created_at": "now() - g * interval '1 second'",
        "parent_id": "NULL",
        "root_id": "NULL",
    }
    columns = [f.column for f in Comment._meta.local_fields if f.column != "id"]
    select = ", ".join(values.get(c, f"t.{c}") for c in columns)
    cursor.execute(
        f"INSERT INTO comments_comment ({', '.join(columns)}) SELECT {select} "
        "FROM comments_comment t, generate_series(1, %s) g WHERE t.id = %s",
        [page_ids, len(page_ids), COMMENTS, template.pk],
    )


def fill() -> None:
    from django.db import connection, transaction

    from skintruth.articles.models import ArticlePage
    from skintruth.comments.models import Comment

    guide = ArticlePage.objects.get(slug=GUIDE_SLUG)
    template = Comment.objects.filter(page=guide, parent=None).first()
    with transaction.atomic(), connection.cursor() as cursor:
        ids = _clone_articles(cursor, guide, guide.get_parent())
        _add_comments(cursor, ids, template)
        cursor.execute("ANALYZE comments_comment")
        cursor.execute("ANALYZE wagtailcore_page")


def explain(guide: str) -> None:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        Client(HTTP_HOST="localhost").get(guide)
    for query in queries.captured_queries:
        if "comments_comment" not in query["sql"]:
            continue
        print("\n" + query["sql"][:160] + " ...")
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN ANALYZE " + query["sql"])
            for (line,) in cursor.fetchall():
                if "Scan" in line or "Execution Time" in line:
                    print("   " + line.strip())


def run(stack, guide: str) -> None:
    from skintruth.comments.models import Comment

    before_total = Comment.objects.count()
    warm_before, cold_before = measure(stack, guide)
    started = time.monotonic()
    fill()
    filled_in = time.monotonic() - started
    after_total = Comment.objects.count()
    warm_after, cold_after = measure(stack, guide)
    print(
        f"\nScale: added {ARTICLES:,} articles and {COMMENTS:,} comments "
        f"in {filled_in:.0f} s"
    )
    print(f"{'comments in the database':<34}{'app p50 ms':>12}{'cold render ms':>16}")
    print(f"{before_total:<34,}{warm_before:>12.1f}{cold_before:>16.1f}")
    print(f"{after_total:<34,}{warm_after:>12.1f}{cold_after:>16.1f}")
    print(
        f"ratio (target <= 1.2x): app {warm_after / warm_before:.2f}x, "
        f"cold render {cold_after / cold_before:.2f}x"
    )
    explain(guide)
