"""Start-up loads only what the first screen needs (issue 16).

Each check runs in a fresh interpreter: the libraries of later screens (reportlab for
the PDFs, the exchange formats, the stemmer, numpy behind shapely, the map) must not be
loaded by starting the window or by a command that does not use them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from teilhabe_desktop.core.catalogue import Offer
from tests.conftest import REPO_ROOT, encryption_key

#: Modules of later screens; none of them may be loaded at start.
LATER = (
    "reportlab",
    "snowballstemmer",
    "numpy",
    "shapely",
    "pyproj",
    "teilhabe_desktop.exchange.catalogue_formats",
    "teilhabe_desktop.ui.map.map_page",
    "teilhabe_desktop.ui.plan.workspace",
    "teilhabe_desktop.ui.sozialraum.sozialraeume_page",
)

#: Besides :data:`LATER`: what the first screen (the persons list) does not show – the
#: planning model, the About dialog with its library versions, the cryptography of keys
#: and person files (an unencrypted database needs none), the log file's handler (opened
#: after the first frame).
NOT_FOR_WINDOW = (
    "teilhabe_desktop.core.plan",
    "teilhabe_desktop.store.plans",
    "teilhabe_desktop.store.places",
    "teilhabe_desktop.ui.shell.about_dialog",
    "teilhabe_desktop.exchange.sealed_file",
    "importlib.metadata",
    "argon2",
    "cryptography",
    "logging.handlers",
)

_WINDOW = """
import json, sys
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.ui.shell.app import create_application
from teilhabe_desktop.ui.shell.main_window import MainWindow
app = create_application(["test"])
window = MainWindow(Session(open_database(sys.argv[1])))
window.show()
app.processEvents()
later = json.loads(sys.argv[2])
print(json.dumps([name for name in later if name in sys.modules]))
window.show_page("offers")
window.show_page("map")
app.processEvents()
print(json.dumps(window.map_page.isVisible()))
"""

_COMMAND = """
import json, sys
from teilhabe_desktop.cli import main
code = main(sys.argv[2:])
later = json.loads(sys.argv[1])
print(json.dumps([code, [name for name in later if name in sys.modules]]))
"""


def _run(code: str, *args: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()


def test_the_main_window_starts_without_the_libraries_of_later_screens(store):
    store.close()
    lines = _run(_WINDOW, store.path, json.dumps(LATER + NOT_FOR_WINDOW))
    assert json.loads(lines[-2]) == []
    assert json.loads(lines[-1]) is True  # the map still opens when asked for


#: Besides :data:`LATER`: what a one-shot ``catalogue search`` does not run either – the
#: GUI, the planning code, the catalogue's writing, checking and merging, the exchange
#: package as a whole, the writer lock (a search only reads), the log set-up of a
#: command that succeeds, and the package metadata lookup.
NOT_FOR_SEARCH = (
    "PySide6",
    "teilhabe_desktop.ui",
    "teilhabe_desktop.exchange",
    "teilhabe_desktop.reports",
    "teilhabe_desktop.core.plan",
    "teilhabe_desktop.core.plan_checks",
    "teilhabe_desktop.core.plan_codec",
    "teilhabe_desktop.core.locating",
    "teilhabe_desktop.core.reference",
    "teilhabe_desktop.core.catalogue_merge",
    "teilhabe_desktop.core.catalogue_validation",
    "teilhabe_desktop.store.plans",
    "teilhabe_desktop.store.persons",
    "teilhabe_desktop.store.places",
    "teilhabe_desktop.store.catalogue_write",
    "teilhabe_desktop.store.encryption",
    "teilhabe_desktop.commands.person",
    "teilhabe_desktop.commands.plan",
    "filelock",
    "logging.handlers",
    "importlib.metadata",
    "email",
    "zipfile",
)


def test_catalogue_search_on_the_command_line_loads_only_what_it_runs(tmp_path: Path):
    db = tmp_path / "k.db"
    from teilhabe_desktop.store.database import open_database

    store = open_database(db, encryption_key(db))
    store.catalogue.save_many(
        [Offer(id="o1", name="Stadtteilbüro Lobeda", organization_name="Stadt Jena")]
    )
    store.close()
    unwanted = LATER + NOT_FOR_SEARCH
    lines = _run(_COMMAND, json.dumps(unwanted), "catalogue", "search", "Lobeda", "--db", str(db))
    code, loaded = json.loads(lines[-1])
    assert code == 0
    assert loaded == []
    assert lines[0].startswith("o1\tStadtteilbüro Lobeda")  # and it still finds the entry


def test_the_overview_help_still_lists_every_command():
    from teilhabe_desktop.cli import COMMANDS

    lines = _run("from teilhabe_desktop.cli import main; main(['--help'])")
    text = "\n".join(lines)
    assert "Aufruf: teilhabe-desktop" in text
    for word in COMMANDS:
        assert f"    {word}" in text, word


def test_the_version_is_the_one_in_pyproject():
    import tomllib

    from teilhabe_desktop import __version__

    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert __version__ == project["project"]["version"]
