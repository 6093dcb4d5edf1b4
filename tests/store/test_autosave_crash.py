"""Autosave survives a crash: a process saving drafts is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.plans import PlanRepository

CHILD = textwrap.dedent(
    """
    import sys
    from teilhabe_desktop.core.plan import Person, Wish
    from teilhabe_desktop.store.database import open_database
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.plans import PlanRepository

    store = open_database(sys.argv[1])
    PersonRepository(store.db).save(Person("p1", "Jörg", "Beispiel"))
    plans = PlanRepository(store.db)
    plan = plans.draft("p1")
    n = 0
    while True:
        n += 1
        plan.wishes = [Wish(f"w{i}", f"Wunsch Nummer {i} – Größe") for i in range(1, n + 1)]
        plans.save_draft(plan)
        print(n, flush=True)   # reported only after save_draft returned
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_saved_draft_survives_a_killed_process(db_path):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        confirmed = 0
        for line in child.stdout:
            confirmed = int(line)
            if confirmed >= 25:
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert confirmed >= 25

    store = open_database(db_path)
    try:
        wishes = PlanRepository(store.db).draft("p1").wishes
        # every save confirmed before the kill is there, complete (one transaction each)
        assert len(wishes) >= confirmed
        assert [w.id for w in wishes] == [f"w{i}" for i in range(1, len(wishes) + 1)]
        assert wishes[0].text == "Wunsch Nummer 1 – Größe"
    finally:
        store.close()
