"""The preview's list of columns: what each column of the file is taken for, and why.

Every guess is shown here (with example values) so the person can confirm it or change
it with *Spalten zuordnen …*; guessed and refused columns are listed first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from teilhabe_desktop.exchange.csv_columns import CSV_COLUMNS
from teilhabe_desktop.ui.catalogue.text_table import TextTable

#: Guess.how -> German word in the "Wie" column.
HOW = {
    "user": "zugeordnet",
    "own": "erkannt",
    "guessed": "vermutet – bitte prüfen",
    "rejected": "nicht übernommen",
    "taken": "nicht übernommen",
    "unknown": "unbekannt",
}


class ColumnOverview(TextTable):
    """Spalte · Feld · Wie · Beispiele · Hinweis, one row per column of the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Spalte"),
                self.tr("Feld"),
                self.tr("Wie"),
                self.tr("Beispiele"),
                self.tr("Hinweis"),
            ],
            self.tr("Spalten der Datei und ihre Zuordnung"),
            parent,
        )

    def show_layout(self, layout) -> None:
        """Fill from a :class:`CsvLayout` (or clear with ``None``)."""
        if layout is None:
            self.set_rows([])
            return
        first = set(layout.to_confirm)
        headers = [h for h in layout.headers if h in layout.guesses]
        headers.sort(key=lambda h: h not in first)
        rows = []
        for header in headers:
            guess = layout.guesses[header]
            field = CSV_COLUMNS.get(guess.attr, "") if guess.attr else self.tr("nicht übernommen")
            rows.append(
                (
                    header,
                    field,
                    self.tr(HOW.get(guess.how, guess.how)),
                    ", ".join(layout.samples.get(header, [])),
                    guess.note,
                )
            )
        self.set_rows(rows)
