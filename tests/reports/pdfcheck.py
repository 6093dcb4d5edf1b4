"""Reading built PDFs back for the printing tests."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.reports.variants import build_plan_pdf

PRINTED_ON = date(2026, 3, 2)


def build(variant: str, snapshot: PlanSnapshot, label: str = "Version 1 vom 03.02.2026") -> bytes:
    out = io.BytesIO()
    build_plan_pdf(variant, snapshot, out, version_label=label, printed_on=PRINTED_ON)
    return out.getvalue()


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Text of each page, whitespace collapsed (line breaks of the layout do not matter)."""
    return [" ".join((page.extract_text() or "").split()) for page in reader(data).pages]


def text(data: bytes) -> str:
    return " ".join(page_texts(data))


def font_names(data: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(data).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names
