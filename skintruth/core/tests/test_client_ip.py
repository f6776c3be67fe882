"""The reader's address comes from the trusted proxies, never from the reader."""

import pytest
from django.test import RequestFactory

from skintruth.core.security.client_ip import client_ip


def request(remote="10.0.0.2", forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_proxies_the_connection_is_the_reader(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request("198.51.100.7", forwarded="203.0.113.9")) == "198.51.100.7"


def test_behind_one_proxy_the_address_it_saw_is_the_reader(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request("127.0.0.1", forwarded="198.51.100.7")) == "198.51.100.7"


def test_a_forged_leftmost_address_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    forged = request("127.0.0.1", forwarded="203.0.113.9, 198.51.100.7")
    assert client_ip(forged) == "198.51.100.7"


def test_two_proxies_skip_the_inner_one(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    chain = request("127.0.0.1", forwarded="203.0.113.9, 198.51.100.7, 10.0.0.5")
    assert client_ip(chain) == "198.51.100.7"


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address"])
def test_a_missing_or_broken_header_falls_back_to_the_connection(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request("10.0.0.2", forwarded=forwarded)) == "10.0.0.2"


def test_ipv6_addresses_come_back_in_one_spelling(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    ipv6 = request("127.0.0.1", forwarded="2001:DB8:0:0::1")
    assert client_ip(ipv6) == "2001:db8::1"
