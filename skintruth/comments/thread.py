"""Build the visible thread for a page in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F

from skintruth.core.pages.metadata import Discussion
from skintruth.shop.buyers import accounts_that_bought

from .models import Comment

PER_PAGE = 20
MAX_SHOWN = 500  # the no-JavaScript "show more" grows the page up to this
MAX_DEPTH = 2  # deeper replies are shown at this depth, "in reply to NAME"
SORTS = {"newest": "-created_at", "oldest": "created_at"}


@dataclass
class Node:
    """A comment as the thread shows it: its depth and the replies under it."""

    comment: Comment
    depth: int = 0
    in_reply_to: str = ""
    replies: list[Node] = field(default_factory=list)
    verified_buyer: bool = False


def clean_sort(value: str | None) -> str:
    return value if value in SORTS else "newest"


def build_thread(page, sort: str, offset: int, limit: int) -> list[Node]:
    """Top-level comments [offset:offset+limit] with all their approved replies."""
    roots = list(
        Comment.objects.approved()
        .for_page(page)
        .top_level()
        .order_by(SORTS[clean_sort(sort)], "-pk")[offset : offset + limit]
    )
    if not roots:
        return []
    replies = (
        Comment.objects.approved()
        .filter(root_id__in=[c.pk for c in roots])
        .annotate(parent_name=F("parent__name"))
        .order_by("created_at", "pk")
    )
    nodes = {c.pk: Node(c) for c in roots}
    for reply in replies:
        parent = nodes.get(reply.parent_id)
        if parent is None:  # its parent was hidden: hang it on the thread's root
            parent = nodes[reply.root_id]
            node = Node(reply, depth=1, in_reply_to=reply.parent_name)
        elif parent.depth + 1 > MAX_DEPTH:
            node = Node(reply, depth=MAX_DEPTH, in_reply_to=reply.parent_name)
            parent = _ancestor_at(nodes, parent, MAX_DEPTH - 1)
        else:
            node = Node(reply, depth=parent.depth + 1)
        parent.replies.append(node)
        nodes[reply.pk] = node
    _mark_verified_buyers(page, nodes.values())
    return [nodes[c.pk] for c in roots]


def _mark_verified_buyers(page, nodes) -> None:
    """Readers whose account bought a product the page is about (one query)."""
    products = page.discussion_products() if isinstance(page, Discussion) else set()
    readers = [n for n in nodes if n.comment.user_id and not n.comment.role]
    buyers = accounts_that_bought(products, {n.comment.user_id for n in readers})
    for node in readers:
        node.verified_buyer = node.comment.user_id in buyers


def _ancestor_at(nodes: dict[int, Node], node: Node, depth: int) -> Node:
    while node.depth > depth:
        node = nodes[node.comment.parent_id]
    return node
