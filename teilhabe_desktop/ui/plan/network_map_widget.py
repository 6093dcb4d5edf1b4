"""The person's network map beside the contact list (section 3 of the workspace).

Drawn from :func:`teilhabe_desktop.core.network_map.layout_network` with the widget's
font, redrawn after every change of the plan (a name typed, a sector chosen). It takes no
keyboard focus: the contact cards beside it are its keyboard equivalent, and its
accessible description states the figures (contacts per sector, share of professionals).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from teilhabe_desktop.core.network_figures import NetworkFigures, network_figures, percent
from teilhabe_desktop.core.network_map import (
    Metrics,
    NetworkMap,
    centre_radius,
    layout_network,
)
from teilhabe_desktop.core.plan import NetworkSector, ResourceState
from teilhabe_desktop.ui.plan.document import PlanDocument

ACCENT = QColor("#1f4e79")
LINE = QColor("#8a99ad")
RING_FILLS = {3: QColor("#eef2f7"), 2: QColor("#f6f8fb"), 1: QColor("#ffffff")}
NO_STATE = QColor("#9aa5b1")
MARGIN = 4
#: a label's anchor: how much of its width lies left of the anchor, and its alignment
ANCHORS = {
    "start": (0.0, Qt.AlignmentFlag.AlignLeft),
    "end": (1.0, Qt.AlignmentFlag.AlignRight),
    "middle": (0.5, Qt.AlignmentFlag.AlignHCenter),
}
MAX_WIDTH = 400  # above the cards on a small screen the map stays this narrow


class NetworkMapWidget(QWidget):
    """Call nothing: it follows ``document`` by itself."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("network:map")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)
        self.setMaximumWidth(MAX_WIDTH)
        self.setAccessibleName(self.tr("Netzwerkkarte"))
        self._key: tuple | None = None
        self._map: NetworkMap | None = None
        self._sectors: dict = {}  # the last layout of each sector (core.network_map)
        self._widths: dict[str, float] = {}  # of the names shown, in the widget's font
        document.changed.connect(self.refresh)
        self.refresh()

    # sizes -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(340, self.heightForWidth(340))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._radius(width) * 2 + 2 * self._line() + 2 * MARGIN)

    def resizeEvent(self, event) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    def _line(self) -> float:
        return QFontMetricsF(self._bold()).height() * 1.2

    def _radius(self, width: int) -> float:
        return max(min(width / 2 - MARGIN, 260.0), 60.0)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    # content -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the contacts again; repaint when something the map shows changed."""
        network = self.document.plan.network
        key = tuple((c.id, c.name, c.sector, c.closeness, c.state) for c in network)
        if key == self._key:
            return
        self._key = key
        self._map = None
        figures = network_figures(network)
        self.setAccessibleDescription(self.describe(figures))
        self.setToolTip(self.describe(figures))
        self.update()

    def describe(self, figures: NetworkFigures) -> str:
        if not figures.total:
            return self.tr("Noch keine Kontakte: die Person steht allein in der Mitte.")
        sectors = ", ".join(f"{s.label}: {n}" for s, n in figures.per_sector.items())
        count = (
            self.tr("1 Kontakt")
            if figures.total == 1
            else self.tr("%1 Kontakte").replace("%1", str(figures.total))
        )
        text = self.tr("%1. %2. Anteil Fachkräfte/Dienste: %3. Nähe: sehr nah %4, "
                       "mittel %5, eher lose %6.")  # fmt: skip
        values = (
            count,
            sectors,
            percent(figures.professional_share or 0.0),
            *(str(figures.per_ring[r]) for r in (1, 2, 3)),
        )
        for number, value in reversed(list(enumerate(values, start=1))):
            text = text.replace(f"%{number}", value)
        return text

    def current_map(self) -> NetworkMap:
        """The layout at the widget's size (computed when first needed after a change)."""
        radius = self._radius(self.width())
        if self._map is None or self._map.metrics.radius != radius:
            font = QFontMetricsF(self.font())
            centre = self.document.person.first_name.strip() or self.tr("Person")
            self._centre = centre
            metrics = Metrics(
                radius=radius,
                text_height=font.height(),
                dot_radius=max(font.height() / 3, 4),
                measure=self._measure,
                centre_width=QFontMetricsF(self._bold()).horizontalAdvance(centre) + 4,
            )
            self._map = layout_network(self.document.plan.network, metrics, self._sectors)
        return self._map

    def _measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > 2000:  # names typed letter by letter: keep it bounded
                self._widths.clear()
            width = self._widths[text] = QFontMetricsF(self.font()).horizontalAdvance(text)
        return width

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._widths.clear()
            self._sectors.clear()
            self._map = None
        super().changeEvent(event)

    # painting ----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        layout = self.current_map()
        m = layout.metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self._line()
        centre = QPointF(self.width() / 2, MARGIN + line + m.radius)
        painter.setPen(QPen(LINE, 1))
        for ring in (3, 2, 1):
            painter.setBrush(QBrush(RING_FILLS[ring]))
            painter.drawEllipse(centre, m.ring_radius(ring), m.ring_radius(ring))
        r = m.radius
        painter.drawLine(centre + QPointF(-r, 0), centre + QPointF(r, 0))
        painter.drawLine(centre + QPointF(0, -r), centre + QPointF(0, r))
        self._paint_sectors(painter, layout, line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT)
        painter.drawEllipse(centre, centre_radius(m), centre_radius(m))
        painter.setFont(self._bold())
        painter.setPen(QColor("white"))
        box = QRectF(centre.x() - r, centre.y() - line / 2, 2 * r, line)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._centre)
        painter.setFont(self.font())
        text_height = m.text_height
        for spot in layout.placed:
            dot = centre + QPointF(spot.x, -spot.y)  # the layout's y axis points up
            to_activate = spot.state is ResourceState.TO_ACTIVATE
            painter.setPen(QPen(ACCENT, 2.4 if to_activate else 1))
            fill = {None: NO_STATE, ResourceState.AVAILABLE: ACCENT}.get(spot.state, "white")
            painter.setBrush(QBrush(QColor(fill)))
            painter.drawEllipse(dot, m.dot_radius, m.dot_radius)
            painter.setPen(self.palette().text().color())
            width = m.measure(spot.label) + 2
            shift, align = ANCHORS[spot.text_anchor]
            x = centre.x() + spot.text_x - width * shift
            rect = QRectF(x, centre.y() - spot.text_y - text_height / 2, width, text_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | align, spot.label)
        painter.end()

    def _paint_sectors(self, painter: QPainter, layout: NetworkMap, line: float) -> None:
        """Each sector's name in its corner; a long one may use what its neighbour on the
        same line leaves free (elided only when both together are too wide)."""
        painter.setFont(self._bold())
        metrics = painter.fontMetrics()
        width = self.width() - 2 * MARGIN
        texts = {s: self._sector_text(s, layout.overflow.get(s, 0)) for s in NetworkSector}
        painter.setPen(ACCENT)
        for left, right, y in (
            (NetworkSector.FAMILY, NetworkSector.FRIENDS, MARGIN),
            (NetworkSector.WORK, NetworkSector.PROFESSIONAL, self.height() - MARGIN - line),
        ):
            room = width - metrics.horizontalAdvance("  ")
            left_width = min(metrics.horizontalAdvance(texts[left]) + 1, room // 2)
            for sector, x0, span, align in (
                (left, MARGIN, left_width, Qt.AlignmentFlag.AlignLeft),
                (right, MARGIN, width, Qt.AlignmentFlag.AlignRight),
            ):
                limit = int(span if sector is left else room - left_width)
                text = metrics.elidedText(texts[sector], Qt.TextElideMode.ElideRight, limit)
                box = QRectF(x0, y, width if sector is right else span + 1, line)
                painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)

    def _sector_text(self, sector: NetworkSector, more: int) -> str:
        if not more:
            return sector.label
        return self.tr("%1 (+%2 weitere)").replace("%1", sector.label).replace("%2", str(more))
