"""Signed catalogue packages of the catalogue team: an HSDS 3.0 datapackage in a .zip
with a manifest and an Ed25519 signature (format in ``docs/betrieb.md``).

``manifest.json`` names the publisher, the date, a sequence number and the SHA-256 of
every other member; ``manifest.sig`` is the Base64 Ed25519 signature of the manifest's
bytes. The HSDS members are written by :func:`hsds_write.write_package` and read by
:mod:`hsds_read`, so a package also imports anywhere as a plain HSDS datapackage.
Opening a package checks everything before anything is read into offers; it reads only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.catalogue_import import ReadResult
from teilhabe_desktop.exchange.hsds_files import read_tables
from teilhabe_desktop.exchange.hsds_read import rows_to_result
from teilhabe_desktop.exchange.hsds_write import write_package
from teilhabe_desktop.store import catalogue_keys as keys

FORMAT = "teilhabe-desktop-catalogue-package"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_MEMBERS = 64
#: a member of a signed package, unpacked (the team's HSDS tables of 100,000 entries fit)
MAX_MEMBER_BYTES = 1024**3


class PackageRefused(UserError):
    """The package is not applied: nothing was changed."""

    exit_code = 2


@dataclass(frozen=True)
class Package:
    """A verified package: signed by the trusted key, every member as signed."""

    path: Path
    publisher: str
    published_at: datetime
    sequence: int
    entries: int
    members: dict[str, bytes]


def public_key_path(package: Path) -> Path:
    """``OUT.zip`` → ``OUT.pub``."""
    return package.with_suffix(".pub")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_signed_package(
    out: Path, offers, total: int, private_key, publisher: str, sequence: int, now: datetime
) -> Path:
    """Write ``out`` (zip) and ``OUT.pub`` beside it; returns the path of the key file."""
    safe_write.check_target(out)
    with tempfile.TemporaryDirectory(prefix="teilhabe-paket-") as tmp:
        folder = Path(tmp) / "hsds"
        count = write_package(folder, offers, total)
        members = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "publisher": publisher,
        "published_at": now.replace(microsecond=0).isoformat(),
        "sequence": sequence,
        "entries": count,
        "key_fingerprint": keys.fingerprint(private_key.public_key()),
        "members": {name: _sha256(data) for name, data in members.items()},
    }
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    signature = base64.b64encode(private_key.sign(manifest_bytes)) + b"\n"
    with (
        safe_write.atomic_target(out) as tmp_path,
        zipfile.ZipFile(tmp_path, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, signature)
    pub = public_key_path(out)
    safe_write.write_text(pub, keys.public_pem(private_key.public_key()))
    return pub


def _members(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise PackageRefused(f"„{path.name}“ hat zu viele Dateien für ein Katalogpaket.")
            members: dict[str, bytes] = {}
            for info in infos:
                if info.file_size > MAX_MEMBER_BYTES or "/" in info.filename:
                    raise PackageRefused(f"„{path.name}“ ist kein Katalogpaket des Katalogteams.")
                if info.filename in members:
                    raise PackageRefused(f"„{path.name}“ enthält „{info.filename}“ doppelt.")
                members[info.filename] = archive.read(info)
            return members
    except FileNotFoundError:
        raise PackageRefused(f"Die Datei „{path}“ gibt es nicht.") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise PackageRefused(f"„{path.name}“ ist kein lesbares ZIP-Archiv ({exc}).") from None


def _manifest(members: dict[str, bytes], label: str) -> dict:
    if MANIFEST not in members or SIGNATURE not in members:
        raise PackageRefused(
            f"„{label}“ ist kein signiertes Katalogpaket (manifest.json oder manifest.sig fehlt)."
        )
    try:
        manifest = json.loads(members[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageRefused(f"„{label}“ ist kein Katalogpaket von Teilhabe Desktop.")
    return manifest


def peek_sequence(path: Path) -> int | None:
    """The sequence number a package claims (unverified), to pick the newest in a folder."""
    try:
        value = _manifest(_members(path), path.name).get("sequence")
    except PackageRefused:
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def newest_in(folder: Path) -> Path:
    """The package with the highest sequence number in a (shared) folder."""
    found = [(peek_sequence(p), p) for p in sorted(folder.glob("*.zip")) if p.is_file()]
    found = [(seq, p) for seq, p in found if seq is not None]
    if not found:
        raise PackageRefused(f"Im Ordner „{folder}“ liegt kein Katalogpaket.")
    return max(found, key=lambda item: item[0])[1]


def open_package(path: Path, trusted_pem: str | None) -> Package:
    """Check ``path`` against the trusted key; raises :class:`PackageRefused`."""
    if trusted_pem is None:
        raise PackageRefused(
            "Diesem Arbeitsplatz ist noch kein Katalogteam bekannt. Bitte zuerst dessen "
            "öffentlichen Schlüssel bestätigen (catalogue trust DATEI.pub oder *Katalog "
            "aktualisieren …*). Es wurde nichts verändert."
        )
    path = Path(path)
    if path.is_dir():
        path = newest_in(path)
    members = _members(path)
    manifest = _manifest(members, path.name)
    trusted = keys.load_public_key(trusted_pem)
    try:
        signature = base64.b64decode(members[SIGNATURE].strip(), validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if not keys.verify(trusted, signature, members[MANIFEST]):
        if manifest.get("key_fingerprint") != keys.fingerprint(trusted):
            raise PackageRefused(
                f"„{path.name}“ ist von jemand anderem signiert als dem Katalogteam, dem dieser "
                "Arbeitsplatz vertraut. Es wurde nichts verändert."
            )
        raise PackageRefused(
            f"Die Signatur von „{path.name}“ stimmt nicht: das Paket wurde nach dem Signieren "
            "verändert. Es wurde nichts verändert."
        )
    listed = manifest.get("members")
    if not isinstance(listed, dict):
        raise PackageRefused(f"Das Verzeichnis von „{path.name}“ ist unvollständig.")
    for name, data in members.items():
        if name in (MANIFEST, SIGNATURE):
            continue
        if listed.get(name) != _sha256(data):
            raise PackageRefused(
                f"„{name}“ in „{path.name}“ wurde nach dem Signieren verändert oder "
                "hinzugefügt. Es wurde nichts verändert."
            )
    absent = sorted(set(listed) - set(members))
    if absent:
        raise PackageRefused(f"In „{path.name}“ fehlt {', '.join(absent)}. Nichts verändert.")
    try:
        sequence = int(manifest["sequence"])
        published = datetime.fromisoformat(manifest["published_at"])
        publisher = str(manifest["publisher"])
        entries = int(manifest.get("entries", 0))
    except (KeyError, TypeError, ValueError):
        raise PackageRefused(f"Das Verzeichnis von „{path.name}“ ist unvollständig.") from None
    hsds = {n: d for n, d in members.items() if n not in (MANIFEST, SIGNATURE)}
    return Package(path, publisher, published, sequence, entries, hsds)


def package_offers(package: Package) -> ReadResult:
    """The package's entries, read from the verified bytes (never the file again)."""
    with tempfile.TemporaryDirectory(prefix="teilhabe-paket-") as tmp:
        folder = Path(tmp)
        for name, data in package.members.items():
            (folder / name).write_bytes(data)
        tables = read_tables(folder)
        tables.label = package.path.name  # messages name the package, not the folder
        return rows_to_result(tables, tabular=True)
