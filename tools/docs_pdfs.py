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


def _qt_pngs(pdf: Path, dpi: int = 60) -> None:
    """The same pages rendered with Qt PDF where poppler-utils is not installed."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    document = QPdfDocument()
    document.load(str(pdf))
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        image.save(str(pdf.with_name(f"{pdf.stem}-{page + 1}.png")))
    document.close()


if __name__ == "__main__":
    sys.exit(main())
