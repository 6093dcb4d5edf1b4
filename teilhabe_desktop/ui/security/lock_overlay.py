"""What a locked window shows instead of case data: a plain panel with the unlock field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from teilhabe_desktop.store.keyfile import Secret
from teilhabe_desktop.ui.security.unlock_dialog import SecretField


class LockOverlay(QWidget):
    """Covers its window completely; ``unlock_requested`` carries what was typed."""

    unlock_requested = Signal(Secret)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Gesperrt"))
        title = QLabel(self.tr("Teilhabe Desktop ist gesperrt"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(
            self.tr(
                "Die Daten sind ausgeblendet. Nichts Eingegebenes geht verloren.\n"
                "Zum Weiterarbeiten bitte die Passphrase eingeben."
            )
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.secret_field = SecretField(stacked=True)
        self.unlock_button = QPushButton(self.tr("&Entsperren"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._request)
        self.secret_field.field.returnPressed.connect(self._request)
        panel = QWidget()
        inner = QVBoxLayout(panel)
        for widget in (title, text, self.error, self.secret_field, self.unlock_button):
            inner.addWidget(widget)
        # no wrapped text in the panel: its size is known, nothing is squeezed or cut off
        panel.setFixedSize(panel.sizeHint())
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def _request(self) -> None:
        self.unlock_requested.emit(self.secret_field.secret())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        width = self.panel.width() - 2 * self.panel.layout().contentsMargins().left()
        self.error.setFixedSize(width, self.error.heightForWidth(width))
        self.error.show()
        self.panel.setFixedSize(self.panel.width(), self.panel.layout().sizeHint().height())
        self.secret_field.field.clear()
        self.secret_field.field.setFocus()
