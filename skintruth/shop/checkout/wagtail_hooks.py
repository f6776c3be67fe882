from wagtail import hooks

from skintruth.core.hooks import WORKER_ROUND

from .services import sweep_stale_checkouts


@hooks.register(WORKER_ROUND)
def undo_crashed_checkouts() -> None:
    """Each worker round voids the charge of checkouts whose process died."""
    sweep_stale_checkouts()
