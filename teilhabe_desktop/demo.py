"""Example data for ``--demo``: the example catalogue and fictional persons.

Each loader is idempotent: loading twice changes nothing. Checking that costs a full
import preview of the example catalogue (~0.25 s of every ``--demo`` start), so the
database remembers a fingerprint of the example data it holds (the data files and the
loaders' code); while that is unchanged, a second ``--demo`` reads nothing more.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
from pathlib import Path

from teilhabe_desktop.assets import resource

#: ``module:function`` loaders, each taking the open store.
DEMO_LOADERS: tuple[str, ...] = (
    "teilhabe_desktop.exchange.demo_catalogue:load_demo_catalogue",
    "teilhabe_desktop.exchange.demo_persons:load_demo_persons",
)
#: the data files the loaders read
DEMO_FILES: tuple[tuple[str, ...], ...] = (("catalogue", "beispielkatalog.json"),)
#: the setting that holds the fingerprint of the example data loaded
MARKER = "demo_data"


def demo_fingerprint() -> str:
    """SHA-256 over the example data files and the loaders' source."""
    digest = hashlib.sha256()
    paths = [resource(*parts) for parts in DEMO_FILES]
    for target in DEMO_LOADERS:
        spec = importlib.util.find_spec(target.split(":")[0])
        if spec is not None and spec.origin:
            paths.append(Path(spec.origin))
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def load_demo(store) -> None:
    fingerprint = demo_fingerprint()
    if store.settings.get(MARKER) == fingerprint:
        return  # this very example data is there already
    for target in DEMO_LOADERS:
        module_name, function = target.split(":")
        getattr(importlib.import_module(module_name), function)(store)
    store.settings.set(MARKER, fingerprint)
