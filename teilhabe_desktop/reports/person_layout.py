"""The page of *Mein Plan*: margins and the width of its text column."""

from __future__ import annotations

from reportlab.lib.units import mm

from teilhabe_desktop.reports.document import frame_width

MARGINS = (22 * mm, 20 * mm, 24 * mm, 22 * mm)
WIDTH = frame_width(MARGINS)
