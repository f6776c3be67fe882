"""The account's part of a reader's data: exported, and deleted last of all."""

from __future__ import annotations

from .models import ReaderProfile
from .readers import Reader


def export(reader: Reader) -> dict:
    """The account itself, without its password hash or staff flags."""
    user = reader.user
    if not user:
        return {"account": None}
    display_name = (
        ReaderProfile.objects.filter(user=user)
        .values_list("display_name", flat=True)
        .first()
    )
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "display_name": display_name or "",
            "joined": user.date_joined.isoformat(),
            "last_sign_in": user.last_login.isoformat() if user.last_login else None,
        }
    }


def erase(reader: Reader, how: str) -> dict[str, int]:
    """Delete the account, and its profile with it."""
    if reader.user:
        reader.user.delete()
    return {}
