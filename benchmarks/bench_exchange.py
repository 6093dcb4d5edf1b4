"""Catalogue exchange budgets at 100,000 realistic entries (issue 16), in flat memory.

Every figure is measured in a fresh interpreter (one per step), so that peak memory
(VmHWM of that process) is the step's own; a floor of the same run stands beside it:

- CSV import into an empty catalogue (``catalogue import``: one pass that reads,
  checks, classifies and writes): <= 10 s, <= 250 MB;
  floor: the csv module writing the rows as they are into one plain table
- the same file again (nothing changed): <= 5 s
- JSON export: <= 5 s, <= 200 MB; floor: every offer row dumped as a JSON line
- HSDS zip export: <= 20 s, <= 250 MB; floor: the offer table as CSV into a zip member
- HSDS import of that export into an empty catalogue: <= 40 s, <= 300 MB;
  floor: the csv module reading every member of the zip into plain tables

The catalogue database is encrypted (SQLCipher with a random data key, as a user's
store is: the key derivation at unlock is not part of these figures). Within 20 % of a
budget counts as over. A scaling table follows (10,000 and 100,000;
``make bench-large`` adds 1,000,000): import time, peak memory and database size per
entry should stay flat (linear growth or better).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import check

ENTRIES = 100_000
MARGIN = 0.2
#: name -> (seconds, MB) budgets of the 100,000-entry steps
BUDGETS = {
    "csv_import": (10.0, 250.0),
    "csv_reimport": (5.0, 250.0),
    "json_export": (5.0, 200.0),
    "hsds_export": (20.0, 250.0),
    "hsds_import": (40.0, 300.0),
}
SCALES = (10_000, 100_000)
_RUN_KEY = os.urandom(32).hex()  # the data key of this run's databases
LARGE_SCALE = 1_000_000


def _peak_mb() -> float:
    """VmHWM (peak resident memory) of this process image in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: The environment variable that hands the run's data key (hex) to each child.
KEY_VARIABLE = "BENCH_EXCHANGE_DATA_KEY"


def _open(db_path: str):
    """The catalogue database at ``db_path``, encrypted with the run's data key."""
    from teilhabe_desktop.store.database import open_database

    return open_database(Path(db_path), bytes.fromhex(os.environ[KEY_VARIABLE]))


# -- the steps, each run in a child process -------------------------------------------


def _import(path: str, db_path: str, expect: str) -> None:
    """``catalogue import PATH``: one pass that reads, checks, classifies and writes."""
    from teilhabe_desktop.exchange.catalogue_files import import_once

    store = _open(db_path)
    start = time.perf_counter()
    preview = import_once(store.db, Path(path))
    seconds = time.perf_counter() - start
    kind, count = expect.split("=")
    if preview.counts[kind] != int(count):
        raise SystemExit(f"expected {expect}, got {preview.counts}")
    store.close()
    print(seconds, _peak_mb())


def _export(db_path: str, path: str, fmt: str) -> None:
    from teilhabe_desktop.exchange.catalogue_files import export_catalogue

    store = _open(db_path)
    start = time.perf_counter()
    export_catalogue(store.db, Path(path), fmt)
    seconds = time.perf_counter() - start
    store.close()
    print(seconds, _peak_mb())


def _floor_csv(csv_path: str, db_path: str) -> None:
    """The csv module writing every row as it is into one plain table, one transaction."""
    import csv
    import sqlite3

    start = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        conn.execute(f"CREATE TABLE plain ({', '.join(f'c{i}' for i in range(len(header)))})")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO plain VALUES ({', '.join('?' * len(header))})", reader)
        conn.execute("COMMIT")
    conn.close()
    print(time.perf_counter() - start, _peak_mb())


def _floor_json(db_path: str, out: str) -> None:
    """Every row of table ``offer`` written as one JSON line."""
    import json

    store = _open(db_path)
    start = time.perf_counter()
    cursor = store.db.conn.execute("SELECT * FROM offer")
    names = [d[0] for d in cursor.description]
    with open(out, "w", encoding="utf-8") as handle:
        for row in cursor:
            handle.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False))
            handle.write("\n")
    seconds = time.perf_counter() - start
    store.close()
    print(seconds, _peak_mb())


def _floor_zip(db_path: str, out: str) -> None:
    """Table ``offer`` as CSV, streamed into one deflated zip member."""
    import csv
    import io
    import zipfile

    store = _open(db_path)
    start = time.perf_counter()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("offer.csv", "w", force_zip64=True) as raw,
        io.TextIOWrapper(raw, encoding="utf-8", newline="") as text,
    ):
        writer = csv.writer(text)
        writer.writerows(store.db.conn.execute("SELECT * FROM offer"))
    seconds = time.perf_counter() - start
    store.close()
    print(seconds, _peak_mb())


def _floor_unzip(zip_path: str, db_path: str) -> None:
    """Every CSV member of the zip read by the csv module into a plain table."""
    import csv
    import io
    import sqlite3
    import zipfile

    start = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN")
    with zipfile.ZipFile(zip_path) as archive:
        for number, info in enumerate(archive.infolist()):
            if not info.filename.endswith(".csv"):
                continue
            with archive.open(info) as raw:
                reader = csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
                header = next(reader)
                table = f"t{number}"
                conn.execute(
                    f"CREATE TABLE {table} ({', '.join(f'c{i}' for i in range(len(header)))})"
                )
                marks = ", ".join("?" * len(header))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", reader)
    conn.execute("COMMIT")
    conn.close()
    print(time.perf_counter() - start, _peak_mb())


def _write_data(path: str, count: str) -> None:
    from benchmarks.exchange_data import write_catalogue_csv

    write_catalogue_csv(Path(path), int(count))


CHILDREN = {
    f.__name__: f
    for f in (_import, _export, _floor_csv, _floor_json, _floor_zip, _floor_unzip, _write_data)
}


def _child(function: str, *args: object) -> tuple[float, float]:
    """``(seconds, peak MB)`` that ``function(*args)`` prints in a fresh interpreter."""
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-m", "benchmarks.bench_exchange", function, *map(str, args)]
    env = {**os.environ, KEY_VARIABLE: os.environ.get(KEY_VARIABLE) or _RUN_KEY}
    done = subprocess.run(command, capture_output=True, text=True, cwd=root, env=env, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"{function} failed:\n{done.stderr[-3000:]}{done.stdout[-1000:]}")
    if not done.stdout.strip():
        return 0.0, 0.0
    seconds, mb = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(mb)


def _mb(path: Path) -> float:
    return path.stat().st_size / 1024**2


def _line(name: str, value: tuple[float, float], floor: tuple[float, float], note="") -> bool:
    seconds, mb = value
    budget_s, budget_mb = BUDGETS[name]
    ratio = f" floor {floor[0]:.1f} s / {floor[1]:.0f} MB ratio {seconds / floor[0]:.1f}x{note}"
    time_ok = check(f"exchange.{name}_100k_s", seconds, budget_s, "s", ratio, margin=MARGIN)
    memory_ok = check(f"exchange.{name}_100k_peak_mb", mb, budget_mb, "MB", places=0, margin=MARGIN)
    return time_ok and memory_ok


def _scaling(folder: Path, scales: tuple[int, ...], known: dict[int, tuple]) -> None:
    """Import time, peak memory and database size at each scale, per entry."""
    print("exchange.scaling entries | import s | us/entry | peak MB | db MB | db KB/entry")
    for count in scales:
        if count in known:
            (seconds, mb), db_mb = known[count]
        else:
            csv_path, db_path = folder / f"s{count}.csv", folder / f"s{count}.db"
            _child("_write_data", csv_path, count)
            seconds, mb = _child("_import", csv_path, db_path, f"new={count}")
            db_mb = _mb(db_path)
            csv_path.unlink()
            for extra in folder.glob(f"s{count}.db*"):
                extra.unlink()
        print(
            f"exchange.scaling {count:>9,} | {seconds:8.1f} | {seconds / count * 1e6:8.0f} | "
            f"{mb:7.0f} | {db_mb:5.0f} | {db_mb * 1024 / count:6.2f}"
        )


def main(large: bool | None = None) -> int:
    if large is None:
        large = os.environ.get("BENCH_LARGE") == "1"
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        csv_path, db_path = folder / "katalog.csv", folder / "katalog.db"
        _child("_write_data", csv_path, ENTRIES)
        floor_csv = _child("_floor_csv", csv_path, folder / "plain.db")
        imported = _child("_import", csv_path, db_path, f"new={ENTRIES}")
        db_mb = _mb(db_path)
        again = _child("_import", csv_path, db_path, f"unchanged={ENTRIES}")
        json_floor = _child("_floor_json", db_path, folder / "floor.jsonl")
        json_export = _child("_export", db_path, folder / "katalog.json", "json")
        zip_floor = _child("_floor_zip", db_path, folder / "floor.zip")
        zip_path = folder / "katalog-hsds.zip"
        hsds_export = _child("_export", db_path, zip_path, "hsds")
        unzip_floor = _child("_floor_unzip", zip_path, folder / "unzip.db")
        hsds_import = _child("_import", zip_path, folder / "hsds.db", f"new={ENTRIES}")
        print(
            f"exchange.files csv_mb {_mb(csv_path):.0f} json_mb "
            f"{_mb(folder / 'katalog.json'):.0f} hsds_zip_mb {_mb(zip_path):.0f} (info)"
        )
        results = [
            _line("csv_import", imported, floor_csv),
            _line("csv_reimport", again, floor_csv),
            _line("json_export", json_export, json_floor),
            _line("hsds_export", hsds_export, zip_floor),
            _line("hsds_import", hsds_import, unzip_floor),
        ]
        scales = (*SCALES, LARGE_SCALE) if large else SCALES
        _scaling(folder, scales, {ENTRIES: (imported, db_mb)})
    return 0 if all(results) else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in CHILDREN:  # a child: FUNCTION ARGS…
        CHILDREN[sys.argv[1]](*sys.argv[2:])
    else:
        raise SystemExit(main(large="--large" in sys.argv[1:] or None))
