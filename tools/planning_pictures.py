"""Pictures of the Sozialraumprofil and the planning report for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/planning_pictures.py

Writes docs/screenshots/sozialraeume.png (the page with the profile, demo data),
docs/screenshots/planungsbericht.png (the dialog after merging three workstations) and
docs/pdf/planungsbericht-1.png, docs/pdf/sozialraumprofil-2.png (PDF pages; needs
pdftoppm). The three workstations' figures are **invented** (a fixed random seed), so
the heat maps show more than the three demo persons. Not part of the test suite.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from teilhabe_desktop.core.planning_report import GoalFact, count
from teilhabe_desktop.core.reference import LIFE_DOMAINS
from teilhabe_desktop.exchange.planning_json import write_merge_input
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session

ROOT = Path(__file__).resolve().parents[1]
NAMES = {"lobeda": "Lobeda", "winzerla": "Winzerla", "west_zentrum": "West/Zentrum",
         "nord": "Nord", "ost": "Ost"}  # fmt: skip
NOTES = ("Schwimmkurs am Abend", "Chor ohne Notenkenntnisse", "Fahrdienst am Wochenende",
         "Sportgruppe mit Assistenz", "Treff für junge Erwachsene", "Computerkurs in Leichter "
         "Sprache")  # fmt: skip


def invented_workstation(seed: int):
    rng = random.Random(seed)
    facts = []
    for number in range(90):
        sozialraum = rng.choice(list(NAMES))
        for _goal in range(rng.randint(1, 3)):
            domain = rng.choice(LIFE_DOMAINS[:4] + LIFE_DOMAINS[4:] * 2)
            linked = rng.random()
            marked = linked > 0.75 and rng.random() < 0.7
            facts.append(
                GoalFact(f"{seed}-{number}", sozialraum, domain,
                         linked_mainstream=linked < 0.35, linked_special=0.35 <= linked < 0.6,
                         no_offer_found=marked,
                         missing_note=rng.choice(NOTES) if marked else "")
            )  # fmt: skip
    return count(facts, NAMES)


def pdf_page(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    print(target)


def main() -> int:
    from teilhabe_desktop.exchange.planning_files import merged_table, save_report
    from teilhabe_desktop.ui.shell.app import create_application
    from teilhabe_desktop.ui.shell.main_window import MainWindow
    from teilhabe_desktop.ui.sozialraum.planning_dialog import PlanningDialog

    app = create_application()
    shots, pdfs = ROOT / "docs" / "screenshots", ROOT / "docs" / "pdf"
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        parts = []
        for seed in (1, 2, 3):
            parts.append(folder / f"arbeitsplatz-{seed}.vertraulich.json")
            write_merge_input(parts[-1], invented_workstation(seed), datetime(2026, 3, 2))
        report = folder / "planungsbericht.pdf"
        save_report(report, merged_table(parts), datetime(2026, 3, 2))
        pdf_page(report, 1, pdfs / "planungsbericht-1.png")

        session = open_session(folder / "t.db", keys=FixedKeys("Sonnenblume am Westbahnhof"))
        session.load_demo()
        session.save_sozialraum_text(
            "lobeda",
            "Großwohnsiedlung Neulobeda am Hang und die Altstadt Lobeda mit Markt. "
            "Treffpunkte: Stadtteilbüro und Bibliothek. (Beispieltext)",
            "Sabine Krüger (Beispiel)",
        )
        profile = folder / "profil.pdf"
        session.save_sozialraum_profile_pdf("lobeda", profile)
        pdf_page(profile, 2, pdfs / "sozialraumprofil-2.png")

        window = MainWindow(session)
        window.resize(1366, 768)
        window.show()
        window.show_page(2)
        for _ in range(30):
            app.processEvents()
        window.grab().save(str(shots / "sozialraeume.png"))
        print(shots / "sozialraeume.png")
        dialog = PlanningDialog(session)
        dialog.resize(1000, 700)
        dialog.show()
        dialog.merge(parts)
        for _ in range(30):
            app.processEvents()
        dialog.grab().save(str(shots / "planungsbericht.png"))
        print(shots / "planungsbericht.png")
        dialog.close()
        window.close()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
