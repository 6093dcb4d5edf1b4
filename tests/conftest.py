"""Shared fixtures. GUI tests run offscreen; no test opens a network connection."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests judge behaviour, not speed (budgets live in benchmarks/): no per-example
# deadline, so a busy CI machine cannot fail them. In CI the examples are derandomized, so
# a run can be repeated exactly.
# The default profile is light (40 examples a property); `HYPOTHESIS_PROFILE=thorough`
# runs 500 before a release.
settings.register_profile(
    "teilhabe",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.register_profile("thorough", parent=settings.get_profile("teilhabe"), max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "teilhabe"))

REPO_ROOT = Path(__file__).resolve().parents[1]
#: The passphrase of every encrypted test database (CLI tests get it from the environment).
TEST_PASSPHRASE = "Sonnenblume am Westbahnhof"
TEST_DATA = REPO_ROOT / "tests" / "data"


def hsds_example(*parts: str) -> Path:
    """A file of the official HSDS 3.0 example, shipped in ``tests/data/hsds-3.0``."""
    path = TEST_DATA.joinpath("hsds-3.0", "examples", *parts)
    assert path.exists(), f"test data {path} is missing from the checkout"
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "teilhabe.db"


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory) -> Path:
    """One migrated database per test run; each ``store`` starts from a copy of it
    (running every migration with the reference data for each test costs 8 × more)."""
    from teilhabe_desktop.store.database import open_database

    path = tmp_path_factory.mktemp("template") / "teilhabe.db"
    open_database(path).close()
    return path


@pytest.fixture
def store(db_path: Path, _template_database: Path):
    """A fresh, migrated database file with Jena's reference data."""
    import shutil

    from teilhabe_desktop.store.database import open_database

    shutil.copyfile(_template_database, db_path)
    opened = open_database(db_path)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _isolated_data_folders(tmp_path_factory, monkeypatch):
    """Keep QStandardPaths (default database, settings) away from the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _test_passphrase(monkeypatch):
    """Encrypted databases everywhere, as in real use, with a cheap Argon2 cost (the real
    cost is read back from each key file, so unlocking follows whatever was written)."""
    from teilhabe_desktop.store import keyfile

    monkeypatch.setattr(
        keyfile, "ARGON2", {"time_cost": 1, "memory_cost": 8 * 1024, "parallelism": 1}
    )
    monkeypatch.setenv("TEILHABE_PASSPHRASE", TEST_PASSPHRASE)
    for name in ("TEILHABE_RECOVERY_KEY", "TEILHABE_NEW_PASSPHRASE", "TEILHABE_EXPORT_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def keys():
    """The key source of tests: the test passphrase, recovery keys collected."""
    from teilhabe_desktop.keys import FixedKeys

    return FixedKeys(TEST_PASSPHRASE)


def data_key(db_path: Path) -> bytes:
    """The raw key of an encrypted test database (for a second, raw connection)."""
    from teilhabe_desktop.store import keyfile

    return keyfile.unlock(keyfile.key_file_path(db_path), keyfile.Secret(TEST_PASSPHRASE))


def encryption_key(db_path: Path) -> bytes:
    """The data key of ``db_path``; a key file with the test passphrase is made first if
    there is none (so ``open_database(path, encryption_key(path))`` makes or opens an
    encrypted database as the app would)."""
    from teilhabe_desktop.store import keyfile

    if not keyfile.key_file_path(db_path).exists():
        return keyfile.create(keyfile.key_file_path(db_path), TEST_PASSPHRASE)[0]
    return data_key(db_path)


@pytest.fixture
def page(qtbot, store):
    """The persons page with the real plan workspace, on a fresh database."""
    from teilhabe_desktop.session import Session
    from teilhabe_desktop.ui.persons.persons_page import PersonsPage
    from teilhabe_desktop.ui.plan.workspace import PlanWorkspace

    widget = PersonsPage(Session(store), PlanWorkspace)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget
