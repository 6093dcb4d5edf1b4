"""Background jobs: cancelling stops work that reports progress, quietly."""

from __future__ import annotations

import time

from teilhabe_desktop.ui.common.workers import BackgroundJob


def test_cancel_stops_a_long_job_at_its_next_progress_report(qtbot):
    steps = []

    def long_work(task):
        for step in range(100_000):  # about 100 s if nobody stops it
            steps.append(step)
            task.report(step, 100_000)
            time.sleep(0.001)
        return "fertig"

    job = BackgroundJob(long_work)
    outcomes = []
    job.succeeded.connect(lambda result: outcomes.append(("succeeded", result)))
    job.failed.connect(lambda error: outcomes.append(("failed", error)))
    job.start()
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5_000)
    with qtbot.waitSignal(job.finished, timeout=5_000):
        job.cancel()
    assert job.wait(1)
    assert len(steps) < 1_000
    assert outcomes == []  # a cancel is neither a result nor an error to show
    assert not job.running


def test_a_database_job_works_on_its_own_connection(qtbot, store):
    import threading

    from teilhabe_desktop.session import Session
    from tests.plan_fixtures import person

    session = Session(store)
    seen = {}

    def work(task):
        seen["thread"] = threading.current_thread()
        seen["connection"] = task.session.store.db.conn
        task.session.persons.save(person("p-worker"))
        return task.session.persons.exists("p-worker")

    job = BackgroundJob(work, session=session)
    with qtbot.waitSignal(job.succeeded, timeout=5_000) as result:
        job.start()
    assert result.args == [True]
    assert seen["thread"] is not threading.main_thread()
    assert seen["connection"] is not store.db.conn  # never the GUI's connection
    assert session.persons.exists("p-worker")  # the GUI sees what the worker saved
    assert job.task.session is None  # closed when the work is done


def test_a_job_whose_owner_is_gone_ends_quietly():
    """A window closed (or the app ended) while its job ran: nobody is told, no error."""
    import subprocess
    import sys

    script = (
        "import time\n"
        "from PySide6.QtCore import QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import teilhabe_desktop.ui\n"
        "from teilhabe_desktop.ui.common.workers import BackgroundJob\n"
        "app = QApplication([])\n"
        "owner = QObject()\n"
        "job = BackgroundJob(lambda task: time.sleep(0.3), parent=owner)\n"
        "job.start()\n"
        "print('ok')\n"  # and the app ends at once, its job still running
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-500:]
    assert "Signal source has been deleted" not in done.stderr and "Traceback" not in done.stderr
