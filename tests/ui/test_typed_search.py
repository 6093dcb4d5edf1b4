"""Typing in *Angebote* searches in a worker: the newest query's rows, never a stale one.

Real key events go to the search field; the rows come from the worker thread (its own
connection), the cheap unranked first page of a frequent prefix before the ranked one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.ui.catalogue.offer_searcher import OfferSearcher
from teilhabe_desktop.ui.catalogue.offer_table_model import OFFER_ID_ROLE
from teilhabe_desktop.ui.catalogue.offers_page import OffersPage

SPORT = 160  # more than one page (100) of entries with "Sport" in the name


def press(widget, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


@pytest.fixture
def repository(store):
    repo = CatalogueRepository(store.db)
    offers = [
        Offer(id=f"sport-{n}", name=f"Sportgruppe {n}", place="Neulobeda") for n in range(SPORT)
    ]
    offers += [
        Offer(id="spiel", name="Spieletreff Winzerla", description="Brettspiele"),
        Offer(id="kurs", name="Gebärdensprachkurs", description="Sport für Gehörlose"),
        Offer(id="lisa", name="Stadtteilzentrum LISA", organization_name="JenaKultur"),
    ]
    repo.save_many(offers)
    return repo


@pytest.fixture
def page(qtbot, store, repository):
    widget = OffersPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.typed.stop()


def shown_ids(page) -> list[str]:
    model = page.model
    return [model.index(r, 0).data(OFFER_ID_ROLE) for r in range(model.rowCount())]


def test_typing_fast_shows_the_last_query_and_never_an_older_one(qtbot, page, repository):
    shown: list[str] = []
    page.model.page_shown.connect(lambda: shown.append(page.model.query.text))
    page.search.setFocus()
    typed = ""
    for char in "Stadtteil":
        press(page.search, char)
        typed += char
        if len(typed) % 3 == 0:
            QApplication.processEvents()  # some results arrive while typing goes on
    qtbot.waitUntil(lambda: page.model.query.text == "Stadtteil" and page.model.settled())
    qtbot.wait(100)  # nothing stale arrives afterwards
    assert shown[-1] == "Stadtteil"
    typed_order = ["Stadtteil"[:k] for k in range(1, 10)]
    positions = [typed_order.index(text) for text in shown if text in typed_order]
    assert positions == sorted(positions)  # never back to an older prefix
    assert shown_ids(page) == ["lisa"]
    assert page.count_label.text() == "1 Angebot"


def test_a_frequent_prefix_shows_a_first_page_then_the_ranked_one(qtbot, page, repository):
    finals: list[bool] = []
    page.typed.searcher.page.connect(lambda _n, _q, _rows, final: finals.append(final))
    press(page.search, "S")
    press(page.search, "p")
    qtbot.waitUntil(lambda: page.model.query.text == "Sp" and page.model.settled())
    assert finals[-2:] == [False, True]
    ranked = [row.id for row in repository.search(OfferQuery(text="Sp"), limit=100)]
    assert shown_ids(page) == ranked
    assert page.model.total == SPORT + 2  # "Spieletreff", and "Sport" in a description
    assert page.count_label.text() == f"{SPORT + 2} Angebote"
    page.table.scrollToBottom()  # the ranked order goes on past the first page
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    more = [row.id for row in repository.search(OfferQuery(text="Sp"), limit=200)]
    assert shown_ids(page) == more[: page.model.rowCount()]


def test_a_few_hits_come_ranked_at_once(qtbot, page):
    finals: list[bool] = []
    page.typed.searcher.page.connect(lambda _n, _q, _rows, final: finals.append(final))
    for char in "Brettspiel":
        press(page.search, char)
    qtbot.waitUntil(lambda: page.model.query.text == "Brettspiel" and page.model.settled())
    assert False not in finals  # fewer hits than a page: no unranked page first
    assert shown_ids(page) == ["spiel"]


def test_a_filter_chosen_while_a_search_is_under_way_wins(qtbot, page):
    for char in "Sport":
        press(page.search, char)
    page.run_query()  # e.g. a filter changed: the page searches at once, on its thread
    assert page.model.query.text == "Sport"
    before = shown_ids(page)
    qtbot.wait(200)  # the worker's result for the same text, now stale, is dropped
    assert shown_ids(page) == before


def test_stale_queries_get_no_results(qtbot, store, repository):
    searcher = OfferSearcher(Session(store))
    pages: list[int] = []
    searcher.page.connect(lambda number, _q, _rows, _final: pages.append(number))
    first = searcher.submit(OfferQuery(text="S"), 100)
    second = searcher.submit(OfferQuery(text="Sportgruppe 1"), 100)
    assert second == searcher.latest != first
    qtbot.waitUntil(lambda: second in pages)
    qtbot.wait(100)
    stale = [n for n in pages if n != second]
    # the first may have been on its way already; the receiver drops it by its number
    assert all(n == first for n in stale)
    searcher.stop()


def test_after_the_worker_ended_typing_still_finds(qtbot, page):
    press(page.search, "L")
    qtbot.waitUntil(lambda: page.model.query.text == "L" and page.model.settled())
    thread = page.typed.searcher._thread
    page.stop_background()  # the window closes
    assert thread is not None and not thread.is_alive()
    for char in "isa":
        press(page.search, char)
    qtbot.waitUntil(lambda: page.model.query.text == "Lisa", timeout=3000)
    assert shown_ids(page) == ["lisa"]


def click_row(qtbot, page, offer_id: str) -> None:
    row = page.model.loaded_row_of(offer_id)
    assert row >= 0
    index = page.model.index(row, 0)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_selected_offer_stays_selected_when_the_ranked_page_replaces_the_cheap_one(
    qtbot, page, repository
):
    press(page.search, "S")
    qtbot.waitUntil(lambda: page.model.query.text == "S" and page.model.settled())
    click_row(qtbot, page, "sport-7")
    assert page.current_offer_id() == "sport-7"
    shown = page.detail.offer
    assert shown is not None and shown.id == "sport-7"
    finals: list[bool] = []
    page.typed.searcher.page.connect(lambda _n, _q, _rows, final: finals.append(final))
    page.search.setFocus()
    press(page.search, "p")
    qtbot.waitUntil(lambda: page.model.query.text == "Sp" and page.model.settled())
    assert finals[-2:] == [False, True]  # the cheap page, then the ranked one
    assert page.current_offer_id() == "sport-7"
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.offer_row(i.row()).id for i in selected] == ["sport-7"]
    assert page.detail.offer is shown  # still shown, not read again from the database


def test_an_offer_no_longer_found_leaves_selection_and_detail(qtbot, page):
    press(page.search, "S")
    qtbot.waitUntil(lambda: page.model.query.text == "S" and page.model.settled())
    click_row(qtbot, page, "sport-3")
    page.search.setFocus()
    for char in "tadt":
        press(page.search, char)
    qtbot.waitUntil(lambda: page.model.query.text == "Stadt" and page.model.settled())
    assert shown_ids(page) == ["lisa"]
    assert page.current_offer_id() is None
    assert not page.table.selectionModel().hasSelection()
    assert page.detail.offer is None


def test_the_first_result_is_searched_and_counted_off_the_gui_thread(
    qtbot, store, repository, monkeypatch
):
    import threading

    threads: set[str] = set()
    for name in ("search", "count", "quick_search"):
        original = getattr(CatalogueRepository, name)

        def spy(self, *args, _original=original, **kwargs):
            threads.add(threading.current_thread().name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(CatalogueRepository, name, spy)
    widget = OffersPage(Session(store))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.count_label.text() == ""  # no "none found" before the count is there
    qtbot.waitUntil(lambda: widget.model.settled())
    assert widget.model.rowCount() == 100
    assert widget.count_label.text() == f"{SPORT + 3} Angebote"
    widget.typed.stop()
    assert threads and threading.main_thread().name not in threads
