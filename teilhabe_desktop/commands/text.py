"""``teilhabe-desktop text check [--json] [TEXT | -]``: a text against the rules of
Leichte Sprache, findings per sentence. Exit code 0: no findings, 1: findings, 2: bad
input. Needs no database."""

from __future__ import annotations

import argparse
import json
import sys

from teilhabe_desktop.core.errors import UserError

#: Longer texts are refused (a plan text is a few hundred characters; this bounds the time).
MAX_TEXT = 100_000


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "text",
        parents=[common],
        help="Texte auf Leichte Sprache prüfen",
        description="Texte für die Person auf die Regeln der Leichten Sprache prüfen.",
    )
    actions = parser.add_subparsers(dest="text_command", metavar="AKTION", required=True)
    check = actions.add_parser(
        "check",
        parents=[common],
        help="Befunde je Satz: lange Sätze, Passiv, Verneinung, Abkürzungen …",
        description="Prüft einen Text Satz für Satz. Rückgabewert 0: ohne Befund, "
        "1: mit Befunden, 2: falsche Eingabe.",
    )
    check.add_argument(
        "text",
        nargs="?",
        default="-",
        metavar="TEXT",
        help="der Text; „-“ oder nichts: von der Standardeingabe (UTF-8)",
    )
    check.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="WÖRTER",
        help="erklärte Wörter (Wörter-Buch), durch Komma getrennt; mehrmals möglich",
    )
    check.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    check.set_defaults(handler=run_check, needs_session=False)


def _read_text(argument: str) -> str:
    if argument != "-":
        text = argument
    elif sys.stdin is None or sys.stdin.isatty():
        raise UserError("Kein Text: Geben Sie ihn an oder leiten Sie ihn auf die Eingabe.")
    else:
        try:
            text = sys.stdin.buffer.read(MAX_TEXT * 4 + 1).decode("utf-8")
        except UnicodeDecodeError:
            raise UserError("Der Text ist kein UTF-8-Text.") from None
    if not text.strip():
        raise UserError("Der Text ist leer.")
    if len(text) > MAX_TEXT:
        raise UserError(f"Der Text ist zu lang: höchstens {MAX_TEXT} Zeichen.")
    return text


def run_check(args: argparse.Namespace, session) -> int:
    from teilhabe_desktop.core.plain_check import check_text

    text = _read_text(args.text)
    glossary = [w.strip() for entry in args.glossary for w in entry.split(",")]
    sentences = check_text(text, glossary)
    count = sum(len(s.findings) for s in sentences)
    if args.json:
        print(json.dumps([_as_json(n, s, text) for n, s in enumerate(sentences, 1)],
                         ensure_ascii=False, indent=2))  # fmt: skip
    else:
        for number, sentence in enumerate(sentences, 1):
            print(f"Satz {number}: {' '.join(sentence.text.split())}")
            for finding in sentence.findings:
                print(f"  {finding.line(text)}")
        print(_summary(len(sentences), count))
    return 1 if count else 0


def _summary(sentences: int, findings: int) -> str:
    said = f"{sentences} {'Satz' if sentences == 1 else 'Sätze'}"
    if not findings:
        return f"{said} ohne Befund."
    return f"{said}, {findings} {'Befund' if findings == 1 else 'Befunde'}."


def _as_json(number: int, sentence, text: str) -> dict:
    return {
        "sentence": number,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
        "findings": [
            {
                "code": f.code,
                "start": f.start,
                "end": f.end,
                "text": text[f.start : f.end],
                "message": f.message,
            }
            for f in sentence.findings
        ],
    }
