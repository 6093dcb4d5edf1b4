"""``teilhabe-desktop --selftest``: proves a (frozen) build works end to end.

Opens a temporary database and runs the migrations, loads the example data, builds both
plan PDFs (shipped font, pictograms, QR codes), opens the main window offscreen, and
exits 0. Prints one line per step.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        # ignore_cleanup_errors: on Windows a file still open would make the clean-up fail
        # and hide the real result.
        with tempfile.TemporaryDirectory(
            prefix="teilhabe-selftest-", ignore_cleanup_errors=True
        ) as folder:
            _run_steps(Path(folder))
    except Exception as error:  # the self-test reports any failure as exit code 1
        print(f"Selbsttest fehlgeschlagen: {error!r}", file=sys.stderr)
        return 1
    print("Selbsttest bestanden")
    return 0


def _run_steps(folder: Path) -> None:
    import secrets

    from teilhabe_desktop.keys import FixedKeys
    from teilhabe_desktop.session import open_session
    from teilhabe_desktop.store.migrations import latest_version, schema_version

    # encrypted as every database of real use, with a passphrase nobody keeps
    keys = FixedKeys(secrets.token_urlsafe(16))
    session = open_session(folder / "selftest.db", keys=keys)
    if not session.encrypted:
        raise RuntimeError("database not encrypted")
    window = dialog = None
    failed = True
    try:
        version = schema_version(session.store.db)
        if version != latest_version():
            raise RuntimeError(f"schema {version} != {latest_version()}")
        print(f"Datenbank: Schema {version} angelegt")

        session.load_demo()  # example catalogue and persons from resources/
        person = session.persons.list()[0]
        snapshot = session.plans.snapshot(person.id)
        print(f"Beispieldaten: {len(snapshot.plan.goals)} Ziele, {len(snapshot.offers)} Angebote")

        # shapely and pyproj with PROJ's data (collected by build.spec): the schematic map
        # is Voronoi cells computed in EPSG:25832
        cells = session.places.map_shapes()
        if len(cells.shapes) != 41:
            raise RuntimeError(f"schematic map has {len(cells.shapes)} districts")
        print(f"Karte: {len(cells.shapes)} Bezirke (schematisch)")

        from teilhabe_desktop.reports.variants import VARIANTS, build_plan_pdf

        for variant in VARIANTS:  # both printouts, with the shipped font and QR codes
            pdf = folder / f"selftest-{variant}.pdf"
            build_plan_pdf(
                variant, snapshot, pdf, version_label="Selbsttest", printed_on=date.today()
            )
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise RuntimeError(f"PDF {variant} not written")
            print(f"PDF {variant}: {pdf.stat().st_size} Bytes")

        from teilhabe_desktop.core.plain_check import check_text

        # HanTa's model and wordfreq's word list are data files a build must carry
        found = [c for s in check_text("Der Zuverdienst wird bezahlt.") for c in s.codes]
        if found != ["rare_word", "passive"]:
            raise RuntimeError(f"plain-language check found {found}")
        print("Leichte Sprache: Prüfung mit HanTa und wordfreq")

        from teilhabe_desktop.ui.plan.print_dialog import PrintDialog
        from teilhabe_desktop.ui.shell.app import create_application
        from teilhabe_desktop.ui.shell.main_window import MainWindow

        app = create_application()
        window = MainWindow(session)
        window.show()
        app.processEvents()
        print(f"Hauptfenster: {window.windowTitle()}")

        dialog = PrintDialog(session, person.id, window)  # Qt PDF renders the preview
        deadline = time.monotonic() + 30
        while dialog.pdf_data is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        pages = dialog.document.pageCount() if dialog.document is not None else 0
        if pages < 1:
            raise RuntimeError("print preview shows no page")
        print(f"Druckvorschau: {pages} Seiten")
        failed = False
    finally:
        _close_all((dialog, window, session), after_failure=failed)


def _close_all(things: tuple[object, ...], *, after_failure: bool) -> None:
    """Close dialog, window and store in that order, each even if another one fails.

    After a failed step a clean-up error is only printed, so it never replaces the
    failure being reported; after a passed run the first clean-up error is raised.
    """
    first_error = None
    for thing in things:
        if thing is None:
            continue
        try:
            thing.close()
        except Exception as error:
            if after_failure:
                print(f"Aufräumen: {error!r}", file=sys.stderr)
            elif first_error is None:
                first_error = error
    if first_error is not None:
        raise first_error
