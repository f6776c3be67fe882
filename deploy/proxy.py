"""The caching reverse proxy: nginx with the cache-purge module, from Debian.

`make serve`, `make bench` and the caching tests start it through `Proxy`, so
all three run the same configuration (deploy/nginx.conf.template).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from string import Template

NGINX = "/usr/sbin/nginx"
PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so"
TEMPLATE = Path(__file__).with_name("nginx.conf.template")
CEILING_PATH = "/__ceiling.html"


class ConfigTemplate(Template):
    delimiter = "@"  # nginx's own variables start with $


def available() -> bool:
    """Whether nginx and its cache-purge module are installed here."""
    return Path(NGINX).exists() and Path(PURGE_MODULE).exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout:.0f} s")


class Proxy:
    """One nginx master (and `workers` workers) caching in `run_dir/cache`."""

    def __init__(
        self,
        *,
        upstreams: list[str],
        run_dir: Path,
        media_root: Path,
        port: int | None = None,
        app_port: int | None = None,
        purge_port: int | None = None,
        workers: int = 2,
        ceiling_file: Path | None = None,
    ) -> None:
        self.upstreams = upstreams
        self.run_dir = Path(run_dir)
        self.media_root = Path(media_root)
        self.port = port or free_port()
        self.workers = workers
        self.ceiling_file = ceiling_file or self.run_dir / "ceiling.html"
        self.purge_port = purge_port or free_port()
        self.app_port = app_port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def app_url(self) -> str:
        """The app servers, balanced but never cached."""
        return f"http://127.0.0.1:{self.app_port}"

    @property
    def purge_url(self) -> str:
        """Where the app sends PURGE requests (FRONTEND_CACHE_URL)."""
        return f"http://127.0.0.1:{self.purge_port}"

    def config(self) -> str:
        servers = "\n".join(
            f"        server {upstream} max_fails=0;" for upstream in self.upstreams
        )
        return ConfigTemplate(TEMPLATE.read_text()).substitute(
            # As root, nginx would hand its workers to "nobody", who cannot
            # read the cache this process made; keep them as this user.
            user_directive="user root root;" if os.geteuid() == 0 else "",
            workers=self.workers,
            run_dir=self.run_dir,
            upstreams=servers,
            listen=f"127.0.0.1:{self.port}",
            purge_listen=f"127.0.0.1:{self.purge_port}",
            app_listen=f"127.0.0.1:{self.app_port}",
            media_root=self.media_root,
            ceiling_location=f"= {CEILING_PATH}",
            ceiling_file=self.ceiling_file,
        )

    def start(self) -> Proxy:
        if not available():
            raise RuntimeError("nginx with the cache-purge module is not installed")
        shutil.rmtree(self.run_dir / "cache", ignore_errors=True)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        conf = self.run_dir / "nginx.conf"
        conf.write_text(self.config())
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.run_dir), "-e", "stderr", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
        )
        try:
            wait_for_port(self.port)
        except RuntimeError:
            self.stop()
            raise
        return self

    def forget_everything(self) -> None:
        """Empty the cache without a restart (the tests share one nginx). A
        stored copy whose file is gone is a miss to nginx: it asks the app
        again and stores the answer anew."""
        for path in (self.run_dir / "cache").rglob("*"):
            if path.is_file():
                path.unlink(missing_ok=True)

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()  # SIGTERM: nginx's fast shutdown
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> Proxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
