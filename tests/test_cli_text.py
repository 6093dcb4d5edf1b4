"""``teilhabe-desktop text check``: the checker's findings on the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from teilhabe_desktop.cli import main

TEXT = "Die Assistenz wird von Jonas organisiert. Ich gehe jeden Dienstag zum Tierhof."


def test_findings_as_german_lines_exit_1(capsys):
    assert main(["text", "check", TEXT]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Satz 1: Die Assistenz wird von Jonas organisiert.",
        "  Passiv „wird von Jonas organisiert“: Schreiben Sie, wer etwas tut.",
        "Satz 2: Ich gehe jeden Dienstag zum Tierhof.",
        "2 Sätze, 1 Befund.",
    ]


def test_a_plain_text_exits_0(capsys):
    assert main(["text", "check", "Ich gehe jeden Dienstag zum Tierhof."]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 Satz ohne Befund."


def test_json_lists_sentences_with_codes_and_spans(capsys):
    assert main(["text", "check", "--json", TEXT]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(s["sentence"], s["start"], s["end"]) for s in data] == [(1, 0, 41), (2, 42, 78)]
    [finding] = data[0]["findings"]
    assert {k: finding[k] for k in ("code", "start", "end", "text")} == {
        "code": "passive",
        "start": 14,
        "end": 40,
        "text": "wird von Jonas organisiert",
    }
    assert finding["message"].startswith("Passiv")
    assert data[1]["findings"] == []


def test_glossary_words_are_explained(capsys):
    text = "Ich bekomme einen Zuverdienst."
    assert main(["text", "check", "--json", text]) == 1
    assert [f["code"] for f in json.loads(capsys.readouterr().out)[0]["findings"]] == ["rare_word"]
    assert main(["text", "check", text, "--glossary", "Sozialraum, Zuverdienst"]) == 0


def test_text_from_standard_input(monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO(b"Das kostet nichts.\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["text", "check", "-"]) == 1
    assert "Verneinung „kostet nichts“" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "Der Text ist leer."),
        (b"  \n\t ", "Der Text ist leer."),
        (b"Gr\xfc\xdfe", "Der Text ist kein UTF-8-Text."),
        (b"a" * 100_001, "Der Text ist zu lang: höchstens 100000 Zeichen."),
    ],
)
def test_bad_input_exit_2_with_a_german_message(monkeypatch, capsys, stdin, message):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    assert main(["text", "check"]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"Fehler: {message}\n" and captured.out == ""


def test_needs_no_database(tmp_path):
    missing = tmp_path / "keine.db"
    result = subprocess.run(
        [sys.executable, "-m", "teilhabe_desktop", "text", "check", "--db", str(missing), "Ja."],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert not missing.exists()
