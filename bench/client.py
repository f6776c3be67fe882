"""Tiny HTTP helpers for benchmark scenarios: stdlib only, redirects not followed."""

import urllib.error
import urllib.parse
import urllib.request

BASE_URL = "http://127.0.0.1:8190"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def _send(request: urllib.request.Request) -> int:
    try:
        with _opener.open(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:  # 3xx and 4xx/5xx arrive here
        error.read()
        return error.code


def get(path: str, headers: dict | None = None) -> int:
    return _send(urllib.request.Request(BASE_URL + path, headers=headers or {}))


def post(path: str, fields: dict, headers: dict | None = None) -> int:
    body = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(
        BASE_URL + path, data=body, headers=headers or {}, method="POST"
    )
    return _send(request)
