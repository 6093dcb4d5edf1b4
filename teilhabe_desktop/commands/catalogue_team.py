"""``catalogue publish|trust|update|suggest``: one catalogue for the whole team.

The catalogue team publishes signed packages; each workstation trusts the team's key
once and updates from a file or a shared folder, merging with its local edits.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from teilhabe_desktop.core.errors import UserError

if TYPE_CHECKING:  # the merge loads with `catalogue update`, not with every catalogue word
    from teilhabe_desktop.core.catalogue_merge import Conflict


def _choices() -> dict[str, str]:
    from teilhabe_desktop.core.catalogue_merge import MINE, THEIRS

    return {"mine": MINE, "meins": MINE, "theirs": THEIRS, "zentral": THEIRS}


def register_team(words, common: argparse.ArgumentParser) -> None:
    publish = words.add_parser(
        "publish",
        parents=[common],
        help="signiertes Katalogpaket für alle Arbeitsplätze schreiben (Katalogteam)",
        description="Schreibt den Katalog als HSDS-3.0-Paket mit Verzeichnis und "
        "Ed25519-Signatur, dazu den öffentlichen Schlüssel OUT.pub daneben. Das erste "
        "Veröffentlichen legt das Schlüsselpaar an.",
    )
    publish.add_argument("out", metavar="OUT.zip", type=Path, help="Zieldatei (.zip)")
    publish.add_argument("--publisher", metavar="NAME", help="Herausgeber (beim ersten Mal nötig)")
    publish.set_defaults(handler=run_publish)

    trust = words.add_parser(
        "trust",
        parents=[common],
        help="dem öffentlichen Schlüssel des Katalogteams vertrauen (einmal je Arbeitsplatz)",
    )
    trust.add_argument("pub", metavar="OUT.pub", type=Path, help="öffentlicher Schlüssel")
    trust.add_argument(
        "--replace", action="store_true", help="einen bisher vertrauten Schlüssel ersetzen"
    )
    trust.set_defaults(handler=run_trust)

    update = words.add_parser(
        "update",
        parents=[common],
        help="Katalog aus einem signierten Paket aktualisieren (Datei oder Ordner)",
        description="Prüft Signatur und Reihenfolge, zeigt eine Vorschau und übernimmt "
        "zentrale Änderungen; eigene Änderungen bleiben, Konflikte entscheiden Sie mit "
        "--decide. Alles oder nichts.",
    )
    update.add_argument("path", metavar="PATH", type=Path, help="Paket (.zip) oder Ordner")
    update.add_argument("--dry-run", action="store_true", help="nur Vorschau, nichts speichern")
    update.add_argument(
        "--decide",
        action="append",
        default=[],
        metavar="ID[:FELD]=mine|theirs",
        help="Konflikt entscheiden: mine (hier behalten) oder theirs (zentral übernehmen); "
        "ID * für alle",
    )
    update.set_defaults(handler=run_update)

    suggest = words.add_parser(
        "suggest",
        parents=[common],
        help="ein Angebot als Vorschlag für das Katalogteam schreiben (HSDS-JSON)",
    )
    suggest.add_argument("id", metavar="ID", help="Kennung des Angebots")
    suggest.add_argument("out", metavar="PATH", type=Path, help="Zieldatei (.json)")
    suggest.set_defaults(handler=run_suggest, writes=False)


def run_publish(args: argparse.Namespace, session) -> int:
    out, pub, sequence, entries, fingerprint = session.publish_catalogue(args.out, args.publisher)
    print(f"Katalogpaket Nr. {sequence} mit {entries} Angeboten gespeichert: {out}")
    print(f"Öffentlicher Schlüssel: {pub} (Fingerabdruck {fingerprint})")
    return 0


def run_trust(args: argparse.Namespace, session) -> int:
    fingerprint = session.trust_publisher(args.pub, args.replace)
    print(f"Diesem Katalogteam wird jetzt vertraut. Fingerabdruck: {fingerprint}")
    print("Bitte vergleichen Sie ihn mit dem, den das Katalogteam nennt.")
    return 0


def parse_decisions(specs: list[str]) -> dict[tuple[str, str | None], str]:
    """``ID[:FELD]=mine|theirs`` → {(id, field or None): choice}; ``*`` stands for all."""
    decisions: dict[tuple[str, str | None], str] = {}
    choices = _choices()
    for spec in specs:
        target, sep, choice = spec.rpartition("=")
        offer_id, _, name = target.partition(":")
        if not sep or not offer_id or choice.strip().lower() not in choices:
            raise UserError(
                f"--decide „{spec}“: bitte ID=mine, ID:FELD=theirs oder *=theirs angeben."
            )
        decisions[offer_id.strip(), name.strip() or None] = choices[choice.strip().lower()]
    return decisions


def chooser(decisions: dict[tuple[str, str | None], str]):
    def choose(conflict: Conflict) -> str | None:
        for key in ((conflict.offer_id, conflict.field), (conflict.offer_id, None), ("*", None)):
            if key in decisions:
                return decisions[key]
        return None

    return choose


def run_update(args: argparse.Namespace, session) -> int:
    from teilhabe_desktop.exchange.catalogue_update import AlreadyApplied

    try:
        preview = session.preview_catalogue_update(args.path, chooser(parse_decisions(args.decide)))
    except AlreadyApplied as done:
        print(done.message)
        return 0
    print(preview.summary())
    if preview.result.open_conflicts:
        raise UserError(
            "Nicht übernommen: bitte jeden Konflikt entscheiden, z. B. "
            f"--decide {preview.result.open_conflicts[0].offer_id}=mine (hier behalten) oder "
            "--decide '*=theirs' (alles zentral übernehmen). Es wurde nichts verändert."
        )
    if args.dry_run:
        print("Probelauf: nichts gespeichert.")
        return 0
    session.apply_catalogue_update(preview)
    print(f"Katalogpaket Nr. {preview.package.sequence} übernommen.")
    return 0


def run_suggest(args: argparse.Namespace, session) -> int:
    session.write_suggestion(args.id, args.out)
    print(f"Vorschlag gespeichert: {args.out} – bitte an das Katalogteam senden.")
    return 0
