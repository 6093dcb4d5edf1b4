"""The results table model of the catalogue: Qt contract, cell texts, lazy pages, sorting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from teilhabe_desktop.core.catalogue import Cost, Offer, OfferStatus
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.ui.catalogue.offer_table_model import (
    COL_COST,
    COL_HINTS,
    COL_NAME,
    COL_ORGANIZATION,
    COL_SOZIALRAUM,
    COL_VERIFIED,
    COLUMN_COUNT,
    OFFER_ID_ROLE,
    OFFER_ROW_ROLE,
    PAGE_SIZE,
    SORT_KEY_ROLE,
    STALE_ROLE,
    OfferTableModel,
)

TODAY = date(2025, 6, 1)
NAMES = {"lobeda": "Lobeda", "ost": "Ost"}


class SpyRepository:
    """The real repository, recording every search the model makes."""

    def __init__(self, repository: CatalogueRepository) -> None:
        self._repository = repository
        self.searches: list[tuple[OfferQuery, int, int]] = []

    def search(self, query, limit=100, offset=0):
        self.searches.append((query, limit, offset))
        return self._repository.search(query, limit=limit, offset=offset)

    def count(self, query):
        return self._repository.count(query)


@pytest.fixture
def repository(store):
    return CatalogueRepository(store.db)


def _offer(number: int, **fields) -> Offer:
    values = {"id": f"offer-{number:04d}", "name": f"Treff {number:04d}"}
    values.update(fields)
    return Offer(**values)


@pytest.fixture
def two_offers(repository):
    repository.save(
        _offer(
            1,
            name="Stadtteilzentrum LISA",
            organization_name="JenaKultur",
            place="Neulobeda",
            cost=Cost.FREE,
            last_verified=date(2025, 3, 1),
        )
    )
    repository.save(
        _offer(
            2,
            name="Gebärdensprachkurs",
            organization_name="Volkshochschule",
            place="Wenigenjena",
            cost=Cost.FEE,
            mainstream=False,
            needs_review=True,
            is_example=True,
            last_verified=date(2020, 1, 15),
        )
    )
    return repository


def _model(repository, qtbot=None) -> OfferTableModel:
    model = OfferTableModel(repository, NAMES, today=TODAY)
    model.set_query(OfferQuery())
    return model


def test_model_passes_qt_model_tester(qtmodeltester, two_offers):
    model = _model(two_offers)
    qtmodeltester.check(model)


def test_model_passes_model_tester_with_several_pages(qtmodeltester, repository):
    for number in range(PAGE_SIZE + 30):
        repository.save(_offer(number))
    model = _model(repository)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_cells_show_german_texts(two_offers):
    model = _model(two_offers)
    by_name = {model.index(r, COL_NAME).data(): r for r in range(model.rowCount())}
    lisa = by_name["Stadtteilzentrum LISA"]
    kurs = by_name["Gebärdensprachkurs"]
    assert model.index(lisa, COL_ORGANIZATION).data() == "JenaKultur"
    assert model.index(lisa, COL_SOZIALRAUM).data() == "Lobeda"
    assert (
        model.index(lisa, COL_SOZIALRAUM).data(Qt.ItemDataRole.ToolTipRole) == "Lobeda – Neulobeda"
    )
    assert model.index(lisa, COL_COST).data() == "kostenlos"
    assert model.index(lisa, COL_VERIFIED).data() == "01.03.2025"
    assert model.index(lisa, COL_HINTS).data() == ""
    assert model.index(kurs, COL_SOZIALRAUM).data() == "Ost"
    assert model.index(kurs, COL_VERIFIED).data() == "15.01.2020"
    hints = model.index(kurs, COL_HINTS).data()
    for hint in ("Fachangebot", "zu prüfen", "Beispiel", "Stand alt"):
        assert hint in hints


def test_roles_give_id_row_and_staleness(two_offers):
    model = _model(two_offers)
    for row in range(model.rowCount()):
        index = model.index(row, COL_COST)
        offer_row = index.data(OFFER_ROW_ROLE)
        assert index.data(OFFER_ID_ROLE) == offer_row.id
        assert index.data(STALE_ROLE) is (offer_row.name == "Gebärdensprachkurs")
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Angebot"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal, SORT_KEY_ROLE) == "name"
    assert model.headerData(COL_HINTS, Qt.Orientation.Horizontal, SORT_KEY_ROLE) is None
    assert model.columnCount() == COLUMN_COUNT


def test_inactive_entries_are_italic(repository):
    repository.save(_offer(1, status=OfferStatus.PAUSED))
    model = OfferTableModel(repository, NAMES, today=TODAY)
    model.set_query(OfferQuery(include_inactive=True))
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(0, COL_HINTS).data().startswith("vorübergehend geschlossen")


def test_rows_are_fetched_in_pages_of_100(repository):
    for number in range(250):
        repository.save(_offer(number))
    spy = SpyRepository(repository)
    model = _model(spy)
    assert model.rowCount() == PAGE_SIZE
    assert model.total == 250
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    assert [(limit, offset) for _q, limit, offset in spy.searches] == [
        (100, 0),
        (100, 100),
        (100, 200),
    ]
    ids = [model.index(r, 0).data(OFFER_ID_ROLE) for r in range(250)]
    assert len(set(ids)) == 250


def test_paused_model_fetches_nothing(repository):
    for number in range(150):
        repository.save(_offer(number))
    model = _model(repository)
    model.set_paused(True)
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE
    model.set_paused(False)
    assert model.canFetchMore(QModelIndex())


def test_sorting_asks_the_repository(repository, qtbot):
    for number in range(150):
        repository.save(_offer(number))
    spy = SpyRepository(repository)
    model = _model(spy)
    with qtbot.waitSignal(model.modelReset):
        model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    query, limit, offset = spy.searches[-1]
    assert (query.sort, query.descending, limit, offset) == ("name", True, 100, 0)
    # the first row is the last of all 150 names, not of the 100 loaded before
    assert model.index(0, COL_NAME).data() == "Treff 0149"
    model.sort(COL_VERIFIED, Qt.SortOrder.AscendingOrder)
    assert spy.searches[-1][0].sort == "last_verified"
    searches = len(spy.searches)
    model.sort(COL_HINTS, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert len(spy.searches) == searches


def test_a_new_query_keeps_the_sort_order(repository):
    for number in range(5):
        repository.save(_offer(number))
    model = _model(repository)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    model.set_query(OfferQuery(text="Treff"))
    assert model.query.sort == "name" and model.query.descending
    assert model.index(0, COL_NAME).data() == "Treff 0004"


def test_refresh_keeps_loaded_rows_and_shows_changes(repository):
    for number in range(150):
        repository.save(_offer(number))
    model = _model(repository)
    model.fetchMore(QModelIndex())
    offer = repository.get("offer-0120")
    offer.name = "Treff 0120 geändert"
    repository.save(offer)
    model.refresh()
    assert model.rowCount() == 150
    assert model.index(model.row_of("offer-0120"), COL_NAME).data() == "Treff 0120 geändert"


def test_row_of_fetches_until_found(repository):
    for number in range(250):
        repository.save(_offer(number))
    model = OfferTableModel(repository, NAMES, today=TODAY)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert model.row_of("offer-0230") == 230
    assert model.row_of("missing") == -1


def test_count_follows_right_after_the_first_page(qtbot, repository):
    for number in range(PAGE_SIZE + 20):
        repository.save(_offer(number))
    model = OfferTableModel(repository, NAMES, today=TODAY)
    with qtbot.waitSignal(model.total_changed, timeout=2000) as blocker:
        model.set_query(OfferQuery())
        assert model.rowCount() == PAGE_SIZE
        assert not model.total_known()  # rows first, the count a moment later
    assert blocker.args == [PAGE_SIZE + 20]
    assert model.total == PAGE_SIZE + 20
