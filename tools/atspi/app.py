"""Start the app on a throw-away demo database with one plan section open.

Used by run.sh so that dump.py can read the section as a screen reader would.
"""

import sys
import tempfile
from pathlib import Path

from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.ui.shell.app import create_application
from teilhabe_desktop.ui.shell.main_window import MainWindow


def main(section: str) -> int:
    app = create_application()
    folder = tempfile.mkdtemp()
    session = open_session(Path(folder) / "t.db", keys=FixedKeys("Sonnenblume am Westbahnhof"))
    session.load_demo()
    window = MainWindow(session)
    window.resize(1366, 740)
    window.show()
    persons = window.persons_page
    rows = session.store.persons.list()
    persons.open_person(next(r.id for r in rows if r.home_sozialraum_id == "winzerla"))
    persons.workspace.show_section(section)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "goals"))
