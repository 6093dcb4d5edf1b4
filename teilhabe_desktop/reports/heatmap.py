"""Heat maps and bars for the planning report and the Sozialraumprofil.

A heat map is a ruled table whose cells are shaded by their value (light: little, dark
blue: the most), so a gap shows at a glance; the number stays printed in the cell, so
the PDF reads the same in black and white and to a screen reader. A suppressed figure
("< 3") or a share without offers ("–") has a grey, unshaded cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from teilhabe_desktop.reports.blocks import FlowTable
from teilhabe_desktop.reports.escaping import esc
from teilhabe_desktop.reports.fonts import BOLD, REGULAR
from teilhabe_desktop.reports.styles import ACCENT, INK, LINE, MUTED, SOFT

LOW = colors.HexColor("#f5f8fc")
HIGH = ACCENT
NONE = colors.HexColor("#e3e3e3")
HIGHLIGHT = colors.HexColor("#c0392b")  # frame around the Sozialraum of a profile


@dataclass(frozen=True)
class HeatCell:
    text: str
    level: float | None  # 0 … 1; None: no value to shade (suppressed or nothing)


def heat_colour(level: float) -> colors.Color:
    level = max(0.0, min(1.0, level))
    return colors.linearlyInterpolatedColor(LOW, HIGH, 0, 1, level)


def heat_table(
    header: Sequence[str],
    rows: Sequence[tuple[str, Sequence[HeatCell]]],
    col_widths: Sequence[float],
    style: ParagraphStyle,
    *,
    highlight_column: int | None = None,
    highlight_row: int | None = None,
) -> Table:
    """``header``: the column titles after the row title column (first entry);
    ``rows``: (row title, cells). Titles are user or reference text and are escaped."""
    data = [[Paragraph(f"<b>{esc(h)}</b>", style) for h in header]]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("BACKGROUND", (0, 0), (-1, 0), SOFT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("FONTNAME", (1, 1), (-1, -1), REGULAR),
        ("FONTSIZE", (1, 1), (-1, -1), style.fontSize),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for y, (title, cells) in enumerate(rows, start=1):
        data.append([Paragraph(esc(title), style), *(cell.text for cell in cells)])
        for x, cell in enumerate(cells, start=1):
            if cell.level is None:
                commands.append(("BACKGROUND", (x, y), (x, y), NONE))
                commands.append(("TEXTCOLOR", (x, y), (x, y), MUTED))
                continue
            commands.append(("BACKGROUND", (x, y), (x, y), heat_colour(cell.level)))
            if cell.level > 0.55:
                commands.append(("TEXTCOLOR", (x, y), (x, y), colors.white))
                commands.append(("FONTNAME", (x, y), (x, y), BOLD))
    if highlight_column is not None:
        commands.append(("BOX", (highlight_column, 0), (highlight_column, -1), 1.6, HIGHLIGHT))
    if highlight_row is not None:
        commands.append(("BOX", (0, highlight_row), (-1, highlight_row), 1.6, HIGHLIGHT))
    table = FlowTable(data, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def level(value: float | None, largest: float) -> float | None:
    if value is None:
        return None
    return value / largest if largest else 0.0


def bars(
    items: Sequence[tuple[str, int | None]],
    width: float,
    *,
    unknown_text: str,
    bar_colour: colors.Color = ACCENT,
) -> Drawing:
    """Horizontal bars, one per (label, value); a value of ``None`` (suppressed) draws
    no bar and says ``unknown_text`` instead."""
    row_height, label_width = 15, width * 0.42
    height = row_height * len(items) + 4
    drawing = Drawing(width, height)
    largest = max((v for _l, v in items if v), default=0)
    span = width - label_width - 40
    for number, (label, value) in enumerate(items):
        y = height - (number + 1) * row_height
        drawing.add(String(0, y + 4, label, fontName=REGULAR, fontSize=8, fillColor=INK))
        if value is None:
            text = unknown_text
            drawing.add(
                String(label_width, y + 4, text, fontName=REGULAR, fontSize=8, fillColor=MUTED)
            )
            continue
        length = span * value / largest if largest else 0
        if length:
            drawing.add(
                Rect(label_width, y + 2, length, row_height - 5, fillColor=bar_colour,
                     strokeColor=None)
            )  # fmt: skip
        drawing.add(
            String(label_width + length + 4, y + 4, str(value), fontName=BOLD, fontSize=8,
                   fillColor=INK)
        )  # fmt: skip
    return drawing
