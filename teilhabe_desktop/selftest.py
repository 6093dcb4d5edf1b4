"""``teilhabe-desktop --selftest``: proves a (frozen) build works end to end.

Opens a temporary database and runs the migrations, builds a tiny PDF with the shipped
font, opens the main window offscreen, and exits 0. Prints one line per step.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="teilhabe-selftest-") as folder:
            from teilhabe_desktop.store.database import open_database
            from teilhabe_desktop.store.migrations import latest_version, schema_version

            store = open_database(Path(folder) / "selftest.db")
            version = schema_version(store.db)
            if version != latest_version():
                raise RuntimeError(f"schema {version} != {latest_version()}")
            print(f"Datenbank: Schema {version} angelegt")

            from teilhabe_desktop.reports.smoke import build_smoke_pdf

            pdf = Path(folder) / "selftest.pdf"
            build_smoke_pdf(pdf)
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("PDF not written")
            print(f"PDF: {pdf.stat().st_size} Bytes")

            from teilhabe_desktop.ui.app import create_application
            from teilhabe_desktop.ui.main_window import MainWindow

            app = create_application()
            window = MainWindow(store)
            window.show()
            app.processEvents()
            print(f"Hauptfenster: {window.windowTitle()}")
            window.close()
            store.close()
    except Exception as error:  # the self-test reports any failure as exit code 1
        print(f"Selbsttest fehlgeschlagen: {error!r}", file=sys.stderr)
        return 1
    print("Selbsttest bestanden")
    return 0
