"""Names with markup from users or an imported catalogue are shown as written.

Qt guesses rich text in labels, tooltips and message boxes: "<b>X</b>" would turn bold
and "<img src=…>" would load a file. Every test types or imports such a name and reads
what the widget displays.
"""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.plan import Goal, OfferLink, Person, Wish
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from teilhabe_desktop.ui.catalogue.offer_table_model import COL_NAME, OfferTableModel
from teilhabe_desktop.ui.common.plain_text import literal, rich
from teilhabe_desktop.ui.plan.suggestions_dialog import OfferSuggestionsDialog
from teilhabe_desktop.ui.plan.workspace import PlanWorkspace

OFFER_NAME = '<b>Reiten</b> <img src="pferd.png">'
ORGANIZATION = "<i>Verein</i> & Co"
GOAL_TITLE = "<u>Einmal pro Woche</u> reiten"


def as_displayed(text: str, rich_text: bool) -> str:
    if not rich_text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def displayed(label: QLabel) -> str:
    """The text the label shows, as Qt decides between plain and rich text."""
    fmt = label.textFormat()
    is_rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    return as_displayed(label.text(), is_rich)


def displayed_tooltip(text: str) -> str:
    return as_displayed(text, QtGui.Qt.mightBeRichText(text))


def child(parent: QWidget, name: str) -> QLabel:
    widget = parent.findChild(QLabel, name)
    assert widget is not None, name
    return widget


@pytest.fixture
def workspace(store, open_workspace):
    CatalogueRepository(store.db).save(
        Offer(
            "o1",
            OFFER_NAME,
            "Reiten für alle",
            organization_name=ORGANIZATION,
            life_domains=["d9"],
            sozialraum_id="lobeda",
            place="Lobeda-West",
        )
    )
    PersonRepository(store.db).save(
        Person("p1", "<b>Anna</b>", "Beispiel", place="Lobeda-Ost", file_number="<img src=a>")
    )
    plans = PlanRepository(store.db)
    plan = plans.draft("p1")
    plan.wishes = [Wish("w1", "Ich möchte reiten.", life_domain="d9")]
    plan.goals = [Goal("g1", "w1", GOAL_TITLE, life_domain="d9")]
    plan.offer_links = [OfferLink("l1", "g1", "o1", "")]
    plans.save_draft(plan)
    return open_workspace("p1", (1200, 800))


def open_section(qtbot, workspace: PlanWorkspace, key: str) -> QWidget:
    row = list(workspace.sections).index(key)
    navigation = workspace.navigation
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.stack.currentWidget() is workspace.section(key)
    return workspace.section(key)


def test_linked_offer_and_goal_show_their_names_as_written(qtbot, workspace):
    offers = open_section(qtbot, workspace, "offers")
    assert displayed(child(offers, "link:l1:name")) == f"{OFFER_NAME} (Lobeda)"
    assert displayed(child(offers, "goal:g1:heading")) == f"Ziel 1: {GOAL_TITLE}"


def test_suggestions_show_offer_and_organization_as_written(qtbot, workspace):
    offers = open_section(qtbot, workspace, "offers")
    seen: dict[str, str] = {}

    def look(goal, suggestions, linked):
        dialog = OfferSuggestionsDialog(goal.title, suggestions, {"lobeda": "Lobeda"}, linked)
        qtbot.addWidget(dialog)
        seen["heading"] = displayed(child(dialog, "suggestions:heading"))
        seen["name"] = displayed(child(dialog, "suggestion_name:o1"))
        seen["info"] = displayed(child(dialog, "suggestion_info:o1"))
        return []

    offers.choose = look
    button = offers.findChild(QWidget, "goal:g1:find")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen["heading"] == f"Angebote für das Ziel „{GOAL_TITLE}“"
    assert seen["name"] == f"{OFFER_NAME} (schon verknüpft)"
    assert seen["info"].startswith(ORGANIZATION + " · ")


def test_header_shows_name_and_file_number_as_written(workspace):
    assert displayed(child(workspace, "workspace:title")) == "<b>Anna</b> Beispiel"
    assert displayed(child(workspace, "workspace:subtitle")).startswith(
        "Aktenzeichen <img src=a> · wohnt in Lobeda"
    )


def test_wish_card_lists_goal_titles_as_written(qtbot, workspace):
    wishes = open_section(qtbot, workspace, "wishes")
    assert displayed(child(wishes, "wish:w1:goals")) == GOAL_TITLE


def test_catalogue_tooltip_shows_the_name_as_written(store):
    CatalogueRepository(store.db).save(Offer("o2", OFFER_NAME, "", sozialraum_id="lobeda"))
    model = OfferTableModel(CatalogueRepository(store.db))
    model.set_query(OfferQuery())
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == OFFER_NAME)
    tooltip = model.index(row, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert displayed_tooltip(tooltip) == OFFER_NAME


def test_rich_escapes_every_value_once_and_literal_keeps_plain_text():
    assert rich("<b>%1</b> %2", "<i>a</i> %2", "&") == "<b>&lt;i&gt;a&lt;/i&gt; %2</b> &amp;"
    assert literal("Lobeda – Neulobeda") == "Lobeda – Neulobeda"
    assert displayed_tooltip(literal("<b>X</b>\nzwei")) == "<b>X</b>\nzwei"
