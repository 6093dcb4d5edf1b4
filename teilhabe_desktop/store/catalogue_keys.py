"""The catalogue team's signing key: Ed25519 (``cryptography``), made at the first publish.

The private key is kept in the publishing database, sealed with AES-256-GCM under a
key derived (HKDF-SHA256) from the database's own data key: a copy of the row outside
this database (a dump, an export) is useless. The public key travels as PEM
(SubjectPublicKeyInfo), the form ``openssl pkey -pubin`` reads; its fingerprint is the
SHA-256 of the raw 32 key bytes, shown in groups to compare on the phone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets

from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from teilhabe_desktop.core.errors import UserError

_INFO = b"teilhabe-desktop publisher key v1"


class PublicKeyError(UserError):
    exit_code = 2


def _wrapping_key(data_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(data_key)


def new_key_pair(data_key: bytes) -> tuple[str, str]:
    """``(public key PEM, sealed private key JSON)`` of a new Ed25519 key pair."""
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_wrapping_key(data_key, salt)).encrypt(nonce, raw, _INFO)
    box = {
        "cipher": "AES-256-GCM",
        "kdf": "hkdf-sha256",
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }
    return public_pem(private.public_key()), json.dumps(box)


def open_private_key(data_key: bytes, sealed: str) -> Ed25519PrivateKey:
    box = json.loads(sealed)
    try:
        raw = AESGCM(_wrapping_key(data_key, base64.b64decode(box["salt"]))).decrypt(
            base64.b64decode(box["nonce"]), base64.b64decode(box["sealed"]), _INFO
        )
    except InvalidTag as error:
        raise UserError(
            "Der Signaturschlüssel des Katalogteams passt nicht zu dieser Datenbank."
        ) from error
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_public_key(pem: str | bytes) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM; :class:`PublicKeyError` for anything else."""
    data = pem.encode("ascii", "replace") if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise PublicKeyError(
            "Die Datei ist kein öffentlicher Schlüssel des Katalogteams (Ed25519, PEM)."
        )
    return key


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw key, as 8 groups of 4 hex digits (the first 128 bits)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True
