"""The main window's page registry: one entry per page in the navigation.

A new feature adds its page here; the window builds the navigation, the *Ansicht*
menu with Ctrl+1 … and the close check from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from teilhabe_desktop.session import Session


@dataclass(frozen=True)
class PageSpec:
    """``key`` is stable (used by code and tests); ``title`` is the German label."""

    key: str
    title: str
    build: Callable[[Session], QWidget]


def _workspace(session: Session, person_id: str) -> QWidget:
    # the plan workspace (and reportlab behind its print preview) loads when a plan opens
    from teilhabe_desktop.ui.plan.workspace import PlanWorkspace

    return PlanWorkspace(session, person_id)


def _persons(session: Session) -> QWidget:
    from teilhabe_desktop.ui.persons.persons_page import PersonsPage

    return PersonsPage(session, _workspace)


def _offers(session: Session) -> QWidget:
    from teilhabe_desktop.ui.catalogue.offers_page import OffersPage

    return OffersPage(session)


def _sozialraeume(session: Session) -> QWidget:
    from teilhabe_desktop.ui.sozialraum.sozialraeume_page import SozialraeumePage

    return SozialraeumePage(session)


def _map(session: Session) -> QWidget:
    from teilhabe_desktop.ui.map.map_page import MapPage

    return MapPage(session)


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def page_specs() -> tuple[PageSpec, ...]:
    """The pages in navigation order."""
    return (
        PageSpec("persons", _tr("Personen"), _persons),
        PageSpec("offers", _tr("Angebote"), _offers),
        PageSpec("sozialraeume", _tr("Sozialräume"), _sozialraeume),
        PageSpec("map", _tr("Karte"), _map),
    )
