"""The reader's address, as the trusted proxies in front of the app saw it.

Each proxy appends the address it received the request from to
X-Forwarded-For, so with N trusted proxies the client is the N-th entry from
the right; anything further left was written by the client and proves nothing.
python-ipware counts proxies differently (it wants the proxies' own addresses
in the header too) and returns nothing for a header it finds odd, so this
small rule is written out here, once, for the comments, rate limits and
django-axes alike.
"""

from ipaddress import ip_address

from django.conf import settings
from django.http import HttpRequest


def _valid(candidate: str) -> str | None:
    try:
        return str(ip_address(candidate.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The client's IP address, or None if the request carries none we trust."""
    remote = _valid(request.META.get("REMOTE_ADDR", ""))
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(forwarded) < hops:
        # Not through every trusted proxy: only the connection itself counts.
        return remote
    return _valid(forwarded[-hops]) or remote
