"""The questions of a handover: what to do with a person who is already here, and where
the offers the catalogue lacks go (the file's passphrase: ``ui/common/file_passphrase``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from teilhabe_desktop.ui.common.plain_text import literal


def ask_existing(parent: QWidget, name: str) -> str | None:
    """The person is here already: ``"replace"``, ``"keep_both"`` or ``None`` (cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Person schon vorhanden"),
        literal(
            parent.tr(
                "%1 ist in dieser Datenbank schon vorhanden (gleiche Kennung).\n\n"
                "Ersetzen: die Angaben, der Plan und alle Versionen hier werden durch die "
                "Datei ersetzt.\nBeide behalten: die Datei kommt als zweite Person mit "
                "neuer Kennung hinzu."
            ).replace("%1", name)
        ),
        parent=parent,
    )
    replace = box.addButton(parent.tr("&Ersetzen"), QMessageBox.ButtonRole.DestructiveRole)
    both = box.addButton(parent.tr("&Beide behalten"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(parent.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return {replace: "replace", both: "keep_both"}.get(box.clickedButton())


def ask_offers(parent: QWidget, count: int) -> bool | None:
    """Offers this catalogue lacks: add them to the catalogue (True), keep them as entries
    "aus Übergabe – bitte prüfen" (False) or cancel (None)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Angebote aus der Übergabe"),
        parent.tr(
            "Der Plan verknüpft %1 Angebote, die in diesem Katalog fehlen. Die Datei bringt "
            "sie mit.\n\nAls Übergabe behalten: sie stehen im Katalog mit dem Hinweis „aus "
            "Übergabe – bitte prüfen“.\nIn den Katalog übernehmen: sie werden normale "
            "Einträge."
        ).replace("%1", str(count)),
        parent=parent,
    )
    keep = box.addButton(parent.tr("Als Übergabe &behalten"), QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton(parent.tr("&In den Katalog übernehmen"), QMessageBox.ButtonRole.YesRole)
    cancel = box.addButton(parent.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return None if clicked is cancel else clicked is add
