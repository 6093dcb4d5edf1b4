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
    for old in pdf.parent.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    if shutil.which("pdftoppm") is None:
        _qt_pngs(pdf)
        return
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))], check=True)


def _qt_document(pdf: Path):
    """The PDF opened with Qt's own PDF module (PySide6, no poppler needed)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    document = QPdfDocument(app)
    document.load(str(pdf))
    return document


def _render(document, page: int, dpi: int):
    """One page as an image on white (a PDF page has no background of its own)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def _qt_pngs(pdf: Path, dpi: int = 60) -> None:
    """The same pages rendered with Qt PDF where poppler-utils is not installed."""
    document = _qt_document(pdf)
    for page in range(document.pageCount()):
        _render(document, page, dpi).save(str(pdf.with_name(f"{pdf.stem}-{page + 1}.png")))
    document.close()


def _network_png(pdf: Path, heading: str, dpi: int = 80) -> None:
    """The page with the network map as ``{name}-netzwerk.png``."""
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    index = next((i for i, text in enumerate(pages) if heading in text), None)
    if index is None:
        return
    document = _qt_document(pdf)
    target = pdf.with_name(f"{pdf.stem}-netzwerk.png")
    _render(document, index, dpi).save(str(target))
    document.close()
    print(target)


if __name__ == "__main__":
    sys.exit(main())
