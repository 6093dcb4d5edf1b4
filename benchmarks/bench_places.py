"""Places budgets (issue 14): point-in-polygon and street lookups.

- 10,000 point-in-polygon lookups over the 41 districts in <= 0.2 s, with the city's
  boundary file where it lies beside the checkout (``../shared/reference/jena``), else
  with the schematic cells; a bounding-box test of the same points is printed beside it;
- one street lookup (address taken apart, any spelling, house number in the ranges of a
  directory of 3,000 streets) in <= 1 ms median; a dict lookup of the key is printed too.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.timing import check, median_ms
from teilhabe_desktop.core.boundaries import BoundaryIndex
from teilhabe_desktop.core.locating import Locator
from teilhabe_desktop.core.schematic_map import schematic_cells
from teilhabe_desktop.core.street_directory import Side, StreetDirectory, StreetRange
from teilhabe_desktop.core.street_names import street_key
from teilhabe_desktop.exchange.boundaries_geojson import read_boundaries
from teilhabe_desktop.store.database import open_database

POINTS = 10_000
PIP_BUDGET_S = 0.2
STREETS = 3_000
STREET_BUDGET_MS = 1.0
CITY = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "jena"


def _shapes(store) -> tuple[dict, str]:
    reference = store.reference
    path = CITY / "statistische_bezirke.geojson"
    if path.exists():
        known = {"district": {d.code: d.name for d in reference.districts()}, "ortsteil": {}}
        return read_boundaries(path, reference.place_resolver(), known).shapes, "city file"
    rows = store.db.execute("SELECT code, lat, lon FROM district")
    return schematic_cells({c: (lat, lon) for c, lat, lon in rows}), "schematic cells"


def bench_points(store) -> bool:
    shapes, source = _shapes(store)
    index = BoundaryIndex(shapes)
    rng = random.Random(14)
    lats = [rng.uniform(50.86, 50.98) for _ in range(POINTS)]
    lons = [rng.uniform(11.50, 11.68) for _ in range(POINTS)]
    started = time.perf_counter()
    index.districts_at(lats, lons)
    seconds = time.perf_counter() - started
    bounds = np.array([g.bounds for g in shapes.values()])
    x, y = np.array(lons)[:, None], np.array(lats)[:, None]
    started = time.perf_counter()
    inside = (x >= bounds[:, 0]) & (x <= bounds[:, 2]) & (y >= bounds[:, 1]) & (y <= bounds[:, 3])
    inside.argmax(axis=1)
    floor = time.perf_counter() - started
    return check(
        f"places.point_in_polygon_{POINTS}_s",
        seconds,
        PIP_BUDGET_S,
        "s",
        f" ({source}; bounding-box floor {floor * 1000:.1f} ms)",
        places=3,
    )


def bench_streets(store) -> bool:
    rng = random.Random(14)
    codes = [d.code for d in store.reference.districts()]
    ranges, names = [], []
    for n in range(STREETS):
        name = f"Beispielstraße {n}" if n % 3 else f"Am Hügel-Weg {n}"
        names.append(name)
        ranges += [
            StreetRange(name, rng.choice(codes), 1, 49, Side.ODD),
            StreetRange(name, rng.choice(codes), 2, 50, Side.EVEN),
            StreetRange(name, rng.choice(codes), 51, None, Side.ALL),
        ]
    locator = Locator(store.reference.place_resolver(), store.reference.districts(),
                      StreetDirectory(ranges))  # fmt: skip
    written = [
        f"{rng.choice(names).replace('straße', 'str.').replace('-', ' ')} {rng.randint(1, 80)}"
        for _ in range(1000)
    ]
    keys = {street_key(n): n for n in names}
    plain = [street_key(w.rsplit(" ", 1)[0]) for w in written]
    lookup = median_ms(locator.from_street, rounds=3, inputs=written)
    floor = median_ms(keys.get, rounds=3, inputs=plain)
    assert all(locator.from_street(w).found for w in written[:50])
    return check(
        "places.street_lookup_median_ms",
        lookup,
        STREET_BUDGET_MS,
        "ms",
        f" (dict lookup of the key alone {floor * 1000:.2f} µs)",
        places=3,
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "bench.db")
        try:
            ok = bench_points(store)
            ok = bench_streets(store) and ok
        finally:
            store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
