"""Kill a real gunicorn worker (SIGKILL) at each step of "place order": after
one worker round the shop is in one of two states, never another.

Either nothing happened (no charge, no order, stock free, the basket open and
able to check out again) or everything did (one charge, one order, one
confirmation email in the outbox). PostgreSQL only.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model

from skintruth.core.models import OutgoingEmail
from skintruth.shop.payment.models import CheckoutAttempt, GatewayCharge

from .factories import ADDRESS, card, make_product, place_order, setup_shop
from .test_checkout import token_from

Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")
GUNICORN = Path(sys.executable).parent / "gunicorn"
EMAIL = "ada@example.com"
SAME_SITE = {"Sec-Fetch-Site": "same-origin"}  # what a browser sends on our forms

pytestmark = [
    pytest.mark.system,
    pytest.mark.postgres,
    # Decided before the database is set up, so a skip flushes nothing.
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="gunicorn and the tests share the database: needs PostgreSQL",
    ),
    pytest.mark.django_db(transaction=True),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    """Two gunicorn workers on the test database, for the module's tests; its
    master starts a new worker for each one killed. Yields its URL and the
    directory where a test arms the step to stop at (`armed`)."""
    db = connection.settings_dict
    pause_dir = tmp_path_factory.mktemp("pause")
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "skintruth.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/"
        f"{db['NAME']}",
        "CHECKOUT_PAUSE_DIR": str(pause_dir),
    }
    server = subprocess.Popen(
        [GUNICORN, "skintruth.wsgi", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", "2", "--timeout", "120", "--log-level", "warning"],
        env=env,
        cwd=settings.BASE_DIR,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url)
        yield url, pause_dir
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextmanager
def armed(pause_dir: Path, step: str):
    """The next checkout to reach `step` stops there; the file gets its pid."""
    pause_file = pause_dir / step
    pause_file.write_text("")
    try:
        yield pause_file
    finally:
        pause_file.unlink()


def wait_until_serving(url: str) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/shop/basket/", timeout=30).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.5)
    raise RuntimeError("gunicorn did not start")


def shopper_at_the_last_step(url: str, product) -> tuple[requests.Session, str]:
    """A guest with the product in the basket, on the order preview."""
    shopper = requests.Session()
    shopper.headers.update(SAME_SITE)
    shopper.post(f"{url}/shop/basket/add/{product.pk}/", {"quantity": 1})
    shopper.post(f"{url}/shop/checkout/", {"username": EMAIL, "options": "anonymous"})
    shopper.post(f"{url}/shop/checkout/shipping-address/", ADDRESS)
    shopper.post(f"{url}/shop/checkout/shipping-method/", {"method_code": "standard"})
    page = shopper.post(f"{url}/shop/checkout/preview/", card())
    return shopper, token_from_html(page.text)


def token_from_html(html: str) -> str:
    class Page:
        content = html.encode()

    return token_from(Page)


def place_order_data(token: str) -> dict:
    return {"action": "place_order", "basket_token": token, **card()}


def submit_and_kill(url: str, shopper, token: str, pause_file: Path) -> None:
    """Send "place order" and SIGKILL the worker once it reaches the pause."""
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(
            shopper.post, f"{url}/shop/checkout/preview/", place_order_data(token)
        )
        deadline = time.monotonic() + 60
        while not pause_file.exists() or not pause_file.read_text():
            assert time.monotonic() < deadline, "checkout never reached the pause"
            time.sleep(0.05)
        os.kill(int(pause_file.read_text()), signal.SIGKILL)
        with pytest.raises(requests.ConnectionError):
            pending.result(timeout=30)  # the shopper's browser saw the crash


def run_worker_round(settings) -> None:
    settings.CHECKOUT_SWEEP_AFTER_SECONDS = 0  # "long ago" for a test
    call_command("run_worker", "--once", verbosity=0)


def shop_state(product) -> dict:
    stock = product.stockrecords.get()
    return {
        "charges": GatewayCharge.objects.filter(status=GatewayCharge.SUCCEEDED).count(),
        "orders": Order.objects.count(),
        "emails": OutgoingEmail.objects.filter(
            recipient=EMAIL, subject__startswith="We have your order"
        ).count(),
        "stock_allocated": stock.num_allocated or 0,
        "basket": Basket.objects.filter(lines__isnull=False).distinct().get().status,
    }


NOTHING = {
    "charges": 0,
    "orders": 0,
    "emails": 0,
    "stock_allocated": 0,
    "basket": "Open",
}
EVERYTHING = {
    "charges": 1,
    "orders": 1,
    "emails": 1,
    "stock_allocated": 1,
    "basket": "Submitted",
}


def shopper_in_test_client(shopper: requests.Session) -> Client:
    client = Client()
    for name, value in shopper.cookies.items():
        client.cookies[name] = value
    return client


@pytest.mark.parametrize(
    ("pause_at", "expected"),
    [
        ("reserved", NOTHING),  # stock held, card not yet charged
        ("charged", NOTHING),  # card charged, the charge not yet noted
        ("order_written", NOTHING),  # order and email written, not committed
        ("committed", EVERYTHING),  # committed, the shopper not yet answered
    ],
)
def test_killed_checkout_ends_all_done_or_all_undone(
    pause_at, expected, settings, gunicorn
):
    setup_shop()
    product = make_product("Barrier cream", "45.00", stock=3)
    url, pause_dir = gunicorn
    with armed(pause_dir, pause_at) as pause_file:
        shopper, token = shopper_at_the_last_step(url, product)
        submit_and_kill(url, shopper, token, pause_file)
        run_worker_round(settings)
        assert shop_state(product) == expected
        if expected is EVERYTHING:
            order = Order.objects.get()
            status = shopper.get(f"{url}/shop/checkout/placing/{token}/")
            assert order.number in status.text  # the thank-you page
            return
        status = shopper.get(f"{url}/shop/checkout/placing/{token}/")
        assert "was not placed and your card was not charged" in status.text
        assert "Barrier cream" in status.text  # back on the basket page

    # The same shopper can now buy the same basket for real.
    client = shopper_in_test_client(shopper)
    place_order(client, token_from(client.post("/shop/checkout/preview/", card())))
    assert shop_state(product) == EVERYTHING


def test_a_repeated_submit_answers_at_once_with_an_honest_status(settings, gunicorn):
    setup_shop()
    product = make_product("Sun fluid", "45.00", stock=3)
    url, pause_dir = gunicorn
    with armed(pause_dir, "charged") as pause_file:
        shopper, token = shopper_at_the_last_step(url, product)
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(
                shopper.post, f"{url}/shop/checkout/preview/", place_order_data(token)
            )
            while not pause_file.exists() or not pause_file.read_text():
                time.sleep(0.05)
            started = time.monotonic()
            again = shopper.post(
                f"{url}/shop/checkout/preview/", place_order_data(token)
            )
            took = time.monotonic() - started
            os.kill(int(pause_file.read_text()), signal.SIGKILL)
            with pytest.raises(requests.ConnectionError):
                first.result(timeout=30)
        attempt = CheckoutAttempt.objects.get()
        assert took < 1.0
        assert f"Your order {attempt.order_number} is being placed" in again.text
        assert 'data-hx-trigger="every 3s"' in again.text  # it asks again
        polled = shopper.get(again.url, headers={"HX-Request": "true"})
        assert polled.status_code == 204  # still under way: the page stays

        run_worker_round(settings)
        polled = shopper.get(again.url, headers={"HX-Request": "true"})
        assert polled.headers["HX-Redirect"] == "/shop/basket/"
        basket = shopper.get(f"{url}/shop/basket/")
        assert "was not placed and your card was not charged" in basket.text
        assert "Sun fluid" in basket.text
