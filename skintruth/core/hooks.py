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

# fn(): housekeeping each round of the worker runs (e.g. privacy blanks the IP
# addresses past their retention period; the shop undoes crashed checkouts).
WORKER_ROUND = "skintruth_worker_round"

# What each app knows of one reader (skintruth.privacy asks, apps answer). The
# reader has `.email` and `.user` (the member account or None); see
# skintruth.accounts.readers. Register with `order=` so the export's keys keep
# their place: account 10, comments 20, outbox 30, shop 40.
#
# fn(reader) -> dict: the app's part of the reader's JSON download. A dict under
# a key another app also gives ("account") is merged into it.
READER_DATA_EXPORT = "skintruth_reader_data_export"

# fn(reader, how) -> {"what": count}: erase the app's part inside the caller's
# transaction; `how` says what becomes of their writing (accounts.readers).
READER_DATA_ERASE = "skintruth_reader_data_erase"

# fn(reader) -> {"what": count}: how much the app holds, for the data pages.
READER_DATA_SUMMARY = "skintruth_reader_data_summary"

# fn(cutoff) -> int: forget the network details (IP address, browser) recorded
# before `cutoff`; privacy sets the period and calls this each worker round.
READER_DATA_EXPIRE = "skintruth_reader_data_expire"

# fn(request) -> (template name, context) or None: one section of the member's
# "My activity" page (skintruth.accounts), in `order=`: comments 10, ratings 20,
# orders 30, discussion emails 40.
ACCOUNT_ACTIVITY = "skintruth_account_activity"
# fn(query, limit) -> list[core.pages.passages.Note]: notes kept outside the
# pages that match the search query (the shop's product notes); the suggested
# answers to a reader's question weigh them with the pages' own passages.
QUESTION_NOTES = "skintruth_question_notes"
