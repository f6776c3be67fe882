"""Run wrk and read its report; measure how busy the CPU was beforehand."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SECONDS = int(os.environ.get("BENCH_SECONDS", 20))
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int
    cpu_busy: float
    target: str = ""


def cpu_busy_share(seconds: float = 1.0) -> float:
    """Share of all cores' time spent busy over `seconds`, from /proc/stat."""

    def sample() -> tuple[int, int]:
        fields = [int(v) for v in Path("/proc/stat").read_text().split()[1:9]]
        idle = fields[3] + fields[4]
        return sum(fields), idle

    total_a, idle_a = sample()
    time.sleep(seconds)
    total_b, idle_b = sample()
    total = max(total_b - total_a, 1)
    return 100.0 * (1 - (idle_b - idle_a) / total)


def _duration_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse(name: str, output: str, cpu: float) -> Result:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.M))
    errors = sum(
        int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return Result(
        name,
        rps,
        _duration_ms(latency["50"]),
        _duration_ms(latency["99"]),
        errors,
        requests,
        cpu,
    )


def run(
    name: str,
    url: str,
    *,
    connections: int = 16,
    threads: int = 2,
    seconds: int = SECONDS,
    script: Path | None = None,
    headers: tuple[str, ...] = (),
) -> Result:
    cpu = cpu_busy_share()
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    return parse(name, output, cpu)


def machine() -> str:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores, {model or platform.processor()}"


def print_table(rows: list[Result], stack) -> None:
    ceiling = next(r.rps for r in rows if r.name.startswith("ceiling"))
    config = stack.config
    print()
    print(f"machine: {machine()}")
    print(
        f"stack: nginx -> {config.app_servers} gunicorn server(s) x "
        f"{config.workers_per_server} worker(s), PostgreSQL, Redis, worker; "
        f"wrk -t2 -c16 -d{SECONDS}s"
    )
    header = (
        f"{'scenario':<46}{'req/s':>10}{'% ceiling':>11}{'p50 ms':>9}"
        f"{'p99 ms':>9}{'errors':>8}{'cpu busy':>10}  target"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        share = 100.0 * r.rps / ceiling
        print(
            f"{r.name:<46}{r.rps:>10.1f}{share:>10.2f}%{r.p50_ms:>9.1f}"
            f"{r.p99_ms:>9.1f}{r.errors:>8}{r.cpu_busy:>9.0f}%  {r.target}"
        )
    print(
        "cpu busy: share of all cores busy in the second before the run "
        "(other load on the machine skews the figures)."
    )
