"""django-axes' lockout check, for the sign-ins a visitor makes."""

from axes.backends import AxesStandaloneBackend
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
