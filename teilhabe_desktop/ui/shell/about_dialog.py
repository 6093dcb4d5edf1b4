"""*Hilfe → Über*: version, licences of all dependencies, sources of the reference data."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from teilhabe_desktop import APP_NAME, __version__
from teilhabe_desktop.assets import resource
from teilhabe_desktop.core.about import load_dependencies
from teilhabe_desktop.session import Session


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über %1").replace("%1", APP_NAME))
        self.resize(680, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # never open a browser: the app works offline
        self.browser.setAccessibleName(self.tr("Informationen über das Programm"))
        self.browser.setHtml(self._html(session))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _html(self, session: Session) -> str:
        parts = [
            f"<h2>{escape(APP_NAME)}</h2>",
            f"<p>{escape(self.tr('Version'))} {escape(__version__)}</p>",
            "<p>"
            + escape(
                self.tr(
                    "Sozialraumorientierte Teilhabeplanung für die Eingliederungshilfe in Jena. "
                    "Das Programm arbeitet vollständig ohne Internetverbindung."
                )
            )
            + "</p>",
            f"<h3>{escape(self.tr('Verwendete Software und Lizenzen'))}</h3>",
            "<table cellpadding='3'>",
        ]
        for dep in load_dependencies(resource("about", "licenses.json")):
            version = f" {escape(dep.version)}" if dep.version else ""
            parts.append(
                f"<tr><td><b>{escape(dep.name)}</b>{version}</td><td>{escape(dep.license)}</td>"
                f"<td>{escape(dep.purpose)}</td></tr>"
            )
        parts.append("</table>")
        parts.append(f"<h3>{escape(self.tr('Quellen der Referenzdaten'))}</h3><ul>")
        for dataset, source in session.reference.sources():
            parts.append(f"<li><b>{escape(dataset)}:</b> {escape(source)}</li>")
        parts.append("</ul>")
        return "\n".join(parts)
