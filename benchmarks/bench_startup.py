"""Start-up budgets (issue 16), each against a floor measured in the same run.

- start to a usable main window: ``teilhabe-desktop --demo --db DEMO`` on an existing
  demo database (unencrypted, as ``--demo`` makes it), from process start until the
  event loop runs with the window shown, against a bare PySide6 process that shows a
  QMainWindow the same way: median <= 1.5x;
- one-shot ``catalogue search`` on an encrypted database (the passphrase from the
  environment) against a Python process that derives the key from the same key file
  (Argon2id, the deliberate cost of the encryption), opens the file with SQLCipher
  and runs the same full-text query: median <= 1.5x. The key derivation alone is
  printed as info.

Each figure is the median of several fresh processes run in turn (cold imports, warm
file cache). Within 20 % of a budget counts as not met.

Both sides run from compiled bytecode, as an installed app does (pip and PyInstaller
install ``.pyc`` files): the package is compiled once into a private cache folder in the
run's temporary folder (``PYTHONPYCACHEPREFIX``), so a shell with
``PYTHONDONTWRITEBYTECODE`` set does not make the app compile its ~150 modules from
source at every start while the floors load only precompiled libraries.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import Ratio, check

ROUNDS = 7
RATIO_BUDGET = 1.5
MARGIN = 0.2
ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Bank am Westbahnhof, Benchmark"

#: The app, as `teilhabe-desktop --demo --db PATH` starts it; prints the time (epoch s)
#: at which the event loop first runs with the main window shown, then quits.
_APP = """
import sys, time
from PySide6.QtCore import QTimer
from teilhabe_desktop.ui.shell import app as shell
create = shell.create_application
def create_and_arm(argv=None):
    application = create(argv)
    QTimer.singleShot(0, lambda: (print(time.time(), flush=True), application.quit()))
    return application
shell.create_application = create_and_arm
from teilhabe_desktop.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""

#: The floor: a bare PySide6 main window, shown and its event loop started the same way.
_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Teilhabe Desktop"))
window.resize(1200, 780)
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
"""

#: The floor of the command: unlock the key file with the same Argon2id cost, open the
#: file with SQLCipher and run the same full-text query, printing the rows.
_RAW_SEARCH = """
import base64, json, sys
from pathlib import Path
import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
path = Path(sys.argv[1])
box = json.loads(path.with_name(path.name + ".key").read_text())["passphrase"]
wrapping = hash_secret_raw(
    sys.argv[2].encode(), base64.b64decode(box["salt"]), time_cost=int(box["time_cost"]),
    memory_cost=int(box["memory_cost"]), parallelism=int(box["parallelism"]), hash_len=32,
    type=Type.ID,
)
key = AESGCM(wrapping).decrypt(
    base64.b64decode(box["nonce"]), base64.b64decode(box["sealed"]), b"teilhabe-desktop data key v1"
)
conn = sqlcipher3.connect(str(path), isolation_level=None)
conn.execute("PRAGMA key = " + chr(34) + "x'" + key.hex() + "'" + chr(34))
rows = conn.execute(
    "SELECT o.id, o.name FROM offer_fts f JOIN offer o ON o.num = f.rowid "
    "WHERE offer_fts MATCH ? AND o.status = 'active' ORDER BY f.rank LIMIT 20",
    ['"lobeda"*'],
).fetchall()
for row in rows:
    print(*row, sep="\t")
"""

#: Argon2id alone, with the key file's cost: the deliberate part of both figures.
_KDF = """
import base64, json, sys, time
from pathlib import Path
from argon2.low_level import Type, hash_secret_raw
path = Path(sys.argv[1])
box = json.loads(path.with_name(path.name + ".key").read_text())["passphrase"]
started = time.perf_counter()
hash_secret_raw(
    sys.argv[2].encode(), base64.b64decode(box["salt"]), time_cost=int(box["time_cost"]),
    memory_cost=int(box["memory_cost"]), parallelism=int(box["parallelism"]), hash_len=32,
    type=Type.ID,
)
print(time.perf_counter() - started)
"""


#: ``PYTHONPYCACHEPREFIX`` of this run (see :func:`_compile_package`)
_pycache: list[str] = []


def _env() -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TEILHABE_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(ROOT),
    }
    if _pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _pycache[0]
    return env


def _compile_package(folder: Path) -> None:
    """The app's bytecode, as an installation has it, in ``folder`` (not in the tree)."""
    cache = folder / "pycache"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import compileall, sys; sys.exit(not compileall.compile_dir(sys.argv[1], quiet=1))",
            str(ROOT / "teilhabe_desktop"),
        ],
        capture_output=True,
        text=True,
        env={**_env(), "PYTHONPYCACHEPREFIX": str(cache)},
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stdout[-2000:] + done.stderr[-2000:])
    _pycache[:] = [str(cache)]


def _until_printed(code: str, *args: str) -> float:
    """Seconds from spawning ``python -c code`` until it printed its epoch time."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return float(done.stdout.split()[0]) - started


def _whole_run(argv: list[str]) -> float:
    """Seconds of one whole process run of ``argv`` (must exit 0)."""
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return elapsed


def _median(action, rounds: int = ROUNDS) -> float:
    return statistics.median(action() for _ in range(rounds))


def _prepare(folder: Path) -> tuple[Path, Path]:
    """A demo database (``--demo``) and an encrypted one with the example catalogue."""
    demo = folder / "demo.db"
    _whole_run([sys.executable, "-m", "teilhabe_desktop", "--demo", "--db", str(demo), "check"])
    secret = folder / "katalog.db"
    _whole_run([sys.executable, "-m", "teilhabe_desktop", "--db", str(secret), "check"])
    _whole_run(
        [
            sys.executable,
            "-m",
            "teilhabe_desktop",
            "catalogue",
            "import",
            str(ROOT / "resources" / "catalogue" / "beispielkatalog.json"),
            "--db",
            str(secret),
        ]
    )
    return demo, secret


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        _compile_package(Path(name))
        try:
            return _measure(Path(name))
        finally:
            _pycache.clear()


def _measure(folder: Path) -> int:
    demo, secret = _prepare(folder)
    app_s, bare_s, cli_s, raw_s = [], [], [], []
    search = [sys.executable, "-m", "teilhabe_desktop", "catalogue", "search", "Lobeda"]
    for _ in range(ROUNDS):  # in turn, so a busy moment hits both sides alike
        bare_s.append(_until_printed(_BARE))
        app_s.append(_until_printed(_APP, str(demo)))
        raw_s.append(_whole_run([sys.executable, "-c", _RAW_SEARCH, str(secret), PASSPHRASE]))
        cli_s.append(_whole_run([*search, "--db", str(secret)]))
    kdf = float(
        subprocess.run(
            [sys.executable, "-c", _KDF, str(secret), PASSPHRASE],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    app, bare = statistics.median(app_s), statistics.median(bare_s)
    cli, raw = statistics.median(cli_s), statistics.median(raw_s)
    results = [
        check(
            "startup.main_window_s",
            app,
            RATIO_BUDGET * bare,
            "s",
            f" bare_pyside6_window_s {bare:.3f} (ratio budget 1.5, met below 1.2)",
            places=3,
            ratio=Ratio("ratio_to_bare", app / bare, RATIO_BUDGET * (1 - MARGIN)),
        ),
        check(
            "startup.cli_catalogue_search_s",
            cli,
            RATIO_BUDGET * raw,
            "s",
            f" raw_python_fts_s {raw:.3f} argon2id_s {kdf:.3f} (in both;"
            " ratio budget 1.5, met below 1.2)",
            places=3,
            ratio=Ratio("ratio_to_raw", cli / raw, RATIO_BUDGET * (1 - MARGIN)),
        ),
    ]
    print(
        f"startup.cli_without_key_derivation_ratio {(cli - kdf) / max(raw - kdf, 1e-9):.2f} (info)"
    )
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
