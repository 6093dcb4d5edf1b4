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
