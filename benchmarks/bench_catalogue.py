"""Catalogue budgets at 100,000 entries (issue 3).

- keystroke -> first 100 rows: median <= 30 ms and <= 2x the raw FTS5 query
- CSV import of 100,000 rows (one pass, as `catalogue import`): <= 20 s
- peak memory of the app with that catalogue open and searched: <= 300 MB, measured on
  the real GUI (offscreen) in a subprocess: Angebote page, searches typed into the
  search field, a few pages scrolled, sorted, an entry's details shown. The repository
  alone is printed as info (the floor the GUI adds to).
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.exchange_data import CATEGORIES, PLACES
from benchmarks.timing import Ratio, check, median_ms
from teilhabe_desktop.session import Session

ENTRIES = 100_000
KEYSTROKE_BUDGET_MS = 30.0
RATIO_BUDGET = 2.0
IMPORT_BUDGET_S = 20.0
MEMORY_BUDGET_MB = 300.0
TYPED = (
    "Gebärdensprache",
    "Beratung Lobeda",
    "Schwimmen",
    "Karl-Marx",
    "Selbsthilfe Sucht",
    "Strasse",
    "Kochen",
)

_WORDS = (  # noqa: SIM905
    "Beratung Treffpunkt Sport Kurs Gebärdensprache Selbsthilfe Nachbarschaft Café Bibliothek "
    "Werkstatt Lesen Schwimmen Tanz Musik Garten Kochen Computer Senioren Jugend Familie Wohnen "
    "Arbeit Begegnung Chor Theater Malen Wandern Radfahren Yoga Schach Sucht Trauer Eltern Kinder "
    "Frauen Männer Migration Sprache Deutsch Englisch Nähen Töpfern Fotografie Film Kino Spiele "
    "Fußball Tischtennis Boccia Rollstuhl Blinde Gehörlose Psyche Demenz Pflege Angehörige "
    "Schulden Miete Bewerbung Praktikum Ausbildung Ehrenamt Besuchsdienst Fahrdienst Einkauf "
    "Mittagstisch"
).split()
_SYLLABLES = "ber lin ka mo ta ro sel wen hau feld berg bach dorf stein wald au lo be da".split()  # noqa: SIM905
_STREETS = (
    "Karl-Marx-Allee",
    "Werner-Seelenbinder-Straße",
    "Anna-Siemsen-Straße",
    "Dammstraße",
    "Leipziger Straße",
    "Camburger Straße",
    "Grietgasse",
    "Lutherplatz",
    "Erlanger Allee",
    "Schenkstraße",
    "Löbdergraben",
    "Johannisstraße",
)


def _word(rnd: random.Random) -> str:
    if rnd.random() < 0.5:
        return rnd.choice(_WORDS)
    return "".join(rnd.choices(_SYLLABLES, k=rnd.randint(2, 4))).capitalize()


def write_csv(path: Path, count: int = ENTRIES) -> None:
    rnd = random.Random(42)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "ID",
                "Name",
                "Beschreibung",
                "Träger",
                "Kategorien",
                "Lebensbereiche",
                "Straße",
                "PLZ",
                "Stadtteil",
                "Kosten",
                "Telefon",
            ]
        )
        for i in range(count):
            writer.writerow(
                [
                    f"gen-{i}",
                    f"{_word(rnd)} {_word(rnd)} {_word(rnd)}",
                    " ".join(_word(rnd) for _ in range(rnd.randint(5, 25))),
                    f"{_word(rnd)} e. V.",
                    "; ".join(rnd.sample(CATEGORIES, 2)),
                    "; ".join(sorted(rnd.sample([f"d{k}" for k in range(1, 10)], 2))),
                    f"{rnd.choice(_STREETS)} {rnd.randint(1, 120)}",
                    f"077{rnd.randint(43, 49)}",
                    rnd.choice(PLACES),
                    rnd.choice(["kostenlos", "ermäßigt möglich", "Beitrag", "unbekannt"]),
                    f"03641 {rnd.randint(100000, 999999)}",
                ]
            )


def _keystrokes() -> list[str]:
    return [word[:k] for word in TYPED for k in range(1, len(word) + 1)]


def _memory_child(db_path: str) -> None:
    """A process that only uses the repository (no GUI): the floor for the app figure."""
    from teilhabe_desktop.core.catalogue_query import OfferQuery
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.database import open_database

    store = open_database(db_path)
    repo = CatalogueRepository(store.db)
    for text in _keystrokes():
        repo.search(OfferQuery(text=text), limit=100)
        repo.count(OfferQuery(text=text))
    for key in ("name", "organization", "cost"):
        repo.search(OfferQuery(sort=key), limit=100, offset=500)
    store.close()
    print(_peak_mb())


def _peak_mb() -> float:
    """VmHWM (peak resident memory) of this process image in MB.

    ru_maxrss would include the parent's peak, which Linux carries across fork and exec.
    """
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _gui_memory_child(db_path: str) -> None:
    """The real app on the 100k catalogue: Angebote page, searches, scrolling, a detail."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from teilhabe_desktop.store.database import open_database
    from teilhabe_desktop.ui.shell.app import create_application
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    app = create_application(["bench"])
    store = open_database(db_path)
    window = MainWindow(Session(store))
    window.show()
    window.show_page(1)
    page = window.offers_page
    model, table = page.model, page.table

    def settle(done, seconds: float = 10.0) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise SystemExit("GUI did not settle in time")
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    searched = 0
    for text in (*TYPED, "Ber", "Treff", "Sport Kurs", ""):
        page.search.setText(text)
        settle(lambda t=text: model.query.text == t and model.total_known())
        searched += model.rowCount() > 0
        for _ in range(5):  # scroll down a few pages: the view fetches more as it goes
            table.scrollToBottom()
            app.processEvents()
            if model.canFetchMore():
                model.fetchMore()
        if model.rowCount():
            table.selectRow(min(3, model.rowCount() - 1))
            settle(lambda: page.current_offer_id() is not None and page.detail.title.isVisible())
    for column in (0, 4):  # sort by name, then provider, over the whole catalogue
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        settle(model.total_known)
        table.scrollToBottom()
        app.processEvents()
    assert searched >= len(TYPED), "the searches found nothing"
    window.close()
    store.close()
    print(_peak_mb())


def _plain_import_s(csv_path: Path, db_path: Path) -> float:
    """Floor: read the same file with the csv module and write every row as it is into one
    plain table in one transaction - no checks, no mapping, no search index."""
    import csv

    from teilhabe_desktop.store.connection import open_connection

    start = time.perf_counter()
    db = open_connection(db_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        columns = ", ".join(f"c{i}" for i in range(len(header)))
        db.execute(f"CREATE TABLE plain ({columns})")
        marks = ", ".join("?" * len(header))
        with db.atomic():
            db.conn.executemany(f"INSERT INTO plain VALUES ({marks})", reader)
    db.conn.close()
    return time.perf_counter() - start


def main() -> int:
    from teilhabe_desktop.core.catalogue_query import OfferQuery
    from teilhabe_desktop.core.text_fold import fts_match
    from teilhabe_desktop.exchange.catalogue_files import import_once
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "katalog.csv"
        db_path = Path(folder) / "bench.db"
        write_csv(csv_path)
        store = open_database(db_path)
        start = time.perf_counter()
        preview = import_once(store.db, csv_path)  # as `catalogue import`: one pass
        import_s = time.perf_counter() - start
        assert len(preview.new) == ENTRIES, preview.summary()[:500]
        plain_s = _plain_import_s(csv_path, Path(folder) / "plain.db")
        results = [
            check(
                "catalogue.csv_import_100k_s",
                import_s,
                IMPORT_BUDGET_S,
                "s",
                f" plain_csv_to_table_s {plain_s:.1f}"
                f" ratio_to_plain {import_s / plain_s:.1f} (info)",
            )
        ]

        repo = CatalogueRepository(store.db)
        texts = _keystrokes()
        raw_sql = "SELECT rowid FROM offer_fts WHERE offer_fts MATCH ? ORDER BY rank LIMIT 100"
        repo.search(OfferQuery(text="warm up"))
        raw = median_ms(
            lambda t: store.db.execute(raw_sql, [fts_match(t)]).fetchall(), rounds=3, inputs=texts
        )
        ours = median_ms(
            lambda t: repo.search(OfferQuery(text=t), limit=100), rounds=3, inputs=texts
        )
        ratio = ours / raw if raw else float("inf")
        results.append(
            check(
                "catalogue.keystroke_median_ms",
                ours,
                KEYSTROKE_BUDGET_MS,
                "ms",
                f" raw_fts_ms {raw:.1f}",
                ratio=Ratio("ratio_to_fts", ratio, RATIO_BUDGET),
            )
        )
        filtered = median_ms(
            lambda t: repo.search(
                OfferQuery(text=t, sozialraum_ids=frozenset({"lobeda"}), life_domain="d7")
            ),
            rounds=1,
            inputs=texts,
        )
        print(f"catalogue.keystroke_filtered_median_ms {filtered:.1f} (info)")
        count = median_ms(lambda t: repo.count(OfferQuery(text=t)), rounds=1, inputs=texts)
        print(f"catalogue.count_median_ms {count:.1f} (info)")
        store.close()

        repo_mb = _child_mb("_memory_child", db_path)
        print(f"catalogue.peak_memory_mb {repo_mb:.1f} MB (repository only, info)")
        app_mb = _child_mb("_gui_memory_child", db_path)
        results.append(
            check(
                "catalogue.app_peak_memory_mb",
                app_mb,
                MEMORY_BUDGET_MB,
                "MB",
                f" ratio_to_repository {app_mb / repo_mb:.2f} (info)",
            )
        )
    return 0 if all(results) else 1


def _child_mb(function: str, db_path: Path) -> float:
    """Peak memory (MB) of a fresh interpreter running ``function(db_path)`` of this file."""
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from benchmarks.bench_catalogue import {function}; {function}({str(db_path)!r})",
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    if child.returncode != 0:
        raise RuntimeError(f"{function} failed:\n{child.stderr[-2000:]}")
    return float(child.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    raise SystemExit(main())
