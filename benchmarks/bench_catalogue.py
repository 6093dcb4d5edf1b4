"""Catalogue budgets at 100,000 entries (issue 3).

- keystroke -> first 100 rows: median <= 30 ms and <= 2x the raw FTS5 query
- CSV import of 100,000 rows (preview + commit): <= 20 s
- peak memory of a process with that catalogue open and searched: <= 300 MB
"""

from __future__ import annotations

import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
_PLACES = (
    "Neulobeda",
    "Winzerla",
    "Jena-Nord",
    "Wenigenjena",
    "Jena-Zentrum",
    "Jena-West",
    "Zwätzen",
    "Lobeda-Altstadt",
    "Burgau",
    "Kunitz",
    "Jena-Süd",
    "Ziegenhain",
)
_CATEGORIES = (
    "Beratung",
    "Selbsthilfe",
    "Sport und Bewegung",
    "Bildung und Kurse",
    "Kultur und Freizeit",
    "Begegnung und Treffpunkt",
    "Ehrenamt und Engagement",
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
                    "; ".join(rnd.sample(_CATEGORIES, 2)),
                    "; ".join(sorted(rnd.sample([f"d{k}" for k in range(1, 10)], 2))),
                    f"{rnd.choice(_STREETS)} {rnd.randint(1, 120)}",
                    f"077{rnd.randint(43, 49)}",
                    rnd.choice(_PLACES),
                    rnd.choice(["kostenlos", "ermäßigt möglich", "Beitrag", "unbekannt"]),
                    f"03641 {rnd.randint(100000, 999999)}",
                ]
            )


def _keystrokes() -> list[str]:
    return [word[:k] for word in TYPED for k in range(1, len(word) + 1)]


def _median_ms(fn, texts: list[str], rounds: int = 3) -> float:
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            fn(text)
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _memory_child(db_path: str) -> None:
    import resource

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
    # VmHWM: peak resident memory of this process image. ru_maxrss would include the
    # parent's peak, which Linux carries across fork and exec.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                print(int(line.split()[1]) / 1024)
                return
    except OSError:
        pass
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _line(name: str, value: float, unit: str, budget: float, extra: str = "") -> bool:
    ok = value <= budget
    print(f"catalogue.{name} {value:.1f} {unit}(budget {budget:g}){extra} {'OK' if ok else 'OVER'}")
    return ok


def main() -> None:
    from teilhabe_desktop.core.catalogue_query import OfferQuery
    from teilhabe_desktop.core.text_fold import fts_match
    from teilhabe_desktop.exchange.catalogue_files import commit_import, preview_file
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "katalog.csv"
        db_path = Path(folder) / "bench.db"
        write_csv(csv_path)
        store = open_database(db_path)
        start = time.perf_counter()
        preview = preview_file(store.db, csv_path)
        commit_import(CatalogueRepository(store.db), preview)
        import_s = time.perf_counter() - start
        assert len(preview.new) == ENTRIES, preview.summary()[:500]
        _line("csv_import_100k_s", import_s, "s ", IMPORT_BUDGET_S)

        repo = CatalogueRepository(store.db)
        texts = _keystrokes()
        raw_sql = "SELECT rowid FROM offer_fts WHERE offer_fts MATCH ? ORDER BY rank LIMIT 100"
        repo.search(OfferQuery(text="warm up"))
        raw = _median_ms(lambda t: store.db.execute(raw_sql, [fts_match(t)]).fetchall(), texts)
        ours = _median_ms(lambda t: repo.search(OfferQuery(text=t), limit=100), texts)
        ratio = ours / raw if raw else float("inf")
        ok = _line(
            "keystroke_median_ms",
            ours,
            "ms ",
            KEYSTROKE_BUDGET_MS,
            f" raw_fts_ms {raw:.1f} ratio_to_fts {ratio:.2f} (budget {RATIO_BUDGET:g})",
        )
        if ratio > RATIO_BUDGET and ok:
            print("catalogue.keystroke ratio OVER")
        filtered = _median_ms(
            lambda t: repo.search(
                OfferQuery(text=t, sozialraum_ids=frozenset({"lobeda"}), life_domain="d7")
            ),
            texts,
            rounds=1,
        )
        print(f"catalogue.keystroke_filtered_median_ms {filtered:.1f} (info)")
        count = _median_ms(lambda t: repo.count(OfferQuery(text=t)), texts, rounds=1)
        print(f"catalogue.count_median_ms {count:.1f} (info)")
        store.close()

        child = subprocess.run(
            [
                sys.executable,
                "-c",
                "from benchmarks.bench_catalogue import _memory_child; "
                f"_memory_child({str(db_path)!r})",
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        _line(
            "peak_memory_mb", float(child.stdout.strip().splitlines()[-1]), "MB ", MEMORY_BUDGET_MB
        )


if __name__ == "__main__":
    main()
