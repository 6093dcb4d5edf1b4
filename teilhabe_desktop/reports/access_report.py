"""'Auskunft über gespeicherte Daten': everything stored about one person (Art. 15 GDPR,
§ 83 SGB X) as a readable PDF.

The report is built from plain data (:class:`AccessReport`): the person, the current
draft, every finalised version and the person's audit entries. The plan content uses
the sections of the formal plan, so nothing the plan holds is left out; the fixed texts
tell the person what Art. 15 requires (purpose, storage, period, recipients, rights).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from teilhabe_desktop.core.audit import AuditEvent
from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.person_words import care_level_text, consent_lines
from teilhabe_desktop.core.plan import Person, PlanSnapshot, PlanVersion
from teilhabe_desktop.reports import formal_sections as sections
from teilhabe_desktop.reports.blocks import bullets, cell, grid, labelled
from teilhabe_desktop.reports.document import build_document
from teilhabe_desktop.reports.escaping import clean, esc
from teilhabe_desktop.reports.file_frame import file_frame
from teilhabe_desktop.reports.styles import INK, MUTED, Styles, formal_styles
from teilhabe_desktop.reports.text import para

TITLE = "Auskunft über gespeicherte Daten"
MARGINS = (26 * mm, 18 * mm, 24 * mm, 20 * mm)
WIDTH = sections.WIDTH
RETENTION_YEARS = 3


@dataclass(frozen=True)
class AccessReport:
    """Everything stored about one person, as read from the database."""

    person: Person
    draft: PlanSnapshot | None  # None: no draft stored
    versions: list[PlanVersion]
    audit: list[AuditEvent]
    created_at: datetime
    sozialraum_names: dict[str, str] = field(default_factory=dict)


#: Every field of :class:`Person` with its German label (a test checks none is missing).
PERSON_LABELS: dict[str, str] = {
    "id": "Kennung im Programm",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "birth_date": "Geburtsdatum",
    "file_number": "Aktenzeichen",
    "street": "Straße und Hausnummer",
    "postcode": "Postleitzahl",
    "city": "Ort",
    "place": "Wohnort (Ortsteil)",
    "home_sozialraum_id": "Sozialraum (Wohnort)",
    "home_sozialraum_overridden": "Sozialraum von Hand zugeordnet",
    "phone": "Telefon",
    "email": "E-Mail",
    "easy_language": "Leichte Sprache",
    "sign_language": "Gebärdensprache",
    "interpreter_language": "Dolmetschen (Sprache)",
    "wheelchair": "Nutzt einen Rollstuhl",
    "walking_distance_m": "Gehstrecke",
    "uses_public_transport": "Nutzt Bus und Bahn",
    "guardian": "Rechtliche Betreuung",
    "trusted_person": "Vertrauensperson",
    "consent_given": "Einwilligung in die Datenverarbeitung",
    "consent_date": "Datum der Einwilligung",
    "caseworker": "Fallmanagement",
    "caseworker_phone": "Telefon des Fallmanagements",
    "housing": "Wohnform",
    "care_level": "Pflegegrad",
    "consents": "Weitere Einwilligungen",
    "home_district_code": "Statistischer Bezirk (Wohnort, Nummer)",
}

#: The audit trail's fixed detail codes in words (an unknown code is shown as it is).
_VARIANT_WORDS = {"person": "Mein Plan", "formal": "Gesamtplan"}
_DETAIL_WORDS = {
    "person-json": "Personendatei (JSON)",
    "access-report": "Auskunft nach Art. 15 DSGVO",
}

#: Sections of the formal plan shown for a plan (the person's data has its own table;
#: signature lines belong on a printed plan only).
_PLAN_SECTIONS = tuple(
    s for s in sections.SECTIONS if s not in (sections.personal_data, sections.signatures)
)


def detail_text(detail: str) -> str:
    """``formal version 2`` → ``Gesamtplan, Version 2``; ``person draft`` → ``Mein Plan,
    Entwurf``; other codes in words where known."""
    if detail in _DETAIL_WORDS:
        return _DETAIL_WORDS[detail]
    words = detail.split()
    if len(words) >= 3 and words[0] == "person-file":
        kind = "verschlüsselt" if words[1] == "encrypted" else "unverschlüsselt"
        how = {"replaced": ", ersetzte die bisherige", "new-id": ", mit neuer Kennung"}
        return f"Personendatei, {kind} (Datei {words[2]}{how.get(words[-1], '')})"
    if len(words) == 2 and words[0] == "version" and words[1].isdigit():
        return f"Version {words[1]}"
    if words and words[0] in _VARIANT_WORDS:
        rest = " ".join(words[1:])
        if rest == "draft":
            return f"{_VARIANT_WORDS[words[0]]}, Entwurf"
        if rest.startswith("version "):
            return f"{_VARIANT_WORDS[words[0]]}, Version {rest.split()[1]}"
    return detail


def _value(name: str, person: Person, sozialraum_names: dict[str, str]) -> str:
    value = getattr(person, name)
    if name == "care_level":
        return care_level_text(value) or "–"
    if name == "consents":
        return "\n".join(consent_lines(person)[1:]) or "–"
    if isinstance(value, CodedEnum):
        return value.label
    if name == "home_sozialraum_id" and value:
        return sozialraum_names.get(value, value)
    if name == "walking_distance_m" and value is not None:
        return "kann nicht gehen" if value == 0 else f"etwa {value} m"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return german_date(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return "–"
    return str(value)


@cache
def _styles() -> tuple[Styles, Styles]:
    """(report styles, styles for the plan sections inside it: their sub-headings a
    step smaller, so they sit below the section headings of the report)."""
    base = formal_styles()
    h3 = ParagraphStyle(
        "a_h3", parent=base.h2, fontSize=10, leading=14, textColor=MUTED, spaceBefore=4
    )
    return base, dataclasses.replace(base, h2=h3)


@cache
def _audit_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """Table cells of the audit trail with fixed words: never hyphenated."""
    base = formal_styles()
    return (
        ParagraphStyle("a_audit", parent=base.cell, hyphenationLang=""),
        ParagraphStyle("a_audit_bold", parent=base.cell_bold, hyphenationLang=""),
    )


@cache
def _version_style() -> ParagraphStyle:
    """The heading of one finalised version: between section and sub-section."""
    base = formal_styles()
    return ParagraphStyle(
        "a_version", parent=base.h1, fontSize=12, leading=16, spaceBefore=14, textColor=INK
    )


def _heading(number: int, text: str, styles: Styles) -> Paragraph:
    return Paragraph(f"{number}. {esc(text)}", styles.h1)


def _information(report: AccessReport, styles: Styles) -> list[Flowable]:
    """The fixed texts Art. 15 GDPR asks for, addressed to the person."""
    person = report.person
    contact = ", Telefon ".join(
        x for x in (clean(person.caseworker).strip(), clean(person.caseworker_phone).strip()) if x
    )
    ask = "Wenden Sie sich dafür an Ihr Fallmanagement" + (f" ({contact})." if contact else ".")
    items = [
        (
            "Zweck",
            "Teilhabeplanung der Eingliederungshilfe im Gesamtplanverfahren nach SGB IX "
            "(§§ 117 bis 122 SGB IX): Ihre Wünsche und Ziele festhalten, passende Angebote "
            "und Leistungen mit Ihnen planen und den Gesamtplan erstellen.",
        ),
        (
            "Welche Daten",
            "Angaben zu Ihrer Person, zur Verständigung und zur Mobilität, Ihre Wünsche in "
            "Ihren eigenen Worten, Ziele, Ressourcen, Ihr Netzwerk, vereinbarte Schritte, "
            "Angebote und Leistungen. Einige davon sind Gesundheitsdaten (Art. 9 DSGVO).",
        ),
        (
            "Herkunft",
            "Von Ihnen selbst und von Personen, die Sie dazu benannt haben (zum Beispiel "
            "Ihre Vertrauensperson oder Ihre rechtliche Betreuung), aus den Gesprächen der "
            "Teilhabeplanung.",
        ),
        (
            "Speicherort",
            "Verschlüsselt in einer Datenbank auf dem Computer Ihres Fallmanagements, "
            "nicht im Internet. Sicherungskopien sind ebenfalls verschlüsselt und werden "
            "im laufenden Betrieb nach wenigen Wochen durch neuere ersetzt.",
        ),
        (
            "Speicherdauer",
            "Solange die Teilhabeplanung läuft. Ist mit Ihren Daten "
            f"{RETENTION_YEARS} Jahre lang nichts geschehen, wird geprüft, ob sie noch "
            "gebraucht werden; sonst werden sie gelöscht.",
        ),
        (
            "Empfänger",
            "Das Programm gibt keine Daten von selbst an andere weiter. Weitergegeben wird "
            "nur, was Ihr Fallmanagement ausdrücklich druckt oder exportiert. Jeder Druck "
            "und jeder Export steht im Protokoll (Abschnitt 5).",
        ),
        (
            "Entscheidungen",
            "Es gibt keine automatisierte Entscheidung und kein Profiling (Art. 22 DSGVO). "
            "Über Leistungen entscheiden Menschen.",
        ),
        (
            "Ihre Rechte",
            "Sie können verlangen, dass falsche Daten berichtigt werden (Berichtigung, "
            "Art. 16 DSGVO), dass Daten gelöscht werden (Löschung, Art. 17 DSGVO) und dass "
            "ihre Verarbeitung eingeschränkt wird (Einschränkung, Art. 18 DSGVO), siehe "
            "auch § 84 SGB X. Sie können der Verarbeitung aus Gründen Ihrer besonderen "
            f"Situation widersprechen (Art. 21 DSGVO). {ask}",
        ),
        (
            "Beschwerde",
            "Sie können sich beim Thüringer Landesbeauftragten für den Datenschutz und die "
            "Informationsfreiheit (TLfDI) beschweren (Art. 77 DSGVO, § 81 SGB X): "
            "Häßlerstraße 8, 99096 Erfurt, www.tlfdi.de.",
        ),
    ]
    out: list[Flowable] = [
        para(
            "Sie haben das Recht zu erfahren, welche Daten über Sie gespeichert sind "
            "(Art. 15 DSGVO, § 83 SGB X). Diese Auskunft enthält alles, was das Programm "
            "Teilhabe Desktop über Sie gespeichert hat: Ihre Angaben, den aktuellen "
            "Planentwurf, alle abgeschlossenen Planversionen und das Protokoll. Dieselben "
            "Daten liegen als maschinenlesbare Datei (JSON) bei.",
            styles.body,
        )
    ]
    for label, text in items:
        out += labelled(label, text, styles.body)
    return out


def _person_table(report: AccessReport, styles: Styles) -> list[Flowable]:
    rows = [
        [
            cell(label, styles.cell_bold),
            cell(_value(name, report.person, report.sozialraum_names), styles.cell),
        ]
        for name, label in PERSON_LABELS.items()
    ]
    return [grid(rows, [62 * mm, WIDTH - 62 * mm], header=False, shade_first_column=True)]


def _link_notes(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """Notes on chosen offers (the formal plan names the offers but not these notes)."""
    titles = {g.id: clean(g.title) for g in snapshot.plan.goals}
    notes = []
    for link in snapshot.plan.offer_links:
        offer = snapshot.offers.get(link.offer_id)
        name = clean(offer.name) if offer else link.offer_id
        goal = titles.get(link.goal_id, "")
        text = f"{name}" + (f" (zu „{goal}“)" if goal else "")
        if clean(link.note).strip():
            text += f": {clean(link.note)}"
        notes.append(text)
    if not notes:
        return []
    return [Paragraph("Gewählte Angebote", styles.h2), *bullets(notes, styles.body)]


def _plan(snapshot: PlanSnapshot, styles: Styles, inner: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for builder in _PLAN_SECTIONS:
        heading, reference, content = builder(snapshot, inner)
        if content:
            title = f"{heading} ({reference})" if reference else heading
            out += [para(title, styles.h2), *content]
    out += _link_notes(snapshot, styles)
    if not out:
        out.append(para("Der Plan enthält noch keine Einträge.", styles.body))
    return out


def _versions(report: AccessReport, styles: Styles, inner: Styles) -> list[Flowable]:
    if not report.versions:
        return [para("Es gibt noch keine abgeschlossene Planversion.", styles.body)]
    rows = [[cell(h, styles.cell_bold) for h in ("Version", "Abgeschlossen am", "Von")]]
    rows += [
        [
            cell(str(v.number), styles.cell),
            cell(v.finalised_at.strftime("%d.%m.%Y, %H:%M Uhr"), styles.cell),
            cell(v.finalised_by, styles.cell),
        ]
        for v in report.versions
    ]
    out: list[Flowable] = [grid(rows, [22 * mm, 50 * mm, WIDTH - 72 * mm])]
    for v in report.versions:
        out.append(
            para(
                f"Version {v.number} vom {german_date(v.finalised_at)}, abgeschlossen von "
                f"{clean(v.finalised_by)}",
                _version_style(),
            )
        )
        person = sections.personal_data(v.snapshot, inner)[2]
        if person:
            out += [para("Angaben zur Person (Stand dieser Version)", styles.h2), *person]
        out += _plan(v.snapshot, styles, inner)
    return out


def _audit(report: AccessReport, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        para(
            "Das Protokoll hält fest, wer wann was mit Ihren Daten getan hat – ohne Inhalte. "
            "Es lässt sich nicht ändern. Das Erstellen dieser Auskunft wird danach ebenfalls "
            "im Protokoll vermerkt.",
            styles.body,
        )
    ]
    if not report.audit:
        return [*out, para("Noch keine Einträge.", styles.body)]
    plain, bold = _audit_styles()
    header = ("Zeitpunkt", "Was", "Einzelheiten", "Konto am Computer", "Name im Programm")
    rows = [[cell(h, bold) for h in header]]
    for e in report.audit:
        rows.append(
            [
                cell(e.at.strftime("%d.%m.%Y\n%H:%M:%S"), plain),
                cell(e.label, plain),
                cell(detail_text(e.detail), plain),
                # names are user text and may be long: these may hyphenate
                cell(e.os_user or "–", styles.cell),
                cell(e.app_user or "–", styles.cell),
            ]
        )
    out.append(grid(rows, [24 * mm, 40 * mm, 40 * mm, 28 * mm, WIDTH - 132 * mm]))
    return out


def build_access_report_pdf(report: AccessReport, out: Path | BinaryIO) -> None:
    """Write the access report of ``report.person`` to ``out``."""
    styles, inner = _styles()
    person = report.person
    created = f"{german_date(report.created_at)}, {report.created_at.strftime('%H:%M')} Uhr"
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph("nach Art. 15 DSGVO und § 83 SGB X", styles.subtitle),
        Paragraph(
            f"für <b>{esc(person.display_name)}</b> · erstellt am {esc(created)}", styles.body
        ),
        Spacer(1, 4),
        _heading(1, "Hinweise zu dieser Auskunft", styles),
        *_information(report, styles),
        _heading(2, "Angaben zur Person", styles),
        *_person_table(report, styles),
        _heading(3, "Aktueller Planentwurf", styles),
    ]
    if report.draft is None:
        story.append(para("Es ist kein Planentwurf gespeichert.", styles.body))
    else:
        story += _plan(report.draft, styles, inner)
    story.append(_heading(4, "Abgeschlossene Planversionen", styles))
    story += _versions(report, styles, inner)
    story.append(_heading(5, "Protokoll", styles))
    story += _audit(report, styles)

    name = clean(person.display_name)
    footer_left = f"{TITLE} · erstellt am {german_date(report.created_at)}"
    decorate = file_frame(f"Auskunft – {name}", footer_left, MARGINS, 120)

    build_document(
        out,
        story,
        decorate,
        title=f"{TITLE} – {name}",
        author=clean(person.caseworker) or "Teilhabe Desktop",
        subject="Auskunft nach Art. 15 DSGVO und § 83 SGB X",
        margins=MARGINS,
    )
