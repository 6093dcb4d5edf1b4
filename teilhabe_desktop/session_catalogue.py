"""The session's services for one catalogue for the team (issue "Beyond one laptop"):
publish a signed package, trust the team's key, update from a package, say where an
entry came from, and send an entry to the team as a suggestion.

A mixin of :class:`~teilhabe_desktop.session.Session` (kept apart for size): it uses the
session's ``store`` and data key ``_key``. Qt-free, like the session.
"""

from __future__ import annotations

from pathlib import Path

from teilhabe_desktop.core.errors import UserError


class CatalogueTeam:
    store: object
    _key: bytes | None

    def publish_catalogue(self, out: Path, publisher: str | None = None):
        """Write a signed package of this catalogue (and ``OUT.pub``); the first publish
        makes the team's key pair. Returns ``(package path, key path, sequence, entries,
        fingerprint)``."""
        from datetime import datetime

        from teilhabe_desktop.exchange.catalogue_package import write_signed_package
        from teilhabe_desktop.store import catalogue_keys
        from teilhabe_desktop.store.catalogue_sync import CatalogueSync
        from teilhabe_desktop.store.offer_handover import HandoverMarks

        if self._key is None:
            raise UserError(
                "Veröffentlichen geht nur aus einer verschlüsselten Datenbank: der "
                "Signaturschlüssel des Katalogteams wird mit ihrem Schlüssel verschlossen."
            )
        sync = CatalogueSync(self.store.db)
        current = sync.publisher()
        name = (publisher or (current.name if current else "")).strip()
        if not name:
            raise UserError(
                "Beim ersten Veröffentlichen braucht das Paket einen Herausgeber, z. B. "
                '--publisher "Stadt Jena, Integrierte Sozialplanung".'
            )
        if current is None:
            sync.create_publisher(name, *catalogue_keys.new_key_pair(self._key))
            current = sync.publisher()
        private = catalogue_keys.open_private_key(self._key, current.sealed_key)
        sequence = current.last_sequence + 1
        marked = HandoverMarks(self.store.db).marked()
        offers = [o for o in self.catalogue.iter_all() if o.id not in marked]
        out = Path(out)
        pub = write_signed_package(
            out, offers, len(offers), private, name, sequence, datetime.now()
        )
        sync.set_sequence(sequence, name)
        fingerprint = catalogue_keys.fingerprint(private.public_key())
        return out, pub, sequence, len(offers), fingerprint

    def publisher_key_of(self, pub_path: Path) -> tuple[str, str]:
        """``(PEM, fingerprint)`` of a team's public key file, to show before trusting."""
        from teilhabe_desktop.store import catalogue_keys

        try:
            pem = Path(pub_path).read_text(encoding="ascii")
        except FileNotFoundError:
            raise UserError(f"Die Datei „{pub_path}“ gibt es nicht.") from None
        except (OSError, UnicodeDecodeError):
            raise catalogue_keys.PublicKeyError(
                "Die Datei ist kein öffentlicher Schlüssel des Katalogteams (Ed25519, PEM)."
            ) from None
        return pem, catalogue_keys.fingerprint(catalogue_keys.load_public_key(pem))

    def trusted_publisher(self) -> str | None:
        """The fingerprint of the team this workstation trusts."""
        from teilhabe_desktop.store import catalogue_keys
        from teilhabe_desktop.store.catalogue_sync import CatalogueSync

        pem = CatalogueSync(self.store.db).trusted()
        return catalogue_keys.fingerprint(catalogue_keys.load_public_key(pem)) if pem else None

    def trust_publisher(self, pub_path: Path, replace: bool = False) -> str:
        """Trust the team whose public key is ``pub_path``; another one already trusted
        is only replaced with ``replace``. Returns the fingerprint."""
        from teilhabe_desktop.store.catalogue_sync import CatalogueSync

        pem, fingerprint = self.publisher_key_of(pub_path)
        current = self.trusted_publisher()
        if current is not None and current != fingerprint and not replace:
            raise UserError(
                f"Dieser Arbeitsplatz vertraut schon einem anderen Katalogteam ({current}). "
                "Nur wenn das Katalogteam einen neuen Schlüssel hat: --replace. Es wurde "
                "nichts verändert."
            )
        CatalogueSync(self.store.db).trust(pem, fingerprint)
        return fingerprint

    def preview_catalogue_update(self, path: Path, choose=None):
        from teilhabe_desktop.exchange.catalogue_update import preview_update

        return preview_update(self.store, path, choose)

    def apply_catalogue_update(self, preview) -> None:
        from teilhabe_desktop.exchange.catalogue_update import apply_update

        apply_update(self.store, preview)

    def offer_notes(self, offer_id: str) -> list[str]:
        """Where an entry came from, when the catalogue should say so."""
        from teilhabe_desktop.store.catalogue_sync import CatalogueSync
        from teilhabe_desktop.store.offer_handover import HANDOVER_NOTE, HandoverMarks

        notes = []
        if HandoverMarks(self.store.db).is_marked(offer_id):
            notes.append(HANDOVER_NOTE)
        if CatalogueSync(self.store.db).removed_centrally(offer_id):
            notes.append("eingestellt (zentral)")
        return notes

    def write_suggestion(self, offer_id: str, path: Path) -> None:
        """One entry as HSDS JSON, for the catalogue team."""
        from teilhabe_desktop.exchange.offer_suggestion import write_suggestion

        offer = self.catalogue.get(offer_id)
        if offer is None:
            raise UserError(f"Es gibt kein Angebot mit der Kennung „{offer_id}“.")
        write_suggestion(offer, path)

    def offer_checked(self, offer_id: str) -> None:
        """The entry was edited here: it is no longer "aus Übergabe – bitte prüfen"."""
        from teilhabe_desktop.store.offer_handover import HandoverMarks

        with self.store.db.atomic():
            HandoverMarks(self.store.db).unmark([offer_id])
