"""One catalogue for the team: publish → trust → update on a workstation with local edits,
every merge case, and the packages a workstation must refuse (nothing changed)."""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import replace

import pytest

from teilhabe_desktop.core.catalogue import Offer, OfferStatus
from teilhabe_desktop.core.catalogue_merge import MINE, THEIRS
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Goal, OfferLink, Person
from teilhabe_desktop.exchange.catalogue_files import preview_file
from teilhabe_desktop.exchange.catalogue_package import PackageRefused
from teilhabe_desktop.exchange.catalogue_update import AlreadyApplied
from teilhabe_desktop.session import open_session

TEAM = "Stadt Jena, Integrierte Sozialplanung"


@pytest.fixture
def centre(tmp_path, keys):
    session = open_session(tmp_path / "zentrale.db", keys=keys)
    for offer in (
        Offer("o-lauf", "Lauftreff Lobeda", opening_hours="Di 18 Uhr", sozialraum_id="lobeda"),
        Offer("o-cafe", "Nachbarschaftscafé", description="Kaffee und Kuchen"),
        Offer("o-chor", "Chor für alle", phone="03641 111111"),
        Offer("o-tausch", "Tauschring Nord"),
    ):
        session.catalogue.save(offer)
    yield session
    session.close()


@pytest.fixture
def workstation(tmp_path, keys):
    session = open_session(tmp_path / "arbeitsplatz.db", keys=keys)
    yield session
    session.close()


def _publish(centre, path):
    out, pub, _sequence, _entries, fingerprint = centre.publish_catalogue(path, TEAM)
    centre.fingerprint = fingerprint
    return out, pub


def _edit(session, offer_id, **changes):
    session.catalogue.save(replace(session.catalogue.get(offer_id), **changes))


def _link(session, offer_id):
    """A plan on the workstation links the offer (so it must never disappear)."""
    session.persons.save(Person("p1", "Mira", "Beispiel"))
    plan = session.plans.draft("p1")
    plan.goals.append(Goal("g1", None, "Singen"))
    plan.offer_links.append(OfferLink("l1", "g1", offer_id))
    session.plans.save_draft(plan)


def test_publish_trust_update_and_every_merge_case(centre, workstation, tmp_path):
    first, pub = _publish(centre, tmp_path / "katalog-1.zip")
    assert pub == tmp_path / "katalog-1.pub" and pub.read_text().startswith("-----BEGIN")
    with pytest.raises(PackageRefused, match="noch kein Katalogteam"):
        workstation.preview_catalogue_update(first)
    assert workstation.trust_publisher(pub) == centre.fingerprint
    assert workstation.trusted_publisher() == centre.fingerprint
    preview = workstation.preview_catalogue_update(first)
    assert sorted(preview.result.new) == ["o-cafe", "o-chor", "o-lauf", "o-tausch"]
    assert workstation.catalogue.total() == 0  # the preview wrote nothing
    workstation.apply_catalogue_update(preview)
    assert workstation.catalogue.total() == 4

    # the caseworker edits locally; a plan links the choir
    _edit(workstation, "o-lauf", phone="03641 222222")  # only here
    _edit(workstation, "o-cafe", description="Kaffee, Kuchen und Spiele")  # both sides
    workstation.catalogue.save(Offer("o-hier", "Nur hier bekannt"))  # local only
    _link(workstation, "o-chor")
    # the team edits centrally and removes the choir
    _edit(centre, "o-lauf", opening_hours="Di und Do 18 Uhr")  # only there
    _edit(centre, "o-cafe", description="Kaffee und Kuchen, jeden Mittwoch")
    centre.store.db.execute("DELETE FROM offer WHERE id = 'o-chor'")
    second, _ = _publish(centre, tmp_path / "katalog-2.zip")

    preview = workstation.preview_catalogue_update(second)
    result = preview.result
    assert [(c.offer_id, c.field) for c in result.open_conflicts] == [("o-cafe", "description")]
    assert result.removed == ["o-chor"]
    assert "Konflikt, offen" in preview.summary() and "eingestellt (zentral)" in preview.summary()
    with pytest.raises(UserError, match="nicht entschieden"):
        workstation.apply_catalogue_update(preview)
    assert workstation.catalogue.get("o-lauf").opening_hours == "Di 18 Uhr"  # nothing yet

    preview = workstation.preview_catalogue_update(second, lambda c: MINE)
    workstation.apply_catalogue_update(preview)
    lauf = workstation.catalogue.get("o-lauf")
    assert lauf.opening_hours == "Di und Do 18 Uhr"  # central change of an untouched field
    assert lauf.phone == "03641 222222"  # local edit the centre did not touch
    assert workstation.catalogue.get("o-cafe").description == "Kaffee, Kuchen und Spiele"
    chor = workstation.catalogue.get("o-chor")
    assert chor is not None and chor.status is OfferStatus.ENDED  # linked: never deleted
    assert workstation.offer_notes("o-chor") == ["eingestellt (zentral)"]
    assert workstation.plans.snapshot("p1").offers["o-chor"].name == "Chor für alle"
    assert workstation.catalogue.get("o-hier").name == "Nur hier bekannt"  # stays local

    # the answer is remembered: the same central value is not asked again ...
    _edit(centre, "o-tausch", description="neu")
    third, _ = _publish(centre, tmp_path / "katalog-3.zip")
    preview = workstation.preview_catalogue_update(third)
    assert preview.result.open_conflicts == [] and preview.result.changed == ["o-tausch"]
    workstation.apply_catalogue_update(preview)
    # ... but a new central value is: "take theirs" this time
    _edit(centre, "o-cafe", description="Kaffee und Kuchen, mittwochs und freitags")
    fourth, _ = _publish(centre, tmp_path / "katalog-4.zip")
    preview = workstation.preview_catalogue_update(fourth)
    assert [c.field for c in preview.result.open_conflicts] == ["description"]
    workstation.apply_catalogue_update(
        workstation.preview_catalogue_update(fourth, lambda c: THEIRS)
    )
    cafe = workstation.catalogue.get("o-cafe")
    assert cafe.description == "Kaffee und Kuchen, mittwochs und freitags"

    # replays change nothing
    with pytest.raises(AlreadyApplied):
        workstation.preview_catalogue_update(fourth)
    with pytest.raises(PackageRefused, match="älter"):
        workstation.preview_catalogue_update(first)


def test_tampered_and_foreign_packages_are_refused(centre, workstation, tmp_path, keys):
    first, pub = _publish(centre, tmp_path / "katalog-1.zip")
    workstation.trust_publisher(pub)
    _edit(centre, "o-lauf", opening_hours="Mi 17 Uhr")
    second, _ = _publish(centre, tmp_path / "katalog-2.zip")

    tampered = tmp_path / "verändert.zip"
    with zipfile.ZipFile(second) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "services.csv":
                data = data.replace(b"Lauftreff Lobeda", b"Lauftreff Lobeda (gesperrt)")
            target.writestr(info.filename, data)
    with pytest.raises(PackageRefused, match=r"services\.csv.*verändert"):
        workstation.preview_catalogue_update(tampered)

    stranger = open_session(tmp_path / "fremd.db", keys=keys)
    stranger.catalogue.save(Offer("o-lauf", "Lauftreff Lobeda", opening_hours="nie"))
    (tmp_path / "fremd").mkdir()
    foreign, foreign_pub = _publish(stranger, tmp_path / "fremd" / "katalog.zip")
    stranger.close()
    with pytest.raises(PackageRefused, match="jemand anderem"):
        workstation.preview_catalogue_update(foreign)
    with pytest.raises(UserError, match="anderen Katalogteam"):
        workstation.trust_publisher(foreign_pub)
    assert workstation.catalogue.total() == 0  # nothing was changed by any of them

    # a shared folder: the newest package in it is the one applied
    shared = tmp_path / "freigabe"
    shared.mkdir()
    for package in (first, second):
        shutil.copy(package, shared / package.name)
    workstation.apply_catalogue_update(workstation.preview_catalogue_update(shared))
    assert workstation.catalogue.get("o-lauf").opening_hours == "Mi 17 Uhr"


def test_a_handover_entry_becomes_the_central_one(centre, workstation, tmp_path):
    from teilhabe_desktop.store.offer_handover import HandoverMarks

    workstation.catalogue.save(Offer("o-lauf", "Lauftreff (aus der Akte)"))
    HandoverMarks(workstation.store.db).mark(["o-lauf"])
    package, pub = _publish(centre, tmp_path / "katalog.zip")
    workstation.trust_publisher(pub)
    preview = workstation.preview_catalogue_update(package)
    assert preview.result.open_conflicts == [] and preview.result.from_handover == ["o-lauf"]
    workstation.apply_catalogue_update(preview)
    assert workstation.catalogue.get("o-lauf").name == "Lauftreff Lobeda"
    assert workstation.offer_notes("o-lauf") == []


def test_publishing_needs_a_publisher_and_an_encrypted_database(centre, tmp_path, store):
    with pytest.raises(UserError, match="Herausgeber"):
        centre.publish_catalogue(tmp_path / "k.zip")
    from teilhabe_desktop.session import Session

    plain = Session(store)
    with pytest.raises(UserError, match="verschlüsselten Datenbank"):
        plain.publish_catalogue(tmp_path / "k.zip", TEAM)
    assert not (tmp_path / "k.zip").exists()


def test_a_package_is_a_plain_hsds_datapackage_too(centre, workstation, tmp_path):
    package, _ = _publish(centre, tmp_path / "katalog.zip")
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["publisher"] == TEAM and manifest["sequence"] == 1
    assert set(manifest["members"]) >= {"datapackage.json", "services.csv"}
    preview = preview_file(workstation.store.db, package)
    assert sorted(preview.new) == ["o-cafe", "o-chor", "o-lauf", "o-tausch"]


def test_a_suggestion_reads_back_as_the_same_entry(centre, tmp_path):
    out = tmp_path / "vorschlag.json"
    centre.write_suggestion("o-lauf", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["name"] == "Lauftreff Lobeda"
    preview = preview_file(centre.store.db, out)
    assert preview.unchanged == ["o-lauf"] and preview.new == preview.changed == []
