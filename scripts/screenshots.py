"""Screenshot pages of a running site at desktop and phone widths.

Usage: python scripts/screenshots.py BASE_URL OUT_DIR name=/path ...
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"1280": (1280, 900), "375": (375, 812)}


def main(base_url: str, out_dir: str, targets: list[str]) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for target in targets:
            name, path = target.split("=", 1)
            for label, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(base_url + path, wait_until="networkidle")
                # Full-page captures never scroll, so lazy images must load now.
                page.evaluate(
                    "document.querySelectorAll('img[loading=lazy]')"
                    ".forEach(img => { img.loading = 'eager'; })"
                )
                page.wait_for_load_state("networkidle")
                page.wait_for_function(
                    "[...document.images].every(img => img.complete)"
                )
                page.screenshot(path=out / f"{name}-{label}.png", full_page=True)
                page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
