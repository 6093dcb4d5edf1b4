"""Where a command gets the passphrase of an encrypted database.

Encryption at rest arrives with the data-protection issue; until then every database
is unencrypted and no passphrase is needed.
"""

from __future__ import annotations

from pathlib import Path


def passphrase_for(path: Path) -> str | None:
    return None
