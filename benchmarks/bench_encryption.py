"""Encryption budget (issue 9): the encrypted database costs at most 1.3× the plaintext
one, measured side by side in the same run, for what a user feels:

* a keystroke search in a catalogue of 100,000 offers, and
* an autosave of a normal plan.

The figures are absolute medians with their ratio; a ratio within 20 % of its budget
counts as over (``margin``), as every budget here.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_catalogue import ENTRIES, _keystrokes, write_csv  # noqa: E402
from bench_plans import _normal_plan  # noqa: E402
from timing import check, median_ms  # noqa: E402

RATIO_BUDGET = 1.3
MARGIN = 0.2


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


def _search_ms(path: Path, key: bytes | None) -> float:
    from teilhabe_desktop.core.catalogue_query import OfferQuery
    from teilhabe_desktop.store.database import open_database

    store = open_database(path, key)
    try:
        repo = store.catalogue
        texts = _keystrokes()
        repo.search(OfferQuery(text="warm up"))
        return median_ms(lambda t: repo.search(OfferQuery(text=t), limit=100), 3, texts)
    finally:
        store.close()


def _autosave_ms(path: Path, key: bytes | None) -> float:
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.database import open_database

    store = open_database(path, key)
    try:
        store.persons.save(Person("p1", "Anna", "Beispiel"))
        plan = _normal_plan("p1")
        store.plans.save_draft(plan)
        return median_ms(lambda: store.plans.save_draft(plan), rounds=60)
    finally:
        store.close()


def main() -> int:
    from teilhabe_desktop.store.keyfile import new_data_key

    key = new_data_key()
    results = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain = _catalogue(folder)
        encrypted = _encrypted_copy(plain, key)
        # alternate, so neither side profits from a warmer machine
        plain_ms = min(_search_ms(plain, None), _search_ms(plain, None))
        encrypted_ms = min(_search_ms(encrypted, key), _search_ms(encrypted, key))
        results.append(
            check(
                "encryption.keystroke_ratio",
                encrypted_ms / plain_ms,
                RATIO_BUDGET,
                extra=f" encrypted_ms {encrypted_ms:.1f} plaintext_ms {plain_ms:.1f}",
                places=2,
                margin=MARGIN,
            )
        )
        plain_save = _autosave_ms(folder / "plans-plain.db", None)
        encrypted_save = _autosave_ms(folder / "plans-encrypted.db", key)
        results.append(
            check(
                "encryption.autosave_ratio",
                encrypted_save / plain_save,
                RATIO_BUDGET,
                extra=f" encrypted_ms {encrypted_save:.2f} plaintext_ms {plain_save:.2f}",
                places=2,
                margin=MARGIN,
            )
        )
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
