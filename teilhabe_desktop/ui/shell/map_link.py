"""The map page learns whom to highlight from the persons page: the person whose plan
is open (who can then get a Sozialraum from the map) or else the selected row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from teilhabe_desktop.core.plan_map import person_sozialraeume
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.map.map_page import MapPage
from teilhabe_desktop.ui.map.person_focus import PersonFocus


def _add_to_plan(document, sozialraum_id: str) -> None:
    def mutate(_person, plan) -> None:
        if sozialraum_id not in plan.sozialraum_ids:
            plan.sozialraum_ids.append(sozialraum_id)

    text = QCoreApplication.translate("map_link", "Sozialraum von der Karte hinzufügen")
    document.edit(text, mutate, structural=True)  # the plan's sections show it at once
    document.flush()


def person_focus(session: Session, persons_page) -> PersonFocus | None:
    workspace = persons_page.workspace
    if workspace is not None:
        document = workspace.document
        person, plan = document.person, document.plan
        return PersonFocus(
            person.display_name,
            person.home_district_code,
            person.home_sozialraum_id,
            tuple(person_sozialraeume(person.home_sozialraum_id, plan.sozialraum_ids)),
            lambda sozialraum_id: _add_to_plan(document, sozialraum_id),
        )
    selected = persons_page.selected_person()
    person = session.persons.get(selected[0]) if selected else None
    if person is None:
        return None
    chosen = session.plans.draft(person.id).sozialraum_ids
    return PersonFocus(
        person.display_name,
        person.home_district_code,
        person.home_sozialraum_id,
        tuple(person_sozialraeume(person.home_sozialraum_id, chosen)),
    )


def link_map(page: MapPage, session: Session, persons_page) -> MapPage:
    page.set_focus_source(lambda: person_focus(session, persons_page))
    return page
