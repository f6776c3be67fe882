"""`make serve`: the production stack on this machine, in the foreground."""

import signal
import sys

from deploy.stack import ROOT, Stack, StackConfig


def main() -> None:
    stack = Stack(StackConfig.from_environment(ROOT / "var" / "serve"))
    stack.prepare()
    stack.manage("ensure_admin")
    stack.start()
    config = stack.config
    print(f"Caching proxy:  http://127.0.0.1:{config.proxy_port}/  (readers)")
    print(f"App servers:    http://127.0.0.1:{config.app_port}/  (no cache)")
    ports = ", ".join(str(port) for port in stack.server_ports)
    print(f"  {config.app_servers} gunicorn servers on {ports}; worker running")
    print("Ctrl-C stops everything.")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        signal.pause()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
