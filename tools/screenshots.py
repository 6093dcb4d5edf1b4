"""Take the README's screenshots of the main screens with the demo data.

Run under Xvfb for real window decorations-free rendering, or offscreen:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
Writes docs/screenshots/*.png. Not part of the test suite.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from teilhabe_desktop.demo import load_demo
    from teilhabe_desktop.store.database import open_database
    from teilhabe_desktop.ui.app import create_application
    from teilhabe_desktop.ui.main_window import MainWindow

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "demo.db")
        load_demo(store)
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()
        for row, name in enumerate(["personen", "angebote", "sozialraeume"]):
            window.show_page(row)
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
