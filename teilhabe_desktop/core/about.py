"""What the About dialog shows: dependencies with their licences."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class Dependency:
    name: str
    license: str
    purpose: str
    version: str  # "" when not installed as a distribution (e.g. in a frozen build)


def load_dependencies(licenses_file: Path) -> list[Dependency]:
    entries = json.loads(licenses_file.read_text(encoding="utf-8"))
    result = []
    for entry in entries:
        version = ""
        if entry.get("distribution"):
            try:
                version = metadata.version(entry["distribution"])
            except metadata.PackageNotFoundError:
                version = ""
        elif entry["name"] == "Python":
            import platform

            version = platform.python_version()
        result.append(Dependency(entry["name"], entry["license"], entry["purpose"], version))
    return result
