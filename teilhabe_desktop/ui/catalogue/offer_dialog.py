"""Create or edit one catalogue entry. Problems are shown next to their field in
German; the dialog stays open and keeps every input until the entry can be saved."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.catalogue_validation import FieldError, OfferInvalid, validate_offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.glossary import SHIPPED, known_words
from teilhabe_desktop.core.reference import LifeDomain, OfferCategory, Sozialraum
from teilhabe_desktop.ui.catalogue.offer_checklist import OfferChecklist
from teilhabe_desktop.ui.common.plain_findings import attach_plain_findings
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.qt_dates import NO_DATE, from_qdate, to_qdate
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen

ERROR_STYLE = "color:#a1260d;"


def _parse_number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class OfferDialog(QDialog):
    """``offer`` None creates a new entry. After ``accept`` :attr:`saved` holds the result."""

    def __init__(
        self,
        repository,
        offer: Offer | None,
        sozialraeume: list[Sozialraum],
        categories: list[OfferCategory],
        life_domains: list[LifeDomain],
        place_names: list[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._original = offer or Offer(id=str(uuid.uuid4()), name="")
        self.saved: Offer | None = None
        self.setWindowTitle(self.tr("Angebot bearbeiten") if offer else self.tr("Neues Angebot"))
        fit_to_screen(self, 720, 640)

        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self.tabs = QTabWidget()
        self._build_general(categories, life_domains)
        self._build_place(sozialraeume, place_names)
        self._build_access()
        self._build_status()

        self.summary = plain_label()
        self.summary.setObjectName("offer_dialog_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._load(self._original)

    # -- building ------------------------------------------------------------------------

    def _page(self, title: str) -> QFormLayout:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, title)
        return form

    def _add(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label.rstrip(" *"))
        widget.setObjectName(f"field_{field}")
        error = plain_label(wrap=True)
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self._fields[field] = widget
        self._errors[field] = error
        self._tab_of[field] = self.tabs.count() - 1
        return widget

    def _line(self, form, field, label, placeholder="") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self._add(form, field, label, edit)

    def _text(self, form, field, label, height=80) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return self._add(form, field, label, edit)

    def _build_general(self, categories, life_domains) -> None:
        form = self._page(self.tr("Allgemein"))
        self._line(form, "name", self.tr("Name *"))
        self._text(form, "description", self.tr("Beschreibung"), 90)
        plain = self._text(form, "plain_description", self.tr("In Leichter Sprache"), 70)
        plain.setPlaceholderText(self.tr("Für „Mein Plan“: kurze Sätze, in der Ich-Form"))
        self.plain_findings = attach_plain_findings(plain, known_words(SHIPPED))
        self._line(form, "organization_name", self.tr("Träger"))
        kind = QComboBox()
        kind.addItem(self.tr("Regelangebot (für alle offen)"), True)
        kind.addItem(self.tr("Fachangebot (Eingliederungshilfe)"), False)
        self._add(form, "mainstream", self.tr("Art"), kind)
        self._add(
            form,
            "category_ids",
            self.tr("Kategorien"),
            OfferChecklist([(c.id, c.name) for c in categories]),
        )
        self._add(
            form,
            "life_domains",
            self.tr("Lebensbereiche"),
            OfferChecklist([(d.code, f"{d.code} {d.name}") for d in life_domains]),
        )
        self._line(form, "target_groups", self.tr("Zielgruppen"), self.tr("durch Komma getrennt"))

    def _build_place(self, sozialraeume, place_names) -> None:
        form = self._page(self.tr("Ort und Kontakt"))
        self._line(form, "street", self.tr("Straße und Hausnummer"))
        self._line(form, "postcode", self.tr("Postleitzahl"), "07743")
        self._line(form, "city", self.tr("Ort"))
        place = self._line(
            form, "place", self.tr("Ortsteil / Stadtteil"), self.tr("z. B. Neulobeda, Ost")
        )
        completer = QCompleter(sorted(set(place_names)), place)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        place.setCompleter(completer)
        sozialraum = QComboBox()
        sozialraum.addItem(self.tr("automatisch aus dem Ortsteil"), None)
        for item in sozialraeume:
            sozialraum.addItem(item.name, item.id)
        self._add(form, "sozialraum_id", self.tr("Sozialraum"), sozialraum)
        self._line(form, "lat", self.tr("Breitengrad"), "50,9271")
        self._line(form, "lon", self.tr("Längengrad"), "11,5892")
        self._line(form, "phone", self.tr("Telefon"), "03641 49-2835")
        self._line(form, "email", self.tr("E-Mail"), "name@beispiel.de")
        self._line(form, "website", self.tr("Internet"), "https://beispiel.de")
        self._text(form, "opening_hours", self.tr("Öffnungszeiten"), 60)

    def _build_access(self) -> None:
        form = self._page(self.tr("Barrierefreiheit und Kosten"))
        for key, label in ACCESSIBILITY_FEATURES.items():
            combo = QComboBox()
            for value in (Availability.UNKNOWN, Availability.YES, Availability.NO):
                combo.addItem(value.label, value)
            self._add(form, f"access_{key}", label, combo)
        self._errors["accessibility"] = self._errors[f"access_{next(iter(ACCESSIBILITY_FEATURES))}"]
        cost = QComboBox()
        for value in (Cost.UNKNOWN, Cost.FREE, Cost.REDUCED, Cost.FEE):
            cost.addItem(value.label, value)
        self._add(form, "cost", self.tr("Kosten"), cost)
        self._line(form, "cost_note", self.tr("Hinweis zu Kosten"))

    def _build_status(self) -> None:
        form = self._page(self.tr("Status und Prüfung"))
        status = QComboBox()
        for value in OfferStatus:
            status.addItem(value.label, value)
        self._add(form, "status", self.tr("Status"), status)
        verified = QDateEdit()
        verified.setDisplayFormat("dd.MM.yyyy")
        verified.setCalendarPopup(True)
        verified.setMinimumDate(NO_DATE)
        verified.setSpecialValueText(self.tr("nie geprüft"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(verified, 1)
        self.today_button = QPushButton(self.tr("Heute geprüft"))
        self.today_button.setAccessibleName(self.tr("Prüfdatum auf heute setzen"))
        self.today_button.clicked.connect(lambda: verified.setDate(QDate.currentDate()))
        row_layout.addWidget(self.today_button)
        self._add(form, "last_verified", self.tr("Zuletzt geprüft"), row)
        self._fields["last_verified"] = verified
        verified.setAccessibleName(self.tr("Zuletzt geprüft"))
        self._line(form, "verified_by", self.tr("Geprüft von"))
        review = QCheckBox(self.tr("Angaben sind zu prüfen"))
        self._add(form, "needs_review", self.tr("Zu prüfen"), review)
        self._text(form, "review_note", self.tr("Was ist zu prüfen?"), 60)
        self._text(form, "source", self.tr("Quelle"), 60)
        example = QCheckBox(self.tr("Erfundener Beispieleintrag"))
        self._add(form, "is_example", self.tr("Beispiel"), example)

    # -- values --------------------------------------------------------------------------

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _load(self, offer: Offer) -> None:
        f = self._fields
        for name in (
            "name",
            "organization_name",
            "street",
            "postcode",
            "city",
            "place",
            "phone",
            "email",
            "website",
            "cost_note",
            "verified_by",
        ):
            f[name].setText(getattr(offer, name) or "")
        for name in ("description", "plain_description", "opening_hours", "review_note", "source"):
            f[name].setPlainText(getattr(offer, name) or "")
        f["target_groups"].setText(", ".join(offer.target_groups))
        f["lat"].setText("" if offer.lat is None else str(offer.lat).replace(".", ","))
        f["lon"].setText("" if offer.lon is None else str(offer.lon).replace(".", ","))
        f["category_ids"].set_checked(offer.category_ids)
        f["life_domains"].set_checked(offer.life_domains)
        for name, value in (
            ("mainstream", offer.mainstream),
            ("sozialraum_id", offer.sozialraum_id),
            ("cost", offer.cost),
            ("status", offer.status),
        ):
            f[name].setCurrentIndex(max(f[name].findData(value), 0))
        for key in ACCESSIBILITY_FEATURES:
            combo = f[f"access_{key}"]
            combo.setCurrentIndex(max(combo.findData(offer.access(key)), 0))
        f["last_verified"].setDate(to_qdate(offer.last_verified))
        f["needs_review"].setChecked(offer.needs_review)
        f["is_example"].setChecked(offer.is_example)

    def collect(self) -> tuple[Offer, list[FieldError]]:
        """The entry as typed, and the problems found while reading numbers."""
        f = self._fields
        problems: list[FieldError] = []
        coordinates: dict[str, float | None] = {}
        for name, label in (("lat", "Breitengrad"), ("lon", "Längengrad")):
            try:
                coordinates[name] = _parse_number(f[name].text())
            except ValueError:
                coordinates[name] = None
                problems.append(
                    FieldError(name, f"Der {label} muss eine Zahl sein, z. B. „50,9271“.")
                )
        verified = from_qdate(f["last_verified"].date())
        accessibility = dict(self._original.accessibility)
        for key in ACCESSIBILITY_FEATURES:
            accessibility[key] = f[f"access_{key}"].currentData()
        groups = [g.strip() for g in f["target_groups"].text().split(",") if g.strip()]
        offer = dataclasses.replace(
            self._original,
            name=f["name"].text().strip(),
            description=f["description"].toPlainText().strip(),
            plain_description=f["plain_description"].toPlainText().strip(),
            organization_name=f["organization_name"].text().strip(),
            mainstream=bool(f["mainstream"].currentData()),
            category_ids=f["category_ids"].checked(),
            life_domains=f["life_domains"].checked(),
            target_groups=groups,
            street=f["street"].text().strip(),
            postcode=f["postcode"].text().strip(),
            city=f["city"].text().strip(),
            place=f["place"].text().strip(),
            sozialraum_id=f["sozialraum_id"].currentData(),
            lat=coordinates["lat"],
            lon=coordinates["lon"],
            phone=f["phone"].text().strip(),
            email=f["email"].text().strip(),
            website=f["website"].text().strip(),
            opening_hours=f["opening_hours"].toPlainText().strip(),
            accessibility=accessibility,
            cost=f["cost"].currentData(),
            cost_note=f["cost_note"].text().strip(),
            status=f["status"].currentData(),
            last_verified=verified,
            verified_by=f["verified_by"].text().strip(),
            needs_review=f["needs_review"].isChecked(),
            review_note=f["review_note"].toPlainText().strip(),
            source=f["source"].toPlainText().strip(),
            is_example=f["is_example"].isChecked(),
        )
        if (
            offer.place != self._original.place
            and offer.sozialraum_id == self._original.sozialraum_id
        ):
            # a new place: let the repository derive Sozialraum, district and Ortsteil again
            offer = dataclasses.replace(offer, district_code=None, ortsteil_id=None)
            if self._original.sozialraum_id is not None and offer.place:
                offer = dataclasses.replace(offer, sozialraum_id=None)
        return offer, problems

    # -- saving --------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        general = []
        first_tab = None
        for error in errors:
            label = self._errors.get(error.field)
            if label is None:
                general.append(error.message)
                continue
            label.setText("\n".join(filter(None, (label.text(), error.message))))
            label.show()
            tab = self._tab_of.get(error.field)
            if first_tab is None and tab is not None:
                first_tab = tab
                self.tabs.setCurrentIndex(tab)
                widget = self._fields.get(error.field)
                if widget is not None:
                    widget.setFocus()
        if errors:
            count = len(errors)
            head = (
                self.tr("Bitte prüfen Sie die markierte Angabe.")
                if count == 1
                else self.tr("Bitte prüfen Sie die %1 markierten Angaben.").replace(
                    "%1", str(count)
                )
            )
            self.summary.setText("\n".join([head, *general]))
            self.summary.show()
        else:
            self.summary.hide()

    def save(self) -> None:
        offer, problems = self.collect()
        errors = problems + validate_offer(offer)
        if errors:
            self.show_errors(errors)
            return
        try:
            self.saved = self._repository.save(offer)
        except OfferInvalid as invalid:
            self.show_errors(invalid.errors)
            return
        except UserError as error:
            self.show_errors([FieldError("", error.message)])
            return
        self.accept()
