"""Files sealed with a passphrase: AES-256-GCM, the key derived with Argon2id.

A sealed file is a small JSON document (so a person can see what it is) around the
encrypted content, documented in ``docs/person-json.md``::

    {"format": "teilhabe-desktop-sealed", "format_version": 1,
     "content": "teilhabe-desktop-person", "cipher": "AES-256-GCM",
     "kdf": {"name": "argon2id", "salt": "…", "time_cost": 3, "memory_cost": 65536,
             "parallelism": 2},
     "nonce": "…", "ciphertext": "…"}

``salt``, ``nonce`` and ``ciphertext`` (with the 16-byte GCM tag at its end) are Base64.
The key is Argon2id (``argon2-cffi``) of the UTF-8 passphrase, 32 bytes; AES-GCM comes
from ``cryptography``. Every header field is bound to the ciphertext as associated data
(the JSON of the document without ``ciphertext``, keys sorted, no spaces), so a changed
header fails like a wrong passphrase. Nothing here is our own cryptography.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from typing import Any

from argon2.exceptions import HashingError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store import keyfile

FORMAT = "teilhabe-desktop-sealed"
FORMAT_VERSION = 1
CIPHER = "AES-256-GCM"
#: Shortest passphrase accepted when sealing (as for a database).
MIN_PASSPHRASE_LENGTH = keyfile.MIN_PASSPHRASE_LENGTH
#: Largest Argon2 cost a file may ask for (a forged file must not exhaust the machine).
_MAX_COST = {"time_cost": 20, "memory_cost": 1024 * 1024, "parallelism": 16}


class SealedFileError(UserError):
    """The sealed file cannot be opened; nothing was changed."""

    exit_code = 2


class WrongPassphrase(SealedFileError):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not Base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _associated(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE_LENGTH:
        raise SealedFileError(
            f"Die Passphrase für die Datei ist zu kurz: mindestens {MIN_PASSPHRASE_LENGTH} "
            "Zeichen, am besten ein Satz aus mehreren Wörtern."
        )


def seal(content: bytes, passphrase: str, kind: str) -> bytes:
    """``content`` sealed with ``passphrase``; ``kind`` names what is inside."""
    check_passphrase(passphrase)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    cost = {k: int(keyfile.ARGON2[k]) for k in ("time_cost", "memory_cost", "parallelism")}
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "content": kind,
        "cipher": CIPHER,
        "kdf": {"name": "argon2id", "salt": _b64(salt), **cost},
        "nonce": _b64(nonce),
    }
    key = keyfile.passphrase_key(passphrase, salt, cost)
    sealed = AESGCM(key).encrypt(nonce, content, _associated(header))
    document = {**header, "ciphertext": _b64(sealed)}
    return (json.dumps(document, indent=1) + "\n").encode("ascii")


def sealed_header(data: Any) -> dict | None:
    """The header if ``data`` (parsed JSON) is a sealed document, else ``None``."""
    if isinstance(data, dict) and data.get("format") == FORMAT:
        return data
    return None


#: what a sealed file holds, as a message names it
KIND_NAMES = {
    "teilhabe-desktop-person": "keine Personendatei",
    "teilhabe-desktop-planning-merge-input": "keine Planungsdaten zum Zusammenführen",
}


def unseal(document: dict, passphrase: str, kind: str) -> bytes:
    """The content of a sealed ``document`` (parsed JSON). Raises :class:`WrongPassphrase`
    or :class:`SealedFileError`; reads only."""
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise SealedFileError(
            "Die verschlüsselte Datei stammt aus einer neueren Version von Teilhabe Desktop. "
            "Bitte aktualisieren Sie das Programm."
        )
    if document.get("content") != kind or document.get("cipher") != CIPHER:
        what = KIND_NAMES.get(kind, "nicht das Erwartete")
        raise SealedFileError(f"Die verschlüsselte Datei enthält {what}.")
    try:
        kdf = document["kdf"]
        if kdf.get("name") != "argon2id":
            raise ValueError("unknown kdf")
        cost = {k: int(kdf[k]) for k in _MAX_COST}
        if any(not 1 <= cost[k] <= _MAX_COST[k] for k in cost):
            raise ValueError("cost out of range")
        salt, nonce = _unb64(kdf["salt"]), _unb64(document["nonce"])
        sealed = _unb64(document["ciphertext"])
        header = {k: v for k, v in document.items() if k != "ciphertext"}
        key = keyfile.passphrase_key(passphrase or "", salt, cost)
        return AESGCM(key).decrypt(nonce, sealed, _associated(header))
    except InvalidTag:
        raise WrongPassphrase(
            "Die Passphrase für die Datei ist nicht richtig (oder die Datei wurde verändert). "
            "Es wurde nichts gespeichert."
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error, HashingError):
        raise SealedFileError(
            "Die verschlüsselte Datei ist beschädigt. Es wurde nichts gespeichert."
        ) from None
