"""Render the README's example PDFs from the demo persons into docs/pdf/.

For each demo person: *Mein Plan* and the Gesamtplan of the finalised version 1, as PDF;
for the Lobeda example a PNG of every page as well (``pdftoppm -r 60``, from
poppler-utils, when installed), shown in the README. ``make screenshots`` runs it. Not
part of the test suite.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session

OUT = Path(__file__).resolve().parents[1] / "docs" / "pdf"
#: demo person id -> file name part
PERSONS = {
    "demo-person-lobeda": "",
    "demo-person-nord": "-nord",
    "demo-person-winzerla": "-winzerla",
}
VARIANTS = {"person": "mein-plan", "formal": "gesamtplan"}
#: the heading of the network map in each variant: its page is also rendered on its own
NETWORK_HEADINGS = {"person": "Mein Netzwerk", "formal": "Netzwerkkarte"}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        session = open_session(
            Path(folder) / "demo.db", keys=FixedKeys("Sonnenblume am Westbahnhof")
        )
        try:
            session.load_demo()
            for person_id, suffix in PERSONS.items():
                for variant, name in VARIANTS.items():
                    path = OUT / f"{name}{suffix}.pdf"
                    session.save_plan_pdf(person_id, variant, path, version=1)
                    if not suffix:  # every page of the Lobeda example, to look at
                        _pngs(path)
                        _network_png(path, NETWORK_HEADINGS[variant])
                    print(path)
        finally:
            session.close()
    return 0


def _pngs(pdf: Path) -> None:
    if shutil.which("pdftoppm") is None:
        return
    for old in pdf.parent.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))], check=True)


def _network_png(pdf: Path, heading: str, dpi: int = 80) -> None:
    """The page with the network map as ``{name}-netzwerk.png``, rendered with Qt's own
    PDF module (PySide6, no poppler needed)."""
    from pypdf import PdfReader
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    index = next((i for i, text in enumerate(pages) if heading in text), None)
    if index is None:
        return
    app = QGuiApplication.instance() or QGuiApplication([])
    document = QPdfDocument(app)
    document.load(str(pdf))
    size = document.pagePointSize(index)
    image = document.render(
        index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    )
    target = pdf.with_name(f"{pdf.stem}-netzwerk.png")
    image.save(str(target))
    document.close()
    print(target)


if __name__ == "__main__":
    sys.exit(main())
