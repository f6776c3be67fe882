"""The production stack on one machine: proxy, app servers and the worker.

`make serve` runs it in the foreground; `make bench` starts the same stack to
measure it. Everything runs with `skintruth.settings.production`.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from deploy.proxy import Proxy, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass
class StackConfig:
    run_dir: Path
    proxy_port: int = 8080
    app_port: int = 8081
    first_server_port: int = 8101
    app_servers: int = 2
    workers_per_server: int = 1
    database_url: str = ""
    redis_url: str = ""

    @classmethod
    def from_environment(cls, run_dir: Path) -> StackConfig:
        env = os.environ
        return cls(
            run_dir=run_dir,
            proxy_port=int(env.get("PROXY_PORT", 8080)),
            app_port=int(env.get("APP_PORT", 8081)),
            first_server_port=int(env.get("APP_SERVER_PORT", 8101)),
            app_servers=int(env.get("APP_SERVERS", 2)),
            workers_per_server=int(env.get("APP_WORKERS", 1)),
            database_url=env.get("DATABASE_URL", ""),
            redis_url=env.get("REDIS_URL", ""),
        )


def secret_key(run_dir: Path) -> str:
    """A key kept beside the local stack's data, made on first use."""
    path = run_dir / "secret-key"
    if not path.exists():
        run_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


@dataclass
class Stack:
    config: StackConfig
    processes: list[subprocess.Popen] = field(default_factory=list)
    proxy: Proxy | None = None

    @property
    def server_ports(self) -> list[int]:
        first = self.config.first_server_port
        return list(range(first, first + self.config.app_servers))

    def environment(self) -> dict[str, str]:
        run_dir = self.config.run_dir
        database = self.config.database_url or f"sqlite:///{run_dir / 'db.sqlite3'}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "skintruth.settings.production",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secret_key(run_dir),
            "DATABASE_URL": database,
            "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost"),
            "SECURE_COOKIES": os.environ.get("SECURE_COOKIES", "False"),
            # plain http on one machine: no redirect to https
            "SECURE_SSL_REDIRECT": os.environ.get("SECURE_SSL_REDIRECT", "False"),
            "GZIP_PAGES": "false",  # nginx compresses, once per cached page
            "SERVE_MEDIA": "True",
            "MEDIA_ROOT": str(run_dir / "media"),
            "EMAIL_BACKEND": os.environ.get(
                "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
            ),
            "FRONTEND_CACHE_URL": f"http://127.0.0.1:{self.purge_port}",
            "SITE_URL": f"http://127.0.0.1:{self.config.proxy_port}",
            # nginx appends the reader's address to X-Forwarded-For.
            "TRUSTED_PROXY_COUNT": os.environ.get("TRUSTED_PROXY_COUNT", "1"),
        }
        if self.config.redis_url:
            env["REDIS_URL"] = self.config.redis_url
        return env

    @property
    def purge_port(self) -> int:
        return self.config.proxy_port + 100

    def manage(self, *args: str, purge: bool = True) -> None:
        env = self.environment()
        if not purge:  # before the proxy runs there is nothing to purge
            env.pop("FRONTEND_CACHE_URL")
        command = [str(BIN / "python"), str(ROOT / "manage.py"), *args]
        subprocess.run(command, cwd=ROOT, env=env, check=True)

    def prepare(self) -> None:
        """Migrate, load the demo (once), collect static files with hashed names."""
        (self.config.run_dir / "media").mkdir(parents=True, exist_ok=True)
        self.manage("migrate", "--noinput", "-v0", purge=False)
        self.manage("load_demo", "-v0", purge=False)
        self.manage("collectstatic", "--noinput", "-v0", purge=False)

    def start(self) -> None:
        env = self.environment()
        for port in self.server_ports:
            self.spawn(
                [
                    str(BIN / "gunicorn"),
                    "skintruth.wsgi",
                    f"--workers={self.config.workers_per_server}",
                    f"--bind=127.0.0.1:{port}",
                    "--log-level=warning",
                ],
                env,
            )
        self.spawn(
            [str(BIN / "python"), "manage.py", "run_worker", "--interval", "1"], env
        )
        self.proxy = Proxy(
            upstreams=[f"127.0.0.1:{port}" for port in self.server_ports],
            run_dir=self.config.run_dir / "proxy",
            media_root=self.config.run_dir / "media",
            port=self.config.proxy_port,
            app_port=self.config.app_port,
            purge_port=self.purge_port,
            ceiling_file=self.config.run_dir / "ceiling.html",
        )
        self.proxy.start()
        for port in self.server_ports:
            wait_for_port(port, timeout=60)

    def spawn(self, command: list[str], env: dict[str, str]) -> None:
        self.processes.append(subprocess.Popen(command, cwd=ROOT, env=env))

    def stop(self) -> None:
        # The app servers and the worker first: their last purges still find
        # the proxy.
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes.clear()
        if self.proxy is not None:
            self.proxy.stop()
