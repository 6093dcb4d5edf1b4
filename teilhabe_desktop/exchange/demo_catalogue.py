"""The example catalogue for ``--demo`` and the first start.

``resources/catalogue/beispielkatalog.json`` holds the real places of Jena found in
public sources (each with its source and "bitte prüfen: …") and fictional entries
marked ``is_example`` so that every Sozialraum has offers for every life domain.
"""

from __future__ import annotations

from teilhabe_desktop.assets import resource
from teilhabe_desktop.exchange.catalogue_import import ImportResult, build_preview, commit_import
from teilhabe_desktop.exchange.json_format import load_json_document, read_catalogue_json

DEMO_FILE = ("catalogue", "beispielkatalog.json")


def load_demo_catalogue(store) -> ImportResult:
    """Load the example catalogue into ``store`` (idempotent: a second call changes nothing).

    Entries the user has changed since are kept (reported as conflicts, not overwritten).
    """
    path = resource(*DEMO_FILE)
    read = read_catalogue_json(path, load_json_document(path))
    repo = store.catalogue
    preview = build_preview(repo, read, path.name)
    return commit_import(repo, preview)
