"""Encryption budget (issue 9): the encrypted database costs at most 1.3× the plaintext
one, measured side by side in the same run, for what a user feels:

* a keystroke search in a catalogue of 100,000 offers, and
* an autosave of a normal plan.

Both sides run interleaved – one plaintext call, one encrypted call, and so on – so a
busy moment of the machine hits both alike. The figures are absolute medians with their
ratio. As for every budget, coming within 20 % of it counts as over: for a ratio that
is 20 % of the allowed *extra* cost (0.3), so the ratio must stay below 1.24.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_catalogue import ENTRIES, _keystrokes, write_csv  # noqa: E402
from bench_plans import _normal_plan  # noqa: E402

RATIO_BUDGET = 1.3
#: within 20 % of the allowed extra cost counts as over
MET_BELOW = 1 + (RATIO_BUDGET - 1) * 0.8


def _ratio_check(name: str, encrypted_ms: float, plain_ms: float, places: int) -> bool:
    ratio = encrypted_ms / plain_ms
    ok = ratio <= MET_BELOW
    print(
        f"{name}_median_ms {encrypted_ms:.{places}f} plaintext_median_ms "
        f"{plain_ms:.{places}f} ratio {ratio:.2f} (budget {RATIO_BUDGET:g}, met below "
        f"{MET_BELOW:.2f}) {'OK' if ok else 'OVER'}"
    )
    return ok


def _catalogue(folder: Path):
    from teilhabe_desktop.exchange.catalogue_files import commit_import, preview_file
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.database import open_database

    csv_path = folder / "katalog.csv"
    write_csv(csv_path)
    plain_path = folder / "plain.db"
    store = open_database(plain_path)
    preview = preview_file(store.db, csv_path)
    commit_import(CatalogueRepository(store.db), preview)
    assert len(preview.new) == ENTRIES
    store.close()
    return plain_path


def _encrypted_copy(plain_path: Path, key: bytes) -> Path:
    import os

    from teilhabe_desktop.store.encryption import encrypt_copy

    copy = encrypt_copy(plain_path, key)
    target = plain_path.with_name("encrypted.db")
    os.replace(copy, target)
    return target


def _interleaved(plain_call, encrypted_call, inputs, rounds: int) -> tuple[float, float]:
    """Median ms of each call, measured alternately over the same inputs."""
    plain, encrypted = [], []
    for _ in range(rounds):
        for item in inputs:
            for call, samples in ((plain_call, plain), (encrypted_call, encrypted)):
                start = time.perf_counter()
                call(item)
                samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(plain), statistics.median(encrypted)


def _search_ms(plain_path: Path, encrypted_path: Path, key: bytes) -> tuple[float, float]:
    from teilhabe_desktop.core.catalogue_query import OfferQuery
    from teilhabe_desktop.store.database import open_database

    plain = open_database(plain_path)
    encrypted = open_database(encrypted_path, key)
    try:
        for store in (plain, encrypted):  # both warm, as after the first keystroke
            store.catalogue.search(OfferQuery(text="warm up"))
        return _interleaved(
            lambda t: plain.catalogue.search(OfferQuery(text=t), limit=100),
            lambda t: encrypted.catalogue.search(OfferQuery(text=t), limit=100),
            _keystrokes(),
            rounds=3,
        )
    finally:
        plain.close()
        encrypted.close()


def _autosave_ms(folder: Path, key: bytes) -> tuple[float, float]:
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.database import open_database

    plain = open_database(folder / "plans-plain.db")
    encrypted = open_database(folder / "plans-encrypted.db", key)
    try:
        plan = _normal_plan("p1")
        for store in (plain, encrypted):
            store.persons.save(Person("p1", "Anna", "Beispiel"))
            store.plans.save_draft(plan)
        return _interleaved(
            lambda _: plain.plans.save_draft(plan),
            lambda _: encrypted.plans.save_draft(plan),
            [None],
            rounds=200,
        )
    finally:
        plain.close()
        encrypted.close()


def main() -> int:
    from teilhabe_desktop.store.keyfile import new_data_key

    key = new_data_key()
    results = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain = _catalogue(folder)
        encrypted = _encrypted_copy(plain, key)
        plain_ms, encrypted_ms = _search_ms(plain, encrypted, key)
        results.append(_ratio_check("encryption.keystroke", encrypted_ms, plain_ms, 1))
        plain_save, encrypted_save = _autosave_ms(folder, key)
        results.append(_ratio_check("encryption.autosave", encrypted_save, plain_save, 2))
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
