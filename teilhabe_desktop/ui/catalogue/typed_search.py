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
        self.searcher = OfferSearcher(page.session, self)
        self.searcher.page.connect(self._on_page)
        self.searcher.counted.connect(self._on_counted)
        self.searcher.failed.connect(self._on_failed)
        page.search.textChanged.connect(self.search_now)

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

    def cancel(self) -> None:
        """Forget every query on its way (the page searched by itself)."""
        if self.searcher is not None:
            self.searcher.cancel()

    def stop(self) -> None:
        """End the worker and close its connection; later keys search on this thread."""
        if self.searcher is not None:
            self.searcher.stop()
            self.searcher = None

    def _on_page(self, number: int, query, rows, final: bool) -> None:
        if self.searcher is None or number != self.searcher.latest:
            return  # a stale query's rows, already on their way
        page = self._page
        page.model.show_page(query, rows, final)
        page.update_count()
        selected = self._selected
        if selected is not None and page.select_offer(selected, fetch=False):
            return
        if final:
            self._selected = None
        # the entry shown is not among the results: its buttons would act on something
        # hidden, so the detail pane empties (emptying it again would only relayout)
        if page.detail.offer is not None:
            page.detail.show_offer(None)

    def _on_counted(self, number: int, query, total: int) -> None:
        if self.searcher is not None and number == self.searcher.latest:
            self._page.model.set_total(query, total)

    def _on_failed(self, number: int, error: object) -> None:
        if self.searcher is None or number != self.searcher.latest:
            return
        if isinstance(error, UserError):
            self._page.count_label.setText(error.message)
            return
        raise error  # the application's error boundary reports it
