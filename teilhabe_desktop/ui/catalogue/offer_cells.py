"""The texts a results row shows, worked out once per row where the rows are searched.

:class:`CellTexts` is plain Python (no Qt object, no call into Qt), so the search worker
computes the texts of a page beside the query and the table only looks them up when it
paints: a repaint of the visible cells is redone for every keystroke's result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teilhabe_desktop.core.catalogue import Cost, OfferStatus
from teilhabe_desktop.core.catalogue_query import OfferRow
from teilhabe_desktop.core.catalogue_validation import is_stale
from teilhabe_desktop.core.dates import german_date

COL_NAME = 0
COL_SOZIALRAUM = 1
COL_CATEGORY = 2
COL_COST = 3
COL_ORGANIZATION = 4
COL_VERIFIED = 5
COL_HINTS = 6
COLUMN_COUNT = 7


@dataclass(frozen=True)
class HintLabels:
    """The translated words of the column *Hinweise* (``tr()`` on the GUI thread)."""

    specialist: str = "Fachangebot"
    review: str = "zu prüfen"
    example: str = "Beispiel"
    old: str = "Stand alt"


@dataclass(frozen=True)
class OfferCells:
    """What one row shows: a text per column, the Sozialraum column's tooltip, and
    whether the entry is inactive (italic) or last verified too long ago."""

    texts: tuple[str, ...]
    where: str
    italic: bool
    stale: bool


class CellTexts:
    """``cells(row)``: the :class:`OfferCells` of an :class:`OfferRow`."""

    def __init__(
        self,
        sozialraum_names: dict[str, str],
        labels: HintLabels | None = None,
        today: date | None = None,
    ) -> None:
        self._names = dict(sozialraum_names)
        self._labels = labels or HintLabels()
        self._today = today

    def __call__(self, item: OfferRow) -> OfferCells:
        stale = is_stale(item, self._today or date.today())
        if item.sozialraum_id:
            sozialraum = self._names.get(item.sozialraum_id, item.sozialraum_id)
        else:
            sozialraum = item.place
        texts = (
            item.name,
            sozialraum,
            item.category_names,
            "" if item.cost == Cost.UNKNOWN else item.cost.label,
            item.organization_name,
            german_date(item.last_verified),
            ", ".join(self._hints(item, stale)),
        )
        return OfferCells(texts, self.where(item), item.status != OfferStatus.ACTIVE, stale)

    def page(self, rows: list[OfferRow]) -> list[OfferCells]:
        return [self(row) for row in rows]

    def hints(self, item: OfferRow) -> list[str]:
        return self._hints(item, is_stale(item, self._today or date.today()))

    def _hints(self, item: OfferRow, stale: bool) -> list[str]:
        labels = self._labels
        hints = []
        if item.status != OfferStatus.ACTIVE:
            hints.append(item.status.label)
        if not item.mainstream:
            hints.append(labels.specialist)
        if item.needs_review:
            hints.append(labels.review)
        if item.is_example:
            hints.append(labels.example)
        if item.last_verified is not None and stale:
            hints.append(labels.old)
        return hints

    def where(self, item: OfferRow) -> str:
        """Sozialraum and place, e.g. "Lobeda – Neulobeda"."""
        sozialraum = self._names.get(item.sozialraum_id or "", item.sozialraum_id or "")
        parts = [part for part in (sozialraum, item.place) if part]
        if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
            parts = parts[:1]
        return " – ".join(parts)
