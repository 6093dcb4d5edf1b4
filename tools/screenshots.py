"""Take the README's screenshots of the main screens with the demo data.

Run under Xvfb for real window decorations-free rendering, or offscreen:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
Writes docs/screenshots/*.png. Not part of the test suite.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from teilhabe_desktop.session import Session

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from teilhabe_desktop.demo import load_demo
    from teilhabe_desktop.store.database import open_database
    from teilhabe_desktop.ui.catalogue.offer_table_model import OFFER_ID_ROLE
    from teilhabe_desktop.ui.shell.app import create_application
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "demo.db")
        load_demo(store)
        window = MainWindow(Session(store))
        window.resize(1280, 800)
        window.show()

        def shoot(name: str) -> None:
            for _ in range(30):
                app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")

        window.show_page(0)
        shoot("personen")
        persons = window.persons_page
        if persons.model.rowCount():
            from teilhabe_desktop.store.persons import PersonRepository

            lobeda = next(
                (r for r in PersonRepository(store.db).list() if r.home_sozialraum_id == "lobeda"),
                None,
            )
            if lobeda is not None:
                persons.open_person(lobeda.id)
                shoot("plan")
                persons.workspace.show_section("offers")
                shoot("plan-angebote")
                persons.back_to_list()
        window.show_page(1)
        offers = window.offers_page
        # an invented entry, so the "Beispiel" and "Stand" badges show as well
        if not offers.select_offer("bsp-fiktiv-lobeda-tierhof-treff") and offers.model.rowCount():
            offers.select_offer(offers.model.index(0, 0).data(OFFER_ID_ROLE))
        shoot("angebote")
        window.show_page(2)
        shoot("sozialraeume")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
