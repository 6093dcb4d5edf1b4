"""Exports of the planning report: suppressed CSV/JSON/PDF, the confidential merge input,
no person's name in any of them, merging after which 2 + 2 becomes 4."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.planning_files import (
    merged_table,
    planning_counts,
    planning_table,
    save_merge_input,
    save_report,
)
from teilhabe_desktop.exchange.planning_json import read_merge_input
from tests.planning_fixtures import NAMES, craft

NOW = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def crafted(store):
    craft(store)
    return store


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".pdf"])
def test_no_person_name_in_any_export(crafted, tmp_path, suffix):
    out = tmp_path / f"bericht{suffix}"
    save_report(out, planning_table(crafted), NOW)
    text = _pdf_text(out) if suffix == ".pdf" else out.read_text(encoding="utf-8-sig")
    assert not _words(text) & set(NAMES)
    assert "Schwimmkurs für Frauen am Abend" in text  # the nameless notes are there


def test_no_person_name_in_the_merge_input(crafted, tmp_path):
    out = tmp_path / "lobeda.vertraulich.json"
    save_merge_input(out, planning_counts(crafted), NOW)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["confidential"] is True and "VERTRAULICH" in document["warning"]
    assert not _words(out.read_text(encoding="utf-8")) & set(NAMES)
    assert document["notes_dropped_for_names"] == 1


def test_csv_is_for_german_excel_and_says_below_three(crafted, tmp_path):
    out = tmp_path / "bericht.csv"
    save_report(out, planning_table(crafted), NOW)
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Sozialraum;Lebensbereich;Personen mit Zielen;")
    d4 = next(line for line in lines if line.startswith("Lobeda;d4 "))
    assert d4.split(";")[2] == "< 3"
    d9 = next(line for line in lines if line.startswith("Lobeda;d9 "))
    assert d9.split(";")[2:4] == ["3", "< 3"]


def test_json_report_holds_no_number_below_three(crafted, tmp_path):
    out = tmp_path / "bericht.json"
    save_report(out, planning_table(crafted), NOW)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "teilhabe-desktop-planning-report"
    for cell in document["cells"]:
        for measure in document["measures"]:
            value = cell[measure]
            assert value is None or value == 0 or value >= 3
            assert (value is None) == (measure in cell["suppressed"])
    d4 = next(
        c for c in document["cells"] if (c["sozialraum"], c["life_domain"]) == ("lobeda", "d4")
    )
    assert d4["persons"] is None


def test_two_workstations_merge_before_suppression(crafted, tmp_path):
    first, second = tmp_path / "a.vertraulich.json", tmp_path / "b.vertraulich.json"
    save_merge_input(first, planning_counts(crafted), NOW)
    save_merge_input(second, planning_counts(crafted), NOW)  # as if a second laptop
    table = merged_table([first, second])
    assert table.text("lobeda", "d4", "persons") == "< 3"  # 1 + 1
    assert table.text("nord", "d9", "persons") == "< 3"
    assert table.text("lobeda", "d9", "mainstream") == "< 3"  # 1 + 1
    assert table.text("lobeda", "d9", "no_link") == "4"  # 2 + 2
    assert table.workstations == 2
    assert read_merge_input(first).value("lobeda", "d4", "persons") == 1  # exact inside


def test_a_published_report_cannot_be_merged(crafted, tmp_path):
    public = tmp_path / "bericht.json"
    save_report(public, planning_table(crafted), NOW)
    with pytest.raises(UserError, match="veröffentlichter Bericht"):
        merged_table([public])


@pytest.mark.parametrize(
    "content, message",
    [
        ("nicht json", "kein gültiges JSON"),
        ('{"format": "anderes"}', "keine Datei mit Planungsdaten"),
        ('{"format": "teilhabe-desktop-planning-merge-input", "format_version": 9}', "neueren"),
    ],
)
def test_bad_merge_inputs_are_refused(tmp_path, content, message):
    path = tmp_path / "x.vertraulich.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        merged_table([path])


def test_a_tampered_count_is_refused(crafted, tmp_path):
    path = tmp_path / "a.vertraulich.json"
    save_merge_input(path, planning_counts(crafted), NOW)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["counts"][0]["persons"] = -1
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(UserError, match="keine Anzahl"):
        merged_table([path])


def test_merge_input_needs_its_confidential_name(crafted, tmp_path):
    with pytest.raises(UserError, match=r"vertraulich\.json"):
        save_merge_input(tmp_path / "a.json", planning_counts(crafted), NOW)
    assert not (tmp_path / "a.json").exists()
