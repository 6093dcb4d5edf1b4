"""The *Personen* list model: German dates, review state in words, sortable keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from teilhabe_desktop.core.person_query import PersonRow, ReviewState, person_sort_key
from teilhabe_desktop.ui.persons.person_table_model import (
    BIRTH_DATE,
    ID_ROLE,
    NAME,
    REVIEW,
    SORT_ROLE,
    SOZIALRAUM,
    PersonTableModel,
)

ROWS = [
    PersonRow("a", "Jürgen", "Weiß", "AZ-1", date(1980, 2, 29), "lobeda", "Frau Sommer",
              date(2020, 1, 31), ReviewState.OVERDUE),
    PersonRow("b", "Олена", "Коваль", "AZ-2", None, "winzerla", "Herr Berg",
              date(2030, 12, 1), ReviewState.OK),
    PersonRow("c", "Łukasz", "Yılmaz", "", date(2001, 7, 4), None, "", None, ReviewState.NONE),
]  # fmt: skip


def make_model() -> PersonTableModel:
    model = PersonTableModel({"lobeda": "Lobeda", "winzerla": "Winzerla"})
    model.set_rows(ROWS)
    return model


def test_model_is_consistent(qtmodeltester):
    model = make_model()
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_dates_are_german_and_review_state_is_in_words():
    model = make_model()
    assert model.index(0, BIRTH_DATE).data() == "29.02.1980"
    assert model.index(0, REVIEW).data() == "31.01.2020 – überfällig"
    assert model.index(1, REVIEW).data() == "01.12.2030"
    assert model.index(2, REVIEW).data() == "– (kein Plan abgeschlossen)"
    assert model.index(2, BIRTH_DATE).data() == "04.07.2001"


def test_overdue_is_highlighted_but_ok_is_not():
    model = make_model()
    assert model.index(0, REVIEW).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, REVIEW).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, REVIEW).data(Qt.ItemDataRole.ForegroundRole) is None


def test_names_in_any_script_and_sozialraum_names():
    model = make_model()
    assert model.index(1, NAME).data() == "Олена Коваль"
    assert model.index(2, NAME).data() == "Łukasz Yılmaz"
    assert model.index(0, SOZIALRAUM).data() == "Lobeda"
    assert model.index(2, SOZIALRAUM).data() == ""
    assert model.index(1, NAME).data(ID_ROLE) == "b"


def test_sort_keys_order_by_last_name_and_iso_dates():
    model = make_model()
    assert model.index(0, NAME).data(SORT_ROLE) == person_sort_key("Jürgen", "Weiß")
    assert model.index(0, NAME).data(SORT_ROLE).startswith("weiss")
    assert model.index(0, REVIEW).data(SORT_ROLE) == "2020-01-31"
    # no review date sorts last
    assert model.index(2, REVIEW).data(SORT_ROLE) > model.index(1, REVIEW).data(SORT_ROLE)
