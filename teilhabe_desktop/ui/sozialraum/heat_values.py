"""The cells of the screen's heat maps, from the profile and the planning figures."""

from __future__ import annotations

from teilhabe_desktop.core.offer_coverage import ALL, SHARE_MEASURES, percent
from teilhabe_desktop.core.planning_report import MEASURES, TOTAL
from teilhabe_desktop.core.planning_suppression import PlanningTable
from teilhabe_desktop.core.reference import LIFE_DOMAINS
from teilhabe_desktop.core.sozialraum_profile import SozialraumProfile
from teilhabe_desktop.ui.sozialraum.heat_table import HeatValue

DOMAIN_ROWS = (*LIFE_DOMAINS, ALL)


def _level(value: int, largest: int) -> float:
    return value / largest if largest else 0.0


def offers_by_domain(profile: SozialraumProfile) -> list[list[HeatValue]]:
    """Rows d1 … d9 and all, one column per Sozialraum: number of offers."""
    coverage, largest = profile.coverage, profile.coverage.largest()
    return [
        [
            (str(v), 0.0 if domain == ALL else _level(v, largest))
            for v in (coverage.value(s.id, domain, "offers") for s in profile.sozialraeume)
        ]
        for domain in DOMAIN_ROWS
    ]


def shares_compared(profile: SozialraumProfile) -> list[list[HeatValue]]:
    """Rows: the shares; columns: the Sozialräume (all life domains)."""
    rows = []
    for measure in SHARE_MEASURES:
        shares = [profile.coverage.share(s.id, ALL, measure) for s in profile.sozialraeume]
        rows.append([(percent(share), share) for share in shares])
    return rows


def planning_row(table: PlanningTable, row: str) -> list[list[HeatValue]]:
    """Rows: the measures; columns: the life domains and all."""
    columns = [*table.columns, TOTAL]
    largest = max((table.value(row, c, m) or 0 for m in MEASURES for c in table.columns), default=0)
    out = []
    for measure in MEASURES:
        cells = []
        for column in columns:
            value = table.value(row, column, measure)
            level = None if value is None else (0.0 if column == TOTAL else _level(value, largest))
            cells.append((table.text(row, column, measure), level))
        out.append(cells)
    return out


def planning_measure(table: PlanningTable, measure: str) -> list[list[HeatValue]]:
    """Rows: the Sozialräume and all; columns: the life domains and all."""
    columns = [*table.columns, TOTAL]
    largest = max((table.value(r, c, measure) or 0 for r in table.rows for c in table.columns),
                  default=0)  # fmt: skip
    out = []
    for row in (*table.rows, TOTAL):
        cells = []
        for column in columns:
            value = table.value(row, column, measure)
            total = TOTAL in (row, column)
            level = None if value is None else (0.0 if total else _level(value, largest))
            cells.append((table.text(row, column, measure), level))
        out.append(cells)
    return out
