"""All offer pins of the map as one item: pins drawn at a fixed size on screen, merged
into numbered clusters where they would overlap (low zoom).

A frame must take well under 16 ms with 2,000 pins: single pins go to Qt as one
polygon; a cluster is a ready-drawn picture (one per number and colour) copied to the
screen; clusters outside the exposed area are skipped; the clusters of a zoom level are
kept, so zooming back and forth does not cluster again."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from teilhabe_desktop.core.map_layout import PIN_COLOUR
from teilhabe_desktop.core.pin_clusters import Cluster, clusters

PIN_RADIUS = 6  # pixels on screen
CLUSTER_RADIUS = 12
#: pins nearer than this many pixels to each other become a cluster
CLUSTER_PX = 26
SELECTED_COLOUR = "#d62d20"
#: zoom levels whose clusters are kept (a zoom step in and out again finds them)
KEPT_LEVELS = 24


class PinLayer(QGraphicsItem):
    """``set_pins`` with scene coordinates; ``set_scale`` when the view zooms."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.names: list[str] = []
        self._xs = np.zeros(0)
        self._ys = np.zeros(0)
        self._scale = 1.0
        self._clusters: list[Cluster] = []
        self._bounds = QRectF()
        self.selected_id: str | None = None
        self.setZValue(10)
        # paint() gets the exposed area, so clusters off screen are skipped
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
        self._font = font
        self._pin_pen = QPen(QColor("white"), 1.5)
        self._pin_brush = QBrush(QColor(PIN_COLOUR))
        self._selected_brush = QBrush(QColor(SELECTED_COLOUR))
        self._halo_pen = self._round_pen("white", 2 * PIN_RADIUS + 3)
        self._dot_pen = self._round_pen(PIN_COLOUR, 2 * PIN_RADIUS)
        self._singles = QPolygonF()
        self._groups: list[Cluster] = []
        self._group_xs = np.zeros(0)
        self._group_ys = np.zeros(0)
        self._levels: dict[float, list[Cluster]] = {}
        self._glyphs: dict[tuple[str, bool, float], QPixmap] = {}

    @staticmethod
    def _round_pen(colour: str, width: float) -> QPen:
        pen = QPen(QColor(colour), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setCosmetic(True)
        return pen

    # -- data ----------------------------------------------------------------------------
    def set_pins(self, ids: list[str], names: list[str], xs: np.ndarray, ys: np.ndarray) -> None:
        self.prepareGeometryChange()
        self.ids, self.names = list(ids), list(names)
        self._xs, self._ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        if len(self._xs):
            self._bounds = QRectF(
                QPointF(self._xs.min(), self._ys.min()), QPointF(self._xs.max(), self._ys.max())
            )
        else:
            self._bounds = QRectF()
        self._levels.clear()
        self._recluster()

    def set_scale(self, scale: float) -> None:
        """Pixels per scene unit of the view; clusters follow."""
        if scale <= 0 or abs(scale - self._scale) < 1e-12:
            return
        self.prepareGeometryChange()
        self._scale = scale
        self._recluster()

    def set_selected(self, offer_id: str | None) -> None:
        self.selected_id = offer_id
        self.update()

    def _recluster(self) -> None:
        level = round(self._scale, 12)
        found = self._levels.get(level)
        if found is None:
            found = clusters(self._xs, self._ys, CLUSTER_PX / self._scale)
            if len(self._levels) >= KEPT_LEVELS:
                self._levels.pop(next(iter(self._levels)))
            self._levels[level] = found
        self._clusters = found
        # single pins go to Qt as one polygon, drawn in one call per colour (see paint)
        singles = [c for c in self._clusters if c.size == 1]
        self._singles = QPolygonF([QPointF(c.x, c.y) for c in singles])
        self._groups = [c for c in self._clusters if c.size > 1]
        self._group_xs = np.array([c.x for c in self._groups], dtype=float)
        self._group_ys = np.array([c.y for c in self._groups], dtype=float)
        self.update()

    @property
    def visible_clusters(self) -> list[Cluster]:
        return self._clusters

    def position_of(self, offer_id: str) -> QPointF | None:
        if offer_id not in self.ids:
            return None
        index = self.ids.index(offer_id)
        return QPointF(self._xs[index], self._ys[index])

    def cluster_at(self, scene: QPointF) -> Cluster | None:
        """The pin or cluster drawn under ``scene`` (the nearest one), or None."""
        best, best_distance = None, None
        for cluster in self._clusters:
            radius = (PIN_RADIUS if cluster.size == 1 else CLUSTER_RADIUS) + 2
            dx = (cluster.x - scene.x()) * self._scale
            dy = (cluster.y - scene.y()) * self._scale
            distance = dx * dx + dy * dy
            if distance <= radius * radius and (best_distance is None or distance < best_distance):
                best, best_distance = cluster, distance
        return best

    # -- drawing -------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        if self._bounds.isNull() and not len(self._xs):
            return QRectF()
        margin = (CLUSTER_RADIUS + 2) / self._scale
        return self._bounds.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # Few calls per frame, whatever the number of pins: the single pins are round
        # points of a wide cosmetic pen (pixels on screen), drawn all at once.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._halo_pen)
        painter.drawPoints(self._singles)
        painter.setPen(self._dot_pen)
        painter.drawPoints(self._singles)
        selected = self.position_of(self.selected_id) if self.selected_id else None
        chosen = self.ids.index(self.selected_id) if selected is not None else -1
        transform = painter.worldTransform()
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.save()
        painter.resetTransform()
        for index in self._exposed_groups(option.exposedRect):
            cluster = self._groups[index]
            centre = transform.map(QPointF(cluster.x, cluster.y))
            glyph = self._glyph(str(cluster.size), chosen in cluster.members, ratio)
            painter.drawPixmap(
                QPointF(centre.x() - CLUSTER_RADIUS - 1, centre.y() - CLUSTER_RADIUS - 1), glyph
            )
        if selected is not None and not any(chosen in c.members for c in self._groups):
            painter.setPen(self._pin_pen)
            painter.setBrush(self._selected_brush)
            painter.drawEllipse(transform.map(selected), PIN_RADIUS + 1, PIN_RADIUS + 1)
        painter.restore()

    def _exposed_groups(self, exposed: QRectF) -> np.ndarray:
        """Indices of the clusters whose picture reaches into ``exposed`` (item units)."""
        if not len(self._group_xs):
            return np.zeros(0, dtype=int)
        margin = (CLUSTER_RADIUS + 2) / self._scale
        inside = (
            (self._group_xs >= exposed.left() - margin)
            & (self._group_xs <= exposed.right() + margin)
            & (self._group_ys >= exposed.top() - margin)
            & (self._group_ys <= exposed.bottom() + margin)
        )
        return np.flatnonzero(inside)

    def _glyph(self, text: str, selected: bool, ratio: float) -> QPixmap:
        """A cluster's circle with its number, drawn once per number, colour and screen."""
        key = (text, selected, ratio)
        glyph = self._glyphs.get(key)
        if glyph is None:
            side = 2 * CLUSTER_RADIUS + 2
            glyph = QPixmap(round(side * ratio), round(side * ratio))
            glyph.setDevicePixelRatio(ratio)
            glyph.fill(Qt.GlobalColor.transparent)
            painter = QPainter(glyph)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self._font)
            painter.setPen(self._pin_pen)
            painter.setBrush(self._selected_brush if selected else self._pin_brush)
            centre = QPointF(side / 2, side / 2)
            painter.drawEllipse(centre, CLUSTER_RADIUS, CLUSTER_RADIUS)
            painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            self._glyphs[key] = glyph
        return glyph
