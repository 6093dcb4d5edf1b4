"""A second ``--demo`` start reads the example data no more while it is unchanged."""

from __future__ import annotations

import pytest

from teilhabe_desktop import demo
from teilhabe_desktop.store.catalogue import CatalogueRepository


def test_the_example_data_loads_once_and_again_only_when_it_changed(store, monkeypatch):
    demo.load_demo(store)
    offers = CatalogueRepository(store.db).total()
    assert offers > 0
    assert store.settings.get(demo.MARKER) == demo.demo_fingerprint()

    def no_loader(name):
        raise AssertionError(f"{name} loaded again")

    monkeypatch.setattr(demo.importlib, "import_module", no_loader)
    demo.load_demo(store)  # unchanged: nothing read, nothing written

    store.settings.set(demo.MARKER, "an older example catalogue")
    with pytest.raises(AssertionError, match="loaded again"):
        demo.load_demo(store)
    monkeypatch.undo()
    demo.load_demo(store)  # idempotent as before: the same entries, none twice
    assert CatalogueRepository(store.db).total() == offers
