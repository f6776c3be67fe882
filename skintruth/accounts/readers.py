"""Who a privacy request is about, and what an erasure does to their writing.

Apps answer for their part of a reader's data through the hooks named in
`core.hooks` (READER_DATA_*); this is the reader those hooks are handed.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model

FORMER_READER = "Former reader"  # the name left on what an erased reader wrote
ANONYMISE, REMOVE = "anonymise", "remove"  # what becomes of their comments


@dataclass(frozen=True)
class Reader:
    """Whose data: an email address, and the member account if there is one."""

    email: str
    user: object = None

    @classmethod
    def of_user(cls, user) -> Reader:
        return cls(email=user.email, user=user)

    @classmethod
    def by_email(cls, email: str) -> Reader:
        """The member with this address, else a guest known only by it."""
        user = get_user_model().objects.filter(email__iexact=email).first()
        return cls.of_user(user) if user else cls(email=email)

    @property
    def addresses(self) -> set[str]:
        """Every address the reader is known by, lower-cased."""
        found = {self.email.lower()}
        if self.user:
            found.add(self.user.email.lower())
        return found
