"""No acknowledged edit is lost when the app is killed: 50 runs, each killed (SIGKILL) at a
random moment during up to 1,000 edits through the GUI's own path (PlanDocument, autosave
flush, encrypted session); afterwards ``integrity_check`` is ok and every edit the
document had reported as saved is there."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from teilhabe_desktop.core.plan import Person, Plan, Wish
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from tests.conftest import TEST_PASSPHRASE

RUNS = 50
EDITS = 1000

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from teilhabe_desktop.keys import FixedKeys
    from teilhabe_desktop.session import open_session
    from teilhabe_desktop.ui.plan.document import PlanDocument

    app = QCoreApplication([])
    session = open_session(sys.argv[1], keys=FixedKeys(sys.argv[2]))
    document = PlanDocument(
        session.persons, session.plans, session.persons.get("p1"), session.plans.draft("p1")
    )

    def typed(n):
        def mutate(person, plan):
            plan.wishes[0].text = f"Ich möchte schwimmen lernen ({n})"
        return mutate

    for n in range(1, int(sys.argv[3]) + 1):
        document.edit("Wunsch ändern", typed(n), merge_key="w1")
        if document.flush():
            print(n, flush=True)  # acknowledged: the save status said "Gespeichert"
    """
)


def _prepare(path):
    with open_session(path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(Person("p1", "Jörg", "Beispiel"))
        session.plans.save_draft(Plan("p1", wishes=[Wish("w1", "Ich möchte schwimmen lernen")]))


def _run_and_kill(path, seed):
    rng = random.Random(seed)
    kill_after = rng.randint(1, EDITS - 1)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), TEST_PASSPHRASE, str(EDITS)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    confirmed = 0
    try:
        for line in child.stdout:
            confirmed = int(line)
            if confirmed >= kill_after:
                time.sleep(rng.random() / 500)  # somewhere inside the next save
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
        child.stdout.close()
    return confirmed, child.returncode


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_fifty_kills_lose_no_acknowledged_edit(tmp_path):
    template = tmp_path / "template" / "teilhabe.db"
    template.parent.mkdir()
    _prepare(template)  # closed cleanly: the file and its key file are all there is
    paths = []
    for run in range(RUNS):
        path = tmp_path / f"run{run}" / "teilhabe.db"
        path.parent.mkdir()
        for suffix in ("", ".key"):
            shutil.copyfile(f"{template}{suffix}", f"{path}{suffix}")
        paths.append(path)
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(_run_and_kill, paths, range(RUNS)))
    lost = []
    for path, (confirmed, returncode) in zip(paths, results, strict=True):
        assert returncode == -signal.SIGKILL, "the child must die by the kill, not finish"
        assert confirmed >= 1
        with open_session(path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
            db = session.store.db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            text = session.plans.draft("p1").wishes[0].text
            stored = int(text.rsplit("(", 1)[1].rstrip(")"))
            if stored < confirmed:
                lost.append((path.parent.name, confirmed, stored))
    assert lost == []
