"""Section *Verfahren und Bedarf*: what the Gesamtplan needs beyond the planning itself.

The procedure (§ 19 Abs. 2, §§ 117–122 SGB IX), the ITP Thüringen items, the texts of
§ 121 Abs. 4 Nr. 1–6 and, for every item that may be left out, an "entfällt, weil …"
line. A summary at the top says what is still missing before *Plan abschließen*.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from teilhabe_desktop.core.gesamtplan_check import REQUIREMENT_BY_KEY
from teilhabe_desktop.core.plan import ICF_QUALIFIERS, Capability, Participant, ParticipantRole
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.missing_list import MissingList
from teilhabe_desktop.ui.plan.sections.section import Card, LiveLabel, PlanSection

#: (attribute of Plan, label, accessible name, requirement key or "")
PROCEDURE_FIELDS = (
    ("application_date", "Antrag eingegangen am:", "Tag des Antragseingangs", "date"),
    ("responsible_since", "Zuständig seit:", "Zuständig seit (Zuständigkeitsklärung)", "date"),
    ("forwarded_from", "Weitergeleitet von:", "Weitergeleitet von (§ 14 SGB IX)", "line"),
    ("assessment_instrument", "Bedarfsermittlung mit:", "Instrument der Bedarfsermittlung", "line"),
    ("assessment_date", "Bedarfsermittlung am:", "Datum der Bedarfsermittlung", "date"),
)  # fmt: skip
#: (attribute of Plan, label, accessible name, requirement key for "entfällt" or "")
TEXTS = (
    ("needs_findings", "Festgestellter Bedarf:", "Feststellungen über den Bedarf", ""),
    ("employment_agency_statement", "Stellungnahme BA:",
     "Stellungnahme der Bundesagentur für Arbeit", "employment_agency"),
    ("previous_support", "Bisherige Unterstützung:",
     "Bisherige Betreuungs- und Unterstützungssituation", "previous_support"),
    ("previous_experiences", "Erfahrungen mit Hilfen:", "Bisherige Erfahrungen mit Hilfen",
     "previous_experiences"),
    ("work_and_day", "Arbeit und Tagesstruktur:", "Arbeit, Beschäftigung und Tagesstruktur",
     "work_and_day"),
    ("caring_relatives", "Pflegende Angehörige:", "Belange pflegender Angehöriger",
     "caring_relatives"),
)  # fmt: skip
#: § 121 Abs. 4 SGB IX
PLAN_TEXTS = (
    ("procedure", "Nr. 1 Verfahren:", "Verfahren, Instrumente, Wirkungskontrolle", ""),
    ("own_activities", "Nr. 2 Aktivitäten:", "Aktivitäten der Person selbst", ""),
    ("wunsch_und_wahlrecht", "Wunsch und Wahl:",
     "Wie das Wunsch- und Wahlrecht berücksichtigt wurde", ""),
    ("lump_sum_choice", "Nr. 4 Geldleistung:",
     "Wunsch- und Wahlrecht im Hinblick auf eine pauschale Geldleistung", ""),
    ("medical_findings", "Nr. 5 Gutachten:", "Erkenntnisse aus sozialmedizinischen Gutachten",
     "medical"),
    ("cash_advice", "Nr. 6 Barbetrag:", "Ergebnis der Beratung zum Barbetrag", ""),
    ("differing_views", "Andere Sichtweisen:", "Abweichende Sichtweisen zum Plan", ""),
)  # fmt: skip


def text_of(read):
    """``read`` for a text field: "" where there is nothing yet."""
    return lambda person, plan: read(person, plan) or ""


class GesamtplanSection(PlanSection):
    key = "gesamtplan"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Was der Gesamtplan außerdem braucht (§ 19 Abs. 2, § 121 SGB IX). Was nicht "
            "zutrifft, markieren Sie mit „entfällt, weil …“."
        )

    def populate(self, column: QVBoxLayout) -> None:
        missing = MissingList(self.document)
        missing.go_to.connect(self.go_to)
        column.addWidget(missing)
        column.addWidget(self._procedure_card())
        column.addWidget(self._participants_card())
        column.addWidget(self._conference_card())
        column.addWidget(self._situation_card())
        column.addWidget(self._capabilities_card())
        column.addWidget(self._plan_texts_card())

    # -- helpers ---------------------------------------------------------------------
    def _plan_field(self, card: Card, attr: str, label: str, name: str, kind: str) -> None:
        def get(_p, plan):
            return getattr(plan, attr)

        def put(_p, plan, value):
            setattr(plan, attr, value)

        key = f"plan:{attr}:{kind}"
        editor = getattr(self.bind, kind)(self.tr(name), key, get, put)
        card.form.addRow(self.tr(label), editor)

    def _waiver(self, card: Card, key: str) -> None:
        card.form.addRow(self.tr("entfällt, weil:"), self.waiver_line(key))

    def _texts(self, card: Card, rows) -> None:
        for attr, label, name, waiver in rows:
            self._plan_field(card, attr, label, name, "text")
            if waiver:
                self._waiver(card, waiver)

    # -- cards -----------------------------------------------------------------------
    def _procedure_card(self) -> Card:
        card = Card(self.tr("Verfahren"))
        card.form.addRow(QLabel(self.tr("<b>Verfahren</b> (§ 19 Abs. 2 Nr. 1–4 SGB IX)")))
        self._plan_field(card, "authority", "Leistungsträger:", "Leistungsträger", "line")
        keep = QPushButton(self.tr("Als Vorgabe für neue Pläne speichern"))
        keep.setAutoDefault(False)
        keep.setAccessibleName(self.tr("Leistungsträger als Vorgabe für neue Pläne speichern"))
        keep.clicked.connect(self.keep_authority)
        card.form.addRow("", keep)
        for attr, label, name, kind in PROCEDURE_FIELDS:
            self._plan_field(card, attr, label, name, kind)
        self._texts(card, TEXTS[:2])
        return card

    def _participants_card(self) -> Card:
        card = Card(self.tr("Beteiligte"))
        card.form.addRow(QLabel(self.tr("<b>Beteiligte</b> (§ 117, § 121 Abs. 3 SGB IX)")))
        roles = [(r.label, r) for r in ParticipantRole]
        for number, participant in enumerate(self.document.plan.participants, start=1):
            pid, n = participant.id, str(number)

            def get(attr, pid=pid):
                return lambda _p, plan: getattr(find(plan.participants, pid), attr)

            def put(attr, pid=pid):
                return lambda _p, plan, v: setattr(find(plan.participants, pid), attr, v)

            card.form.addRow(
                self.tr("Beteiligte %1:").replace("%1", n),
                self.bind.line(
                    self.tr("Beteiligte %1: Name").replace("%1", n),
                    f"participant:{pid}:name",
                    get("name"),
                    put("name"),
                ),
            )
            card.form.addRow(
                self.tr("Rolle:"),
                self.bind.combo(
                    self.tr("Beteiligte %1: Rolle").replace("%1", n),
                    f"participant:{pid}:role",
                    roles,
                    get("role"),
                    put("role"),
                ),
            )
        card.add_button(self.tr("Beteiligte hinzu&fügen"), self.add_participant).setObjectName(
            "gesamtplan:add"
        )
        if self.document.plan.participants:
            card.add_button(
                self.tr("Letzte entfernen"),
                self.remove_last_participant,
                self.tr("Letzte beteiligte Person entfernen"),
            )
        return card

    def _conference_card(self) -> Card:
        card = Card(self.tr("Gesamtplankonferenz und Vereinbarung"))
        card.form.addRow(QLabel(self.tr("<b>Gesamtplankonferenz</b> (§ 119 SGB IX)")))
        self._plan_field(card, "conference_date", "Am:", "Gesamtplankonferenz am", "date")
        self._plan_field(
            card, "conference_participants", "Teilnehmende:", "Teilnehmende der Konferenz", "text"
        )
        self._plan_field(
            card, "conference_results", "Ergebnisse:", "Ergebnisse der Konferenz", "text"
        )
        self._waiver(card, "conference")
        card.form.addRow(QLabel(self.tr("<b>Teilhabezielvereinbarung</b> (§ 122 SGB IX)")))
        self._plan_field(card, "agreement_date", "Geschlossen am:", "Vereinbarung am", "date")
        self._plan_field(
            card, "agreement_content", "Inhalt:", "Inhalt der Teilhabezielvereinbarung", "text"
        )
        return card

    def _situation_card(self) -> Card:
        card = Card(self.tr("Bisherige Situation"))
        card.form.addRow(QLabel(self.tr("<b>Bisherige Situation</b> (ITP Thüringen)")))
        self._texts(card, TEXTS[2:])
        return card

    def _capabilities_card(self) -> Card:
        card = Card(self.tr("Fähigkeiten und Beeinträchtigungen"))
        card.form.addRow(
            QLabel(self.tr("<b>Fähigkeiten und Beeinträchtigungen</b> (ITP, ICF-Beurteilung)"))
        )
        qualifiers = [(self.tr("(noch nicht beurteilt)"), None)] + [
            (label, value) for value, label in ICF_QUALIFIERS.items()
        ]
        for domain in self.context.life_domains:
            code = domain.code

            def get(attr, code=code):
                def read(_p, plan):
                    item = next((c for c in plan.capabilities if c.id == code), None)
                    return getattr(item, attr) if item else None

                return read

            def put(attr, code=code):
                def write(_p, plan, value):
                    item = next((c for c in plan.capabilities if c.id == code), None)
                    if item is None:
                        item = Capability(code)
                        plan.capabilities.append(item)
                        plan.capabilities.sort(key=lambda c: c.id)
                    setattr(item, attr, value)

                return write

            card.form.addRow(
                f"{domain.plain_name} ({code}):",
                self.bind.combo(
                    self.tr("%1: Beurteilung").replace("%1", domain.plain_name),
                    f"capability:{code}:qualifier",
                    qualifiers,
                    get("qualifier"),
                    put("qualifier"),
                ),
            )
            card.form.addRow(
                "",
                self.bind.line(
                    self.tr("%1: Beschreibung").replace("%1", domain.plain_name),
                    f"capability:{code}:description",
                    text_of(get("description")),
                    put("description"),
                    placeholder=self.tr("Was gelingt, was fällt schwer?"),
                ),
            )
        self._waiver(card, "capabilities")
        return card

    def _plan_texts_card(self) -> Card:
        card = Card(self.tr("Inhalte nach § 121 Abs. 4"))
        card.form.addRow(QLabel(self.tr("<b>Inhalte nach § 121 Abs. 4 SGB IX</b>")))
        self._texts(card, PLAN_TEXTS)
        card.form.addRow(LiveLabel(self.document, self._cash_hint, warn=False))
        return card

    def _cash_hint(self) -> str:
        requirement = REQUIREMENT_BY_KEY["cash"]
        if requirement.applies(self.document.person, self.document.plan):
            return ""
        return self.tr("Nr. 6 entfällt: %1").replace("%1", requirement.not_applicable)

    # -- actions ---------------------------------------------------------------------
    def keep_authority(self) -> None:
        """The Leistungsträger of this plan becomes the one new plans start with."""
        authority = self.document.plan.authority.strip()
        self.context.session.settings.set("authority", authority)
        self.document.save_status.emit(
            self.tr("Neue Pläne beginnen mit dem Leistungsträger „%1“.").replace(
                "%1", self.context.session.settings.get("authority")
            ),
            True,
        )

    def add_participant(self) -> None:
        item = Participant(new_id(), "")
        self.document.edit(
            self.tr("Beteiligte hinzufügen"),
            lambda _p, plan: plan.participants.append(item),
            structural=True,
        )
        self.focus(f"participant:{item.id}:name")

    def remove_last_participant(self) -> None:
        self.document.edit(
            self.tr("Beteiligte entfernen"),
            lambda _p, plan: plan.participants.pop(),
            structural=True,
        )
