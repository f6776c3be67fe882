"""Names of the Wagtail hooks through which higher apps plug into core.

Core sits at the bottom of the house and imports no other app; an app above
it registers a function under one of these names in its `wagtail_hooks.py`
(`@hooks.register(HOME_PAGE_CONTEXT)`), and core calls whatever is there.
"""

# fn(request, context): add what the front page shows to its template context.
HOME_PAGE_CONTEXT = "skintruth_home_page_context"

# fn() -> {"name": callable giving the text}: fills "{name}" placeholders of the
# announcement bar; the callable is asked only when the bar's text uses it.
ANNOUNCEMENT_PLACEHOLDERS = "skintruth_announcement_placeholders"

# fn(): housekeeping each round of the worker runs (e.g. comments purge the IP
# addresses past their retention period; the shop undoes crashed checkouts).
WORKER_ROUND = "skintruth_worker_round"
