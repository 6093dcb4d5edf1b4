"""A case handed over whole: between two fresh databases that share no catalogue, the
file brings the linked offers, every version prints as frozen, export → import → export
stays identical; sealed files, wrong passphrases and the same person twice."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime

import pytest

from teilhabe_desktop.exchange.person_handover import PersonExists, store_person_file
from teilhabe_desktop.exchange.person_json import (
    PassphraseNeeded,
    PersonFileError,
    export_person,
    read_person_file,
)
from teilhabe_desktop.exchange.sealed_file import SealedFileError, WrongPassphrase
from teilhabe_desktop.reports.variants import version_label
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.offer_handover import HandoverMarks
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.reports.pdfcheck import build, text
from tests.reports.snapshots import lobeda_snapshot

PASS = "Übergabe an Frau Meier, Zimmer 12"
PID = "p-lobeda"


@pytest.fixture
def sender(store):
    """The Lobeda case on the sending laptop: two versions, the catalogue changed
    between them, and a draft that links the offers as they are now."""
    example = lobeda_snapshot()
    for offer in example.offers.values():
        store.catalogue.save(offer)
    PersonRepository(store.db, today=lambda: date(2026, 3, 1)).save(example.person)
    plans = PlanRepository(
        store.db, today=lambda: date(2026, 3, 1), now=lambda: datetime(2026, 3, 1, 10)
    )
    plans.save_draft(example.plan)
    plans.finalise(PID, by="Sabine Krüger")
    offer = store.catalogue.get("o-tierhof")
    offer.phone = "03641 000000"  # the catalogue changes after version 1
    store.catalogue.save(offer)
    plans.finalise(PID, by="Sabine Krüger")
    draft = plans.draft(PID)
    draft.wishes[0].text = "Ich möchte jetzt lieber mit Pferden arbeiten."
    plans.save_draft(draft)
    return store


@pytest.fixture
def receiver(tmp_path, _template_database):
    """A colleague's fresh database: same reference data, an empty catalogue."""
    path = tmp_path / "kollegin.db"
    shutil.copyfile(_template_database, path)
    opened = open_database(path)
    yield opened
    opened.close()


def _prints(store) -> dict[tuple[str, str], str]:
    """The text of both printouts of the draft and of every version."""
    plans = store.plans
    texts = {}
    for variant in ("person", "formal"):
        texts[variant, "draft"] = text(build(variant, plans.snapshot(PID), label="Entwurf"))
        for version in plans.versions(PID):
            label = version_label(version)
            texts[variant, label] = text(build(variant, version.snapshot, label=label))
    return texts


def test_handover_between_two_fresh_databases_prints_the_same(sender, receiver, tmp_path):
    assert receiver.catalogue.total() == 0
    sealed = tmp_path / "Person.json"
    export_person(sender, PID, sealed, PASS)
    assert "Lobeda" not in sealed.read_text(encoding="ascii")  # nothing readable

    file = read_person_file(sealed, PASS)
    assert file.encrypted
    outcome = store_person_file(receiver, file)
    assert sorted(outcome.marked) == sorted(file.offers) and outcome.linked == []
    assert HandoverMarks(receiver.db).marked() == set(file.offers)

    before, after = _prints(sender), _prints(receiver)
    assert len(before) == 6  # both variants of the draft and of versions 1 and 2
    assert after == before
    version_1 = after["person", version_label(receiver.plans.version(PID, 1))]
    assert "03641 000000" not in version_1  # version 1 still has the old phone number
    assert "03641 000000" in after["person", "draft"]

    plain_sent, plain_again = tmp_path / "a.json", tmp_path / "b.json"
    export_person(sender, PID, plain_sent)
    export_person(receiver, PID, plain_again)
    assert plain_again.read_bytes() == plain_sent.read_bytes()


def test_an_offer_the_receiver_has_is_linked_not_copied(sender, receiver, tmp_path):
    theirs = sender.catalogue.get("o-tierhof")
    theirs.phone = "03641 555555"  # the receiver's own, newer entry
    receiver.catalogue.save(theirs)
    path = tmp_path / "p.json"
    export_person(sender, PID, path)
    outcome = store_person_file(receiver, read_person_file(path), add_offers=True)
    assert outcome.linked == ["o-tierhof"]
    assert "o-tierhof" not in outcome.added and outcome.added
    assert HandoverMarks(receiver.db).marked() == set()  # chosen: normal entries
    assert receiver.catalogue.get("o-tierhof").phone == "03641 555555"
    assert "03641 555555" in text(build("person", receiver.plans.snapshot(PID), "Entwurf"))


def test_an_older_file_without_offers_uses_the_frozen_copies(sender, receiver, tmp_path):
    path = tmp_path / "p.json"
    export_person(sender, PID, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["offers"]
    data["format_version"] = 3
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    outcome = store_person_file(receiver, read_person_file(path))
    assert outcome.marked
    frozen = sender.plans.version(PID, 2).snapshot.offers["o-tierhof"]
    assert receiver.catalogue.get("o-tierhof").phone == frozen.phone


def test_a_sealed_file_needs_the_right_passphrase(sender, receiver, tmp_path):
    path = tmp_path / "p.json"
    export_person(sender, PID, path, PASS)
    with pytest.raises(PassphraseNeeded):
        read_person_file(path)
    with pytest.raises(WrongPassphrase, match="nicht richtig"):
        read_person_file(path, PASS + " ")
    document = json.loads(path.read_text(encoding="ascii"))
    document["kdf"]["time_cost"] += 1  # a changed header fails like a wrong passphrase
    path.write_text(json.dumps(document), encoding="ascii")
    with pytest.raises(WrongPassphrase):
        read_person_file(path, PASS)
    document["kdf"]["memory_cost"] = 10**9  # a forged cost is refused, not tried
    path.write_text(json.dumps(document), encoding="ascii")
    with pytest.raises(SealedFileError, match="beschädigt"):
        read_person_file(path, PASS)
    assert receiver.persons.list() == []
    with pytest.raises(SealedFileError, match="zu kurz"):
        export_person(sender, PID, tmp_path / "short.json", "kurz")
    assert not (tmp_path / "short.json").exists()


def test_the_same_person_twice_replace_keep_both_or_refuse(sender, tmp_path):
    path = tmp_path / "p.json"
    export_person(sender, PID, path)
    draft = sender.plans.draft(PID)
    draft.wishes[0].text = "Ich möchte etwas ganz anderes."
    sender.plans.save_draft(draft)

    with pytest.raises(PersonExists, match="--keep-both"):
        store_person_file(sender, read_person_file(path))
    assert sender.plans.draft(PID).wishes[0].text == "Ich möchte etwas ganz anderes."

    both = store_person_file(sender, read_person_file(path), on_existing="keep_both")
    assert both.new_id and both.person_id != PID
    copy = sender.plans.draft(both.person_id)
    assert copy.wishes[0].text == "Ich möchte jetzt lieber mit Pferden arbeiten."
    assert {w.id for w in copy.wishes}.isdisjoint(w.id for w in draft.wishes)
    assert [v.number for v in sender.plans.versions(both.person_id)] == [1, 2]
    assert sender.plans.draft(PID).wishes[0].text == "Ich möchte etwas ganz anderes."

    replaced = store_person_file(sender, read_person_file(path), on_existing="replace")
    assert replaced.replaced and replaced.person_id == PID
    assert sender.plans.draft(PID).wishes[0].text.startswith("Ich möchte jetzt lieber")
    assert len(sender.persons.list()) == 2


def test_an_import_that_fails_stores_nothing(sender, receiver, tmp_path):
    path = tmp_path / "p.json"
    export_person(sender, PID, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["offers"]["o-tierhof"]["category_ids"] = ["keine-solche-kategorie"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PersonFileError, match="passt nicht in diesen Katalog"):
        store_person_file(receiver, read_person_file(path))
    assert receiver.persons.list() == [] and receiver.catalogue.total() == 0
