"""Detail pane of one catalogue entry: everything about it, with badges for
"Beispiel", an old "Stand", "zu prüfen" and a status other than active."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.catalogue_validation import is_stale
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.ui.common.plain_text import plain_label, rich, rich_label

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
BADGE_STYLES = {
    "example": "background:#e8eef8; color:#1d3b6a; border:1px solid #9db3d9;",
    "stale": "background:#fff4d6; color:#5c4300; border:1px solid #e0c26e;",
    "review": "background:#fde8e4; color:#7a2412; border:1px solid #e3a597;",
    "status": "background:#ececec; color:#333333; border:1px solid #b5b5b5;",
}


def _badge(text: str, kind: str, tooltip: str) -> QLabel:
    label = plain_label(text)
    label.setObjectName(f"badge_{kind}")
    label.setStyleSheet(f"QLabel {{ {BADGE_STYLES[kind]} border-radius:4px; padding:2px 6px; }}")
    label.setToolTip(tooltip)
    label.setAccessibleName(tooltip)
    return label


class OfferDetail(QWidget):
    """Shows one :class:`Offer`; asks the page to edit, mark or deactivate it."""

    edit_requested = Signal(str)
    review_requested = Signal(str)
    deactivate_requested = Signal(str)
    suggest_requested = Signal(str)

    def __init__(
        self,
        names: dict[str, dict],
        today: date | None = None,
        parent: QWidget | None = None,
        actions: bool = True,
    ) -> None:
        """``names`` maps "sozialraum", "ortsteil", "category", "domain" to id -> name;
        without ``actions`` the pane only shows (no editing buttons, as on the map)."""
        super().__init__(parent)
        self._names = names
        self._actions = actions
        self._today = today
        self._offer: Offer | None = None
        self.setObjectName("offer_detail")

        self.title = rich_label(wrap=True)
        self.title.setObjectName("offer_detail_title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.body = QTextBrowser()
        self.body.setObjectName("offer_detail_body")
        self.body.setOpenLinks(False)
        self.body.setAccessibleName(self.tr("Angaben zum Angebot"))
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)

        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.edit_button.setAccessibleName(self.tr("Angebot bearbeiten"))
        self.review_button = QPushButton(self.tr("Zu prüfen …"))
        self.review_button.setAccessibleName(self.tr("Angebot als „zu prüfen“ markieren"))
        self.deactivate_button = QPushButton(self.tr("Einstellen"))
        self.deactivate_button.setAccessibleName(
            self.tr("Angebot als eingestellt markieren (deaktivieren)")
        )
        self.deactivate_button.setToolTip(
            self.tr(
                "Das Angebot gibt es nicht mehr. Es bleibt gespeichert, wird aber ausgeblendet."
            )
        )
        self.suggest_button = QPushButton(self.tr("Vorschlag …"))
        self.suggest_button.setAccessibleName(
            self.tr("Angebot als Vorschlag für das Katalogteam speichern (HSDS-JSON)")
        )
        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.review_button,
            self.deactivate_button,
            self.suggest_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.placeholder = QLabel(
            self.tr("Wählen Sie links ein Angebot, um alles darüber zu sehen.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addLayout(self.badges)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.review_button.clicked.connect(lambda: self._request(self.review_requested))
        self.deactivate_button.clicked.connect(lambda: self._request(self.deactivate_requested))
        self.suggest_button.clicked.connect(lambda: self._request(self.suggest_requested))
        self.show_offer(None)

    @property
    def offer(self) -> Offer | None:
        return self._offer

    def _request(self, signal) -> None:
        if self._offer is not None:
            signal.emit(self._offer.id)

    def badge_texts(self) -> list[str]:
        texts = []
        for i in range(self.badges.count()):
            widget = self.badges.itemAt(i).widget()
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts

    def show_offer(self, offer: Offer | None, notes: Sequence[str] = ()) -> None:
        """Show ``offer``; ``notes`` say where it came from ("aus Übergabe – bitte prüfen",
        "eingestellt (zentral)") as badges."""
        self._offer = offer
        empty = offer is None
        self.placeholder.setVisible(empty)
        for widget in (self.title, self.body):
            widget.setVisible(not empty)
        for widget in (
            self.edit_button,
            self.review_button,
            self.deactivate_button,
            self.suggest_button,
        ):
            widget.setVisible(not empty and self._actions)
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if offer is None:
            self.title.clear()
            self.body.clear()
            return
        self.title.setText(rich("<h3>%1</h3>", offer.name))
        marks = [_badge(note, "review", self.tr("Herkunft des Eintrags")) for note in notes]
        for badge in [*self._badges(offer), *marks]:
            self.badges.addWidget(badge)
            badge.show()
        self.badges.addStretch(1)
        self.body.setHtml(self._html(offer))
        self.deactivate_button.setEnabled(offer.status != OfferStatus.ENDED)

    def _badges(self, offer: Offer) -> list[QLabel]:
        badges = []
        if offer.is_example:
            badges.append(
                _badge(
                    self.tr("Beispiel"),
                    "example",
                    self.tr("Beispiel: dieser Eintrag ist erfunden oder noch zu prüfen."),
                )
            )
        if is_stale(offer, self._today or date.today()):
            if offer.last_verified is None:
                text = self.tr("Stand: nie geprüft")
            else:
                text = self.tr("Stand: %1").replace("%1", offer.last_verified.strftime("%m/%Y"))
            badges.append(
                _badge(text, "stale", self.tr("Zuletzt vor mehr als 12 Monaten geprüft."))
            )
        if offer.needs_review:
            badges.append(_badge(self.tr("zu prüfen"), "review", self.tr("Eintrag ist zu prüfen.")))
        if offer.status != OfferStatus.ACTIVE:
            badges.append(_badge(offer.status.label, "status", self.tr("Status des Angebots")))
        return badges

    def _name(self, kind: str, key) -> str:
        return str(self._names.get(kind, {}).get(key, key))

    def _html(self, offer: Offer) -> str:
        def row(label: str, value: str) -> str:
            if not value:
                return ""
            return (
                f"<tr><td style='padding:2px 12px 2px 0; color:#555; vertical-align:top'>"
                f"{escape(label)}</td><td style='padding:2px 0'>{value}</td></tr>"
            )

        def text(value: str) -> str:
            return escape(value).replace("\n", "<br>")

        address = ", ".join(
            part for part in (offer.street, f"{offer.postcode} {offer.city}".strip()) if part
        )
        where = [offer.place] if offer.place else []
        if offer.ortsteil_id is not None:
            ortsteil = self._name("ortsteil", offer.ortsteil_id)
            if ortsteil not in where:
                where.append(self.tr("Ortsteil %1").replace("%1", ortsteil))
        if offer.district_code is not None:
            district = self._name("district", offer.district_code)
            label = (
                f"{offer.district_code} {district}"
                if district != str(offer.district_code)
                else district
            )
            where.append(self.tr("Statistischer Bezirk %1").replace("%1", label))
        coordinates = ""
        if offer.lat is not None and offer.lon is not None:
            coordinates = f"{offer.lat:.5f}, {offer.lon:.5f}".replace(".", ",")
        schedules = "<br>".join(
            escape(
                f"{WEEKDAYS[s.weekday - 1] if 1 <= s.weekday <= 7 else s.weekday} "
                f"{s.opens}–{s.closes} {s.note}".strip()
            )
            for s in offer.schedules
        )
        hours = text(offer.opening_hours) or schedules  # the text already says it all
        cost = "" if offer.cost == Cost.UNKNOWN else offer.cost.label
        cost = ", ".join(part for part in (cost, offer.cost_note) if part) or self.tr("unbekannt")
        verified = self.tr("nie")
        if offer.last_verified is not None:
            verified = german_date(offer.last_verified)
        if offer.verified_by:
            verified += self.tr(" von %1").replace("%1", offer.verified_by)
        access = "".join(
            row(label, escape(offer.access(key).label))
            for key, label in ACCESSIBILITY_FEATURES.items()
        )
        kind = (
            self.tr("Regelangebot (für alle offen)")
            if offer.mainstream
            else self.tr("Fachangebot (Eingliederungshilfe)")
        )
        review = ""
        if offer.needs_review:
            review = text(offer.review_note) or self.tr("ja")
        parts = [
            f"<p>{text(offer.description)}</p>" if offer.description else "",
            "<table>",
            row(self.tr("In Leichter Sprache"), text(offer.plain_description)),
            row(self.tr("Träger"), text(offer.organization_name)),
            row(self.tr("Art"), escape(kind)),
            row(
                self.tr("Kategorien"),
                text(", ".join(self._name("category", c) for c in offer.category_ids)),
            ),
            row(
                self.tr("Lebensbereiche"),
                "<br>".join(escape(f"{d} {self._name('domain', d)}") for d in offer.life_domains),
            ),
            row(self.tr("Zielgruppen"), text(", ".join(offer.target_groups))),
            row(self.tr("Adresse"), text(address)),
            row(
                self.tr("Sozialraum"),
                text(self._name("sozialraum", offer.sozialraum_id) if offer.sozialraum_id else "")
                or escape(self.tr("nicht zugeordnet")),
            ),
            row(self.tr("Ort"), text(" · ".join(where))),
            row(self.tr("Koordinaten"), escape(coordinates)),
            row(self.tr("Telefon"), text(offer.phone)),
            row(self.tr("E-Mail"), text(offer.email)),
            row(self.tr("Internet"), text(offer.website)),
            row(self.tr("Öffnungszeiten"), hours),
            row(self.tr("Kosten"), text(cost)),
            row(self.tr("Status"), escape(offer.status.label)),
            row(self.tr("Zu prüfen"), review),
            row(self.tr("Geprüft"), text(verified)),
            row(self.tr("Quelle"), text(offer.source)),
            "</table>",
            f"<h4>{escape(self.tr('Barrierefreiheit'))}</h4><table>{access}</table>",
        ]
        return "".join(parts)
