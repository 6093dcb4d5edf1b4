"""Example data for ``--demo``: the example catalogue and fictional persons.

Each loader is idempotent: loading twice changes nothing.
"""

from __future__ import annotations

import importlib

#: ``module:function`` loaders, each taking the open store.
DEMO_LOADERS: tuple[str, ...] = (
    "teilhabe_desktop.exchange.demo_catalogue:load_demo_catalogue",
    "teilhabe_desktop.exchange.demo_persons:load_demo_persons",
)


def load_demo(store) -> None:
    for target in DEMO_LOADERS:
        module_name, function = target.split(":")
        getattr(importlib.import_module(module_name), function)(store)
