"""Take the README's screenshots of the main screens with the demo data.

Run under Xvfb for real window decorations-free rendering, or offscreen:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
Writes docs/screenshots/*.png at 1366×768. ``--size 1024x700`` takes the main screens at
another screen size into ``docs/screenshots/1024x700/``; with ``QT_SCALE_FACTOR=1.5`` the
size is in device pixels (the window gets size / 1.5 logical pixels) and the folder is
``docs/screenshots/1920x1080@1.5/``. ``make screenshots`` takes all of them. Not part of the
test suite.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="", help="WIDTHxHEIGHT in device pixels")
    args = parser.parse_args(argv)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    out, size = OUT, (1366, 768)
    if args.size:
        size = tuple(int(n) for n in args.size.lower().split("x"))
        out = OUT / (args.size + (f"@{scale:g}" if scale != 1 else ""))
    return take(out, (round(size[0] / scale), round(size[1] / scale)), dialogs=not args.size)


def _place_invented_offers(session) -> None:
    """The demo's real places have no coordinates (none were published), so the map would
    show no pins. Only for the picture, the invented entries ("bsp-fiktiv-…", marked
    "(Beispiel)") get a made-up point near the middle of their district."""
    import dataclasses
    import random

    rng = random.Random(14)
    centres = {}
    for code, shape in session.places.map_shapes().shapes.items():
        point = shape.representative_point()
        centres[code] = (point.y, point.x)
    catalogue = session.catalogue
    for offer_id in catalogue.all_ids():
        offer = catalogue.get(offer_id)
        if not offer_id.startswith("bsp-fiktiv-") or offer.district_code not in centres:
            continue
        lat, lon = centres[offer.district_code]
        lat, lon = lat + rng.uniform(-0.002, 0.002), lon + rng.uniform(-0.003, 0.003)
        catalogue.save(dataclasses.replace(offer, lat=lat, lon=lon))


def _scroll_to_network(app, section) -> None:
    """Section 3 scrolled so that the contact cards and the network map beside them show."""
    for _ in range(10):
        app.processEvents()
    top = section.network_grid.mapTo(section.widget(), section.network_grid.rect().topLeft())
    section.verticalScrollBar().setValue(top.y() - 48)


def take(out: Path, size: tuple[int, int], dialogs: bool) -> int:
    from teilhabe_desktop.ui.catalogue.offer_table_model import OFFER_ID_ROLE
    from teilhabe_desktop.ui.security.new_passphrase_dialog import NewPassphraseDialog
    from teilhabe_desktop.ui.security.recovery_key_dialog import RecoveryKeyDialog
    from teilhabe_desktop.ui.shell.app import create_application
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        # encrypted, as in real use (the status bar says so)
        session = open_session(
            Path(folder) / "teilhabe.db", keys=FixedKeys("Sonnenblume am Westbahnhof")
        )
        session.load_demo()
        store = session.store
        window = MainWindow(session)
        window.resize(*size)
        window.show()

        def shoot(name: str) -> None:
            for _ in range(30):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        window.show_page(0)
        shoot("personen")
        persons = window.persons_page
        lobeda = None
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
                persons.workspace.show_section("person")
                shoot("plan-person")
                persons.workspace.show_section("gesamtplan")
                shoot("plan-verfahren")
                persons.workspace.show_section("services")
                shoot("plan-leistungen")
                persons.workspace.show_section("resources")
                _scroll_to_network(app, persons.workspace.section("resources"))
                shoot("plan-netzwerk")
                persons.workspace.show_section("review")
                shoot("plan-abschluss")
                persons.back_to_list()
        window.show_page(1)
        offers = window.offers_page
        # an invented entry, so the "Beispiel" and "Stand" badges show as well
        if not offers.select_offer("bsp-fiktiv-lobeda-tierhof-treff") and offers.model.rowCount():
            offers.select_offer(offers.model.index(0, 0).data(OFFER_ID_ROLE))
        shoot("angebote")
        window.show_page(2)
        shoot("sozialraeume")
        _place_invented_offers(session)
        if lobeda is not None:
            persons.open_person(lobeda.id)  # the map highlights the open plan's person
        window.show_page("map")
        karte = window.map_page
        karte.select_district(63)
        karte.show_offer("bsp-fiktiv-lobeda-tierhof-treff")
        shoot("karte")
        persons.back_to_list()
        window.show_page(0)
        window.screen_lock.lock()
        shoot("gesperrt")
        window.screen_lock.unlock()
        window.close()
        session.close()
    if not dialogs:
        return 0

    def shoot_dialog(dialog, name: str) -> None:
        dialog.show()
        for _ in range(30):
            app.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        dialog.close()

    first = NewPassphraseDialog(converting=False)
    first.fields.first.setText("Sonnenblume am Westbahnhof")
    first.fields.second.setText("Sonnenblume am Westbahnhof")
    shoot_dialog(first, "passphrase")
    # an invented key, shown only in the picture
    shoot_dialog(
        RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", "teilhabe.db"),
        "wiederherstellungsschluessel",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
