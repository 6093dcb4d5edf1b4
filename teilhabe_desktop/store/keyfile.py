"""The key file beside an encrypted database: one random data key, wrapped twice.

The database is encrypted by SQLCipher with a random 256-bit *data key* (a raw key, so
SQLCipher's own key derivation is not run at every open). The data key is never stored
in the clear. ``<database>.key`` holds it twice, each time sealed with AES-256-GCM
(``cryptography``):

* by a key derived from the **passphrase** with Argon2id (``argon2-cffi``; time 3,
  memory 64 MiB, 2 lanes – about 0.2 s on a laptop), and
* by a key derived from the **recovery key** with HKDF-SHA256 (the recovery key is 160
  random bits, shown once for printing, so a slow derivation adds nothing).

Changing the passphrase rewraps the data key; the database itself is not re-encrypted
and the recovery key stays valid. The key file holds no case data; without the
passphrase or the recovery key it is useless. It is written completely or not at all
and for the user alone (0600).
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.private_files import write_private

FORMAT = "teilhabe-desktop-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32
#: Argon2id cost of new key files (the cost of an existing file is read from it).
ARGON2 = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
#: Shortest passphrase accepted for a new database.
MIN_PASSPHRASE_LENGTH = 10
_AAD = b"teilhabe-desktop data key v1"
_RECOVERY_BYTES = 20  # 160 bits = 32 base32 letters
_RECOVERY_GROUP = 4


class KeyFileError(UserError):
    """The key file is missing, damaged or not ours."""

    exit_code = 2


class WrongSecret(UserError):
    """The passphrase or recovery key does not open this database."""

    exit_code = 2


@dataclass(frozen=True)
class Secret:
    """What the user typed: a passphrase or a recovery key."""

    value: str
    recovery: bool = False


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


def pending_key_file_path(db_path: Path) -> Path:
    """Written while a plaintext database is being encrypted; becomes the key file once
    the encrypted database has replaced the plaintext one."""
    return db_path.with_name(db_path.name + ".key-pending")


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    letters = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(
        letters[i : i + _RECOVERY_GROUP] for i in range(0, len(letters), _RECOVERY_GROUP)
    )


def normalise_recovery_key(text: str) -> bytes:
    """The recovery key as bytes, whatever spaces, dashes or case it was typed with."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    # the letters people confuse when they type a printed key
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(letters)
    except ValueError as error:
        raise WrongSecret(
            "Der Wiederherstellungsschlüssel ist nicht vollständig oder enthält falsche "
            "Zeichen. Bitte prüfen Sie ihn Gruppe für Gruppe."
        ) from error
    if len(raw) != _RECOVERY_BYTES:
        raise WrongSecret(
            "Der Wiederherstellungsschlüssel hat nicht die richtige Länge "
            "(8 Gruppen zu je 4 Zeichen)."
        )
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def passphrase_key(passphrase: str, salt: bytes, cost: dict) -> bytes:
    """Argon2id of the passphrase, 32 bytes (also seals person files for handover)."""
    # the cryptography loads when a key is made or opened: a start on an unencrypted
    # example database, the window's first screen, do without it (issue 16)
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=int(cost["time_cost"]),
        memory_cost=int(cost["memory_cost"]),
        parallelism=int(cost["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )


def _recovery_wrapping_key(raw: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_AAD).derive(raw)


def _seal(wrapping_key: bytes, data_key: bytes) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, _AAD)
    return {"nonce": _b64(nonce), "sealed": _b64(sealed)}


def _open(wrapping_key: bytes, box: dict) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(wrapping_key).decrypt(_unb64(box["nonce"]), _unb64(box["sealed"]), _AAD)


def _passphrase_box(passphrase: str, data_key: bytes) -> dict:
    salt = secrets.token_bytes(16)
    cost = dict(ARGON2)
    box = _seal(passphrase_key(passphrase, salt, cost), data_key)
    return {"kdf": "argon2id", "salt": _b64(salt), **cost, **box}


def _recovery_box(recovery_key: str, data_key: bytes) -> dict:
    salt = secrets.token_bytes(16)
    box = _seal(_recovery_wrapping_key(normalise_recovery_key(recovery_key), salt), data_key)
    return {"kdf": "hkdf-sha256", "salt": _b64(salt), **box}


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WrongSecret(
            f"Die Passphrase ist zu kurz: mindestens {MIN_PASSPHRASE_LENGTH} Zeichen, "
            "am besten ein Satz aus mehreren Wörtern."
        )


def _write(path: Path, content: dict) -> None:
    write_private(path, json.dumps(content, indent=2).encode("utf-8"))


def create(path: Path, passphrase: str) -> tuple[bytes, str]:
    """Write a new key file at ``path``; returns ``(data key, recovery key)``."""
    check_new_passphrase(passphrase)
    data_key = new_data_key()
    recovery_key = new_recovery_key()
    _write(
        path,
        {
            "format": FORMAT,
            "version": VERSION,
            "cipher": "sqlcipher4-raw-key",
            "passphrase": _passphrase_box(passphrase, data_key),
            "recovery": _recovery_box(recovery_key, data_key),
        },
    )
    return data_key, recovery_key


def _read(path: Path) -> dict:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise KeyFileError(
            f"Die Schlüsseldatei „{path.name}“ fehlt. Ohne sie lässt sich die "
            "verschlüsselte Datenbank nicht öffnen. Bitte legen Sie sie aus Ihrer "
            "Sicherung zurück neben die Datenbank."
        ) from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise KeyFileError(
            f"Die Schlüsseldatei „{path.name}“ ist beschädigt oder nicht lesbar."
        ) from error
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise KeyFileError(f"„{path.name}“ ist keine Schlüsseldatei von Teilhabe Desktop.")
    if content.get("version") != VERSION:
        raise KeyFileError(
            f"Die Schlüsseldatei „{path.name}“ stammt aus einer neueren Version von "
            "Teilhabe Desktop. Bitte aktualisieren Sie das Programm."
        )
    return content


def unlock(path: Path, secret: Secret) -> bytes:
    """The data key, if ``secret`` fits; otherwise :class:`WrongSecret`. Reads only."""
    from cryptography.exceptions import InvalidTag

    content = _read(path)
    try:
        if secret.recovery:
            box = content["recovery"]
            wrapping = _recovery_wrapping_key(
                normalise_recovery_key(secret.value), _unb64(box["salt"])
            )
        else:
            box = content["passphrase"]
            wrapping = passphrase_key(secret.value, _unb64(box["salt"]), box)
        return _open(wrapping, box)
    except InvalidTag as error:
        what = "Der Wiederherstellungsschlüssel" if secret.recovery else "Die Passphrase"
        raise WrongSecret(f"{what} ist nicht richtig. Es wurde nichts verändert.") from error
    except (KeyError, TypeError, ValueError) as error:
        raise KeyFileError(f"Die Schlüsseldatei „{path.name}“ ist beschädigt.") from error


def set_passphrase(path: Path, data_key: bytes, new_passphrase: str) -> None:
    """Wrap ``data_key`` – unlocked from this key file a moment ago – with a new
    passphrase: the data is not re-encrypted and the recovery key stays valid."""
    check_new_passphrase(new_passphrase)
    content = _read(path)
    content["passphrase"] = _passphrase_box(new_passphrase, data_key)
    _write(path, content)
