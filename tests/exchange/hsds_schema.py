"""Checking an exported HSDS datapackage against the official HSDS 3.0 table schemas.

The official example's ``datapackage.json`` (field types and formats, ``required``,
``unique``, ``enum``, foreign keys) is laid over a copy of the exported tables and the
copy is validated with ``frictionless``, the Frictionless Data reference validator.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from frictionless import validate


def schema_problems(folder: Path, reference: Path) -> list[str]:
    """Everything in the package at ``folder`` that breaks the schemas in ``reference``."""
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "package"
        shutil.copytree(folder, copy)
        shutil.copyfile(reference, copy / "datapackage.json")
        report = validate(str(copy / "datapackage.json"))
    problems = []
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None)
            where = ":".join(str(p) for p in (task.name, row, field) if p is not None)
            problems.append(f"{where} {error.type}: {error.note}")
    for error in report.errors:
        problems.append(f"package {error.type}: {error.note}")
    return problems
