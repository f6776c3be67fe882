"""django-axes' lockout check, for the sign-ins a visitor makes."""

from axes.backends import AxesStandaloneBackend
from django.contrib.auth import get_user_model
from django.http import HttpRequest


class RequestLockoutBackend(AxesStandaloneBackend):
    """Checks lockouts only when there is a request to check.

    Oscar signs a new member in right after registration, and ensure_admin
    checks a password, without a request; axes would refuse those outright.
    They are not guesses from a visitor, so they pass on to the next backend.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs,
    ) -> None:
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def lockout_username(request: HttpRequest, credentials: dict | None) -> str:
    """One lockout per account, however the visitor names it.

    The shop finds customers by email whatever its case, so without this each
    spelling (Noor@…, NOOR@…) would get its own five guesses. An account
    named by its username (the admin's sign-in, and axes itself after a
    success, which clears the failures) counts under its email too.
    """
    typed = (credentials or {}).get("username") or request.POST.get("username", "")
    typed = str(typed).strip()
    if typed and "@" not in typed:
        email = (
            get_user_model()
            .objects.filter(username=typed)
            .values_list("email", flat=True)
            .first()
        )
        typed = email or typed
    return typed.lower()
