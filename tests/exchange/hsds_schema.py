"""Checking an exported HSDS datapackage against the official HSDS 3.0 table schemas.

The schemas come from the official example's ``datapackage.json`` (field lists,
``format: uuid``, ``required``, ``unique``, ``enum``, numeric types and foreign keys).
"""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _row_problems(name: str, line: int, row: dict, fields: dict) -> list[str]:
    problems = []
    for field_name, field in fields.items():
        value = row.get(field_name) or ""
        constraints = field.get("constraints", {})
        where = f"{name}:{line} {field_name}"
        if constraints.get("required") and not value:
            problems.append(f"{where} required")
        if not value:
            continue
        if field.get("format") == "uuid" and not _is_uuid(value):
            problems.append(f"{where} not uuid: {value}")
        if "enum" in constraints and value not in constraints["enum"]:
            problems.append(f"{where} not in enum: {value}")
        if field["type"] in ("number", "integer"):
            try:
                float(value)
            except ValueError:
                problems.append(f"{where} not a number: {value}")
    return problems


def schema_problems(folder: Path, reference: Path) -> list[str]:
    """Everything in the package at ``folder`` that breaks the schemas in ``reference``."""
    official = {r["name"]: r for r in json.loads(reference.read_text("utf-8"))["resources"]}
    package = json.loads((folder / "datapackage.json").read_text("utf-8"))
    problems: list[str] = []
    tables: dict[str, list[dict]] = {}
    for resource in package["resources"]:
        name = resource["name"]
        if name not in official:
            problems.append(f"unknown resource {name}")
            continue
        fields = {f["name"]: f for f in official[name]["schema"]["fields"]}
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            header = reader.fieldnames or []
        tables[name] = rows
        extra = [h for h in header if h not in fields]
        if extra:
            problems.append(f"{name}: unknown columns {extra}")
        for line, row in enumerate(rows, 2):
            problems += _row_problems(name, line, row, fields)
        for field_name, field in fields.items():
            if field.get("constraints", {}).get("unique"):
                values = [row[field_name] for row in rows if row.get(field_name)]
                if len(values) != len(set(values)):
                    problems.append(f"{name}: {field_name} not unique")
    for name, resource in official.items():
        if name not in tables:
            continue
        for key in resource["schema"].get("foreignKeys", []):
            target = key["reference"]["resource"]
            ids = {row[key["reference"]["fields"]] for row in tables.get(target, [])}
            for row in tables[name]:
                value = row.get(key["fields"])
                if value and value not in ids:
                    problems.append(f"{name}.{key['fields']} -> {target} missing {value}")
    return problems
