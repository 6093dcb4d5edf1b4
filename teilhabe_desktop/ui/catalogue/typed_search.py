"""Search as you type on the page *Angebote*, off the GUI thread.

Every keystroke hands the query to an :class:`OfferSearcher` at once (no pause to wait
for): the worker drops and interrupts what went stale, so the list shows the newest
query's rows, never an older one's, and the window never waits for a query. The cheap
unranked first page of a short prefix is replaced by the ranked one when it arrives.

A database in memory (some tests) has no second connection: there the page searches
on its own connection after a pause in typing, as it did before.
"""

from __future__ import annotations

import dataclasses
import gc

from PySide6.QtCore import QObject

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.database import MEMORY
from teilhabe_desktop.ui.catalogue.offer_searcher import OfferSearcher
from teilhabe_desktop.ui.catalogue.offer_table_model import PAGE_SIZE


class TypedSearch(QObject):
    def __init__(self, page) -> None:
        super().__init__(page)
        self._page = page
        self._selected: str | None = None
        self.searcher: OfferSearcher | None = None
        if page.session.store.path == MEMORY:
            page.search.textChanged.connect(page.search_later)
            return
        self.searcher = OfferSearcher(page.session, self, prepare=page.model.cells.page)
        # The objects that live as long as the window (modules, widgets) need no cycle
        # collection; left in, a full collection walks all of them while holding the
        # GIL, and the worker's pages trigger one every few seconds: ~30 ms in which
        # the window could not react. (Belongs to start-up; here so the page gains it.)
        gc.freeze()
        self.searcher.page.connect(self._on_page)
        self.searcher.counted.connect(self._on_counted)
        self.searcher.failed.connect(self._on_failed)
        page.search.textChanged.connect(self.search_now)

    def open(self) -> None:
        """The first result when the page opens: searched and counted in the worker
        (counting 100,000 entries took 0.1 s of the GUI thread), else here."""
        page = self._page
        if self.searcher is None:
            page.run_query()
            return
        page.model.expect_page()
        page.update_state()
        self.search_now()

    def search_now(self, *_args) -> None:
        """Search what the field and the filters say (in the worker)."""
        page = self._page
        if self.searcher is None:
            page.run_query()
            return
        selected = page.current_offer_id()
        if selected is not None:
            self._selected = selected
        shown = page.model.query
        query = dataclasses.replace(
            page.current_query(), sort=shown.sort, descending=shown.descending
        )
        self.searcher.submit(query, PAGE_SIZE)
        page.table.hold(True)  # the rows still to paint are about to be replaced

    def cancel(self) -> None:
        """Forget every query on its way (the page searched by itself)."""
        if self.searcher is not None:
            self.searcher.cancel()
        self._page.table.hold(False)

    def stop(self) -> None:
        """End the worker and close its connection; later keys search on this thread."""
        if self.searcher is not None:
            self.searcher.stop()
            self.searcher = None
        self._page.table.hold(False)

    def _on_page(self, number: int, query, rows, final: bool) -> None:
        if self.searcher is None or number != self.searcher.latest:
            return  # a stale query's rows, already on their way
        page = self._page
        page.table.hold(False)
        selected = page.current_offer_id() or self._selected
        kept = selected is not None and any(row.id == selected for row in rows.rows)
        new_text = query.text != page.model.query.text
        page.detail_held = True  # the rows move under the selection: no detail reads
        try:
            if not kept:
                # the entry shown is not among the results: its buttons would act on
                # something hidden, so selection and detail pane empty
                page.table.selectionModel().clear()
            page.model.show_page(query, rows.rows, final, rows.prepared)
            if kept:
                page.select_offer(selected, fetch=False)
        finally:
            page.detail_held = False
        page.sync_detail()  # the same entry still selected: nothing is read again
        page.update_count()
        if not kept:
            if final:
                self._selected = None
            if new_text:
                page.table.scrollToTop()  # a new result starts at its top

    def _on_counted(self, number: int, query, total: int) -> None:
        if self.searcher is not None and number == self.searcher.latest:
            self._page.model.set_total(query, total)

    def _on_failed(self, number: int, error: object) -> None:
        if self.searcher is None or number != self.searcher.latest:
            return
        self._page.table.hold(False)
        if isinstance(error, UserError):
            self._page.count_label.setText(error.message)
            return
        raise error  # the application's error boundary reports it
