"""Map budgets (issue 14): the page *Karte* with the 41 districts and 2,000 offer pins.

- first paint <= 150 ms: the page shown for the first time (shapes and pins read from the
  database, the scene built, the list filled) until it is drawn once;
- each pan or zoom frame <= 16 ms median: a zoom step (pins re-clustered) or an arrow
  key's pan, then the map drawn.

The districts are the city's boundary file where it lies beside the checkout
(``../shared/reference/jena``), else the schematic cells. Beside each figure the floor
of the same run: the same widgets without districts and pins (an empty page drawn, an
empty map's frame).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.timing import check
from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.geometry import to_wkb
from teilhabe_desktop.exchange.boundaries_geojson import read_boundaries
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.database import open_database

PINS = 2_000
FIRST_PAINT_BUDGET_MS = 150.0
FRAME_BUDGET_MS = 16.0
FRAMES = 60
SIZE = (1366, 700)
CITY = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "jena"


def _fill(store) -> str:
    reference = store.reference
    path = CITY / "statistische_bezirke.geojson"
    source = "schematic cells"
    if path.exists():
        known = {"district": {d.code: d.name for d in reference.districts()}, "ortsteil": {}}
        shapes = read_boundaries(path, reference.place_resolver(), known).shapes
        store.places.replace_boundaries(
            "district", {c: to_wkb(g) for c, g in shapes.items()}, path.name
        )
        source = "city file"
    rng = random.Random(14)
    names = [d.name for d in reference.districts()]
    offers = [
        Offer(
            id=f"pin-{n}",
            name=f"Angebot {n}",
            place=rng.choice(names),
            lat=rng.uniform(50.87, 50.96),
            lon=rng.uniform(11.53, 11.66),
        )
        for n in range(PINS)
    ]
    store.catalogue.save_many(offers)
    return source


def _first_paint(app, session) -> tuple[float, object]:
    from teilhabe_desktop.ui.map.map_page import MapPage

    page = MapPage(session)
    page.resize(*SIZE)
    started = time.perf_counter()
    page.show()  # loads on first show
    app.processEvents()
    page.grab()
    return (time.perf_counter() - started) * 1000, page


def _frames(app, page) -> float:
    view = page.view
    samples = []
    for n in range(FRAMES):
        started = time.perf_counter()
        if n % 3 == 2:
            view.pan_by(60, 40)
        else:
            view.zoom_by(1.25 if (n // 6) % 2 == 0 else 0.8, anchor_under_mouse=False)
        view.viewport().grab()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> int:
    from teilhabe_desktop.ui.shell.app import create_application

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "bench.db")
        empty_store = open_database(Path(folder) / "empty.db")
        try:
            source = _fill(store)
            session = Session(store)
            # floor: the same page on an empty map (no districts, no pins)
            empty = Session(empty_store)
            empty_store.db.execute("UPDATE district SET lat = NULL, lon = NULL")
            floor_paint, floor_page = _first_paint(app, empty)
            floor_frame = _frames(app, floor_page)
            floor_page.close()
            _first_paint(app, session)[1].close()  # warm: fonts, geometry libraries
            paint, page = _first_paint(app, session)
            assert len(page.scene.districts) == 41 and len(page.scene.pins.ids) == PINS
            frame = _frames(app, page)
            page.close()
        finally:
            store.close()
            empty_store.close()
    ok = check(
        "map.first_paint_ms",
        paint,
        FIRST_PAINT_BUDGET_MS,
        "ms",
        f" (41 districts from the {source}, {PINS:,} pins; empty page {floor_paint:.1f} ms)",
        margin=0.2,
    )
    ok = (
        check(
            "map.pan_zoom_frame_median_ms",
            frame,
            FRAME_BUDGET_MS,
            "ms",
            f" (empty map's frame {floor_frame:.2f} ms)",
            places=2,
            margin=0.2,
        )
        and ok
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
