import sys, tempfile
from pathlib import Path
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.ui.shell.app import create_application
from teilhabe_desktop.ui.shell.main_window import MainWindow
app = create_application()
folder = tempfile.mkdtemp()
session = open_session(Path(folder) / "t.db", keys=FixedKeys("Sonnenblume am Westbahnhof"))
session.load_demo()
w = MainWindow(session); w.resize(1366, 740); w.show()
p = w.persons_page
pid = next(r.id for r in session.store.persons.list() if r.home_sozialraum_id == "winzerla")
p.open_person(pid)
p.workspace.show_section(sys.argv[1] if len(sys.argv) > 1 else "goals")
app.exec()
