"""The nine sections of a plan, in one place: keys, numbers, German labels, item lists.

:data:`PLAN_SECTIONS` is the single source of the order, the keys and the German labels.
The workspace builds its navigation and section pages from it, the version comparison
names its groups and fields with it, the checks name their problem locations after its
item lists, and the reports map every key to a block. A new section is a new entry here,
a widget (``ui/plan/sections/``) and a report block (``reports/``); see
``docs/architektur.md``, "Einen Abschnitt hinzufügen".

The labels are German source texts; the UI shows them through ``tr()``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _frozen(labels: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(labels)


@dataclass(frozen=True)
class ItemList:
    """A list kept by a section: an attribute of :class:`~teilhabe_desktop.core.plan.Plan`.

    ``attr`` is also the location (``Problem.section``) of the checks' problems about its
    items. ``label`` names the list in a comparison ("Ressourcen"), ``noun`` one of its
    items ("Ressource"), ``name_field`` the item attribute that names an item in a change
    line, ``fields`` every other attribute's German label there. ``ids_only``: a plain list
    of ids (the chosen Sozialräume), not of items with an ``id``.
    """

    attr: str
    label: str
    noun: str
    name_field: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    ids_only: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", _frozen(dict(self.fields)))


@dataclass(frozen=True)
class SectionSpec:
    """One plan section.

    ``key`` is stable (code, tests, the workspace's ``show_section``); ``number`` its place
    (1 …); ``label`` its entry in the workspace navigation, ``title`` the heading of its
    page and ``short_label`` its name in a comparison (both ``label`` unless given).
    ``lists`` are the plan's item lists it edits, ``plan_fields`` the plan's single values
    it edits (attribute → German label).
    """

    key: str
    number: int
    label: str
    title: str = ""
    short_label: str = ""
    lists: tuple[ItemList, ...] = ()
    plan_fields: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", self.title or self.label)
        object.__setattr__(self, "short_label", self.short_label or self.label)
        object.__setattr__(self, "plan_fields", _frozen(dict(self.plan_fields)))


PLAN_SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("wishes", 1, "Wünsche und Wille", short_label="Wünsche", lists=(
        ItemList("wishes", "Wünsche", "Wunsch", "text", {
            "text": "Wortlaut", "said_on": "gesagt am", "said_by": "gesagt von",
            "life_domain": "Lebensbereich"}),
    )),
    SectionSpec("goals", 2, "Ziele", lists=(
        ItemList("goals", "Ziele", "Ziel", "title", {
            "title": "Text", "wish_id": "Wunsch", "kind": "Art", "life_domain": "Lebensbereich",
            "indicator": "Woran merken wir es", "target_date": "Zieldatum", "status": "Status",
            "evaluation_note": "Bewertung", "evaluation_date": "bewertet am",
            "differing_view": "Abweichende Sichtweise",
            "no_offer_found": "kein passendes Angebot", "missing_offer_note": "Was fehlt",
            "attainment": "Zielerreichung", "rated_by": "eingeschätzt von",
            "plain_title": "in Leichter Sprache", "plain_indicator": "Woran ich es merke"}),
    )),
    SectionSpec("resources", 3, "Ressourcen und Netzwerk",
                title="Ressourcen, Netzwerk und Umweltfaktoren", short_label="Ressourcen", lists=(
        ItemList("strengths", "Ressourcen", "Ressource", "text", {
            "text": "Text", "kind": "Art", "state": "vorhanden/zu aktivieren",
            "plain_text": "in Leichter Sprache"}),
        ItemList("network", "Netzwerk", "Kontakt", "name", {
            "name": "Name", "sector": "Bereich", "closeness": "Nähe",
            "helps_with": "hilft bei", "contact": "Kontakt",
            "state": "vorhanden/zu aktivieren", "plain_text": "in Leichter Sprache"}),
        ItemList("barriers", "Umweltfaktoren", "Umweltfaktor", "text", {
            "text": "Text", "kind": "Art", "life_domain": "Lebensbereich",
            "sozialraum_id": "Sozialraum", "offer_id": "Angebot"}),
    )),
    SectionSpec("sozialraeume", 4, "Sozialräume", lists=(
        ItemList("sozialraum_ids", "Sozialräume", "Sozialraum", ids_only=True),
    )),
    SectionSpec("offers", 5, "Angebote", lists=(
        ItemList("offer_links", "Angebote", "Angebot", "offer_id",
                 {"goal_id": "Ziel", "offer_id": "Angebot", "note": "Notiz"}),
    )),
    SectionSpec("steps", 6, "Schritte", lists=(
        ItemList("steps", "Schritte", "Schritt", "what", {
            "what": "Was", "owner": "Wer", "who": "Name", "due_date": "bis", "done": "erledigt",
            "goal_id": "Ziel", "plain_text": "in Leichter Sprache"}),
    )),
    SectionSpec("services", 7, "Leistungen", lists=(
        ItemList("services", "Leistungen", "Leistung", "type", {
            "type": "Bezeichnung", "provider": "Anbieter", "hours_per_week": "Stunden pro Woche",
            "start": "Beginn", "end": "Ende", "kind": "Leistungsart", "content": "Inhalt",
            "hours_per_month": "Stunden pro Monat", "payment": "Form",
            "goal_ids": "Ziele", "provider_organization_id": "Träger aus dem Katalog",
            "plain_text": "in Leichter Sprache"}),
    )),
    SectionSpec("gesamtplan", 8, "Verfahren und Bedarf", title="Gesamtplanverfahren und Bedarf",
                short_label="Verfahren", lists=(
        ItemList("participants", "Beteiligte", "Beteiligte Person", "name", {
            "name": "Name", "role": "Rolle", "note": "Hinweis"}),
        ItemList("capabilities", "Fähigkeiten und Beeinträchtigungen", "Lebensbereich", "id", {
            "qualifier": "Beurteilung", "description": "Beschreibung"}),
    ), plan_fields={
        "authority": "Leistungsträger", "application_date": "Antragseingang",
        "responsible_since": "zuständig seit", "forwarded_from": "weitergeleitet von",
        "assessment_instrument": "Instrument der Bedarfsermittlung",
        "assessment_date": "Bedarfsermittlung am", "needs_findings": "Feststellungen zum Bedarf",
        "employment_agency_statement": "Stellungnahme der Bundesagentur für Arbeit",
        "conference_date": "Gesamtplankonferenz am",
        "conference_participants": "Teilnehmende der Konferenz",
        "conference_results": "Ergebnisse der Konferenz",
        "agreement_date": "Teilhabezielvereinbarung am",
        "agreement_content": "Inhalt der Teilhabezielvereinbarung",
        "caring_relatives": "Pflegende Angehörige", "previous_support": "Bisherige Unterstützung",
        "previous_experiences": "Bisherige Erfahrungen mit Hilfen",
        "work_and_day": "Arbeit, Beschäftigung, Tagesstruktur",
        "lump_sum_choice": "Pauschale Geldleistung (Wunsch- und Wahlrecht)",
        "waivers": "entfällt", "plain_checked_by": "Prüflesen durch",
        "plain_checked_on": "Prüflesen am"}),
    SectionSpec("review", 9, "Überprüfung und Versionen", short_label="Überprüfung",
                plan_fields={"review_date": "Überprüfung"}),
)  # fmt: skip

#: every item list of the plan, in section order, by its attribute
ITEM_LISTS: Mapping[str, ItemList] = _frozen(
    {item_list.attr: item_list for spec in PLAN_SECTIONS for item_list in spec.lists}
)
_BY_KEY = {spec.key: spec for spec in PLAN_SECTIONS}


def section_keys() -> tuple[str, ...]:
    """The section keys in plan order."""
    return tuple(_BY_KEY)


def plan_section(key: str) -> SectionSpec:
    """The section ``key`` (``KeyError`` for an unknown key)."""
    return _BY_KEY[key]


def section_of(location: str, field_name: str = "") -> SectionSpec | None:
    """The section that shows a problem (``Problem.section`` and ``.field``).

    An item list's attribute (``"strengths"``) gives its section (*Ressourcen und
    Netzwerk*); ``"plan"`` gives the section holding ``field_name`` (``"review_date"``,
    ``"sozialraum_ids"``). ``None`` for the person and the formal plan's texts, which no
    plan section holds.
    """
    if location == "plan":
        location = field_name
    for spec in PLAN_SECTIONS:
        if location in spec.plan_fields or any(i.attr == location for i in spec.lists):
            return spec
    return None


def check_every_section(
    by_key: Mapping[str, object], what: str, shown: Collection[object] | None = None
) -> None:
    """Raise ``RuntimeError`` unless ``by_key`` has exactly the section keys.

    Called where a registry of widgets or report blocks is defined, so that a section
    added here without its ``what`` ("widget", "Gesamtplan block" …) fails at import.
    ``shown``: the blocks a report prints; every value of ``by_key`` but ``None`` (the
    report leaves the section out) must be one of them."""
    missing = [key for key in _BY_KEY if key not in by_key]
    unknown = [key for key in by_key if key not in _BY_KEY]
    if missing or unknown:
        raise RuntimeError(f"plan sections without {what}: {missing}; unknown keys: {unknown}")
    if shown is not None:
        unused = [key for key, value in by_key.items() if value is not None and value not in shown]
        if unused:
            raise RuntimeError(f"the {what} of plan sections {unused} is never printed")
