"""HSDS budgets at 100,000 entries (issue 11): the app re-imports its own HSDS zip export.

- export of the catalogue as an HSDS .zip: info
- re-import of that zip into an empty catalogue (preview + commit), in a fresh process:
  <= 240 s and <= 15 x the CSV import of the same entries (the floor, same run)
- peak memory of that process: <= 2,048 MB (the zip holds about 260 MB of tables); the
  plain csv module reading the same tables into lists is printed as the floor (info).
  Measured 3.12.2026 on 2 cores: 102 s (8.2 x), 1,390 MB (1.17 x the floor).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_catalogue import ENTRIES, write_csv
from benchmarks.timing import Ratio, check

IMPORT_BUDGET_S = 240.0
RATIO_BUDGET = 15.0
MEMORY_BUDGET_MB = 2048.0


def _reimport_child(zip_path: str, db_path: str) -> None:
    """Preview and commit ``zip_path`` into a new database; prints seconds and peak MB."""
    from benchmarks.bench_catalogue import _peak_mb
    from teilhabe_desktop.exchange.catalogue_files import commit_import, preview_file
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.database import open_database

    store = open_database(Path(db_path))
    start = time.perf_counter()
    preview = preview_file(store.db, Path(zip_path))
    commit_import(CatalogueRepository(store.db), preview)
    seconds = time.perf_counter() - start
    assert preview.counts["new"] == ENTRIES, preview.summary()[:500]
    store.close()
    print(seconds, _peak_mb())


def _plain_read_child(zip_path: str) -> None:
    """Floor: every table of the zip read by the csv module into lists; prints peak MB."""
    import csv
    import io
    import zipfile

    from benchmarks.bench_catalogue import _peak_mb

    tables = []
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            if info.filename.endswith(".csv"):
                with archive.open(info) as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                    tables.append(list(csv.reader(text)))
    print(_peak_mb())


def _child(function: str, *args: str) -> list[float]:
    """The figures ``function(*args)`` of this module prints in a fresh interpreter."""
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-m", "benchmarks.bench_hsds", function, *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=root, timeout=1200)
    if done.returncode != 0:
        raise RuntimeError(f"{function} failed:\n{done.stderr[-2000:]}")
    return [float(v) for v in done.stdout.strip().splitlines()[-1].split()]


def main() -> int:
    from teilhabe_desktop.exchange.catalogue_files import (
        commit_import,
        export_catalogue,
        preview_file,
    )
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        csv_path, zip_path = Path(folder) / "katalog.csv", Path(folder) / "katalog.zip"
        write_csv(csv_path)
        store = open_database(Path(folder) / "source.db")
        start = time.perf_counter()
        commit_import(CatalogueRepository(store.db), preview_file(store.db, csv_path))
        csv_s = time.perf_counter() - start
        start = time.perf_counter()
        export_catalogue(store.db, zip_path, "hsds")
        export_s = time.perf_counter() - start
        store.close()
        print(
            f"hsds.export_100k_s {export_s:.1f} (info) zip_mb "
            f"{zip_path.stat().st_size / 1024**2:.0f} csv_import_s {csv_s:.1f} (floor)"
        )
        seconds, peak_mb = _child("_reimport_child", str(zip_path), str(Path(folder) / "n.db"))
        (plain_mb,) = _child("_plain_read_child", str(zip_path))
        results = [
            check(
                "hsds.reimport_100k_s",
                seconds,
                IMPORT_BUDGET_S,
                "s",
                ratio=Ratio("ratio_to_csv_import", seconds / csv_s, RATIO_BUDGET, 1),
            ),
            check(
                "hsds.reimport_peak_memory_mb",
                peak_mb,
                MEMORY_BUDGET_MB,
                "MB",
                f" plain_csv_read_mb {plain_mb:.0f} ratio {peak_mb / plain_mb:.2f} (info)",
                places=0,
            ),
        ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    if len(sys.argv) > 1:  # a child: python -m benchmarks.bench_hsds FUNCTION ARGS…
        {"_reimport_child": _reimport_child, "_plain_read_child": _plain_read_child}[sys.argv[1]](
            *sys.argv[2:]
        )
    else:
        raise SystemExit(main())
