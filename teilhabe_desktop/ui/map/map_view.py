"""The map's view: wheel zooms, dragging pans, arrows pan, + and − zoom, 0 shows all.

A press and release without moving is a click (``clicked`` with the scene position);
moving the mouse reports what lies under it (``hovered``)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

ZOOM_STEP = 1.25
#: at most this many times the scale that shows the whole city
MAX_ZOOM = 64.0
PAN_PX = 60  # an arrow key moves the map this far
CLICK_SLOP_PX = 4  # a press that moves less than this is a click, not a drag


class MapView(QGraphicsView):
    zoomed = Signal(float)  # pixels per metre
    clicked = Signal(QPointF)
    hovered = Signal(QPointF, QPoint)  # scene position, global position

    def __init__(self, scene: QGraphicsScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("map_view")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.viewport().setMouseTracking(True)
        self._press: QPoint | None = None
        self._fit_scale = 1.0
        #: the part of the scene that "show all" fits (the districts, without labels)
        self.map_rect = QRectF()

    # -- zoom ----------------------------------------------------------------------------
    @property
    def current_scale(self) -> float:
        return self.transform().m11()

    @property
    def fit_scale(self) -> float:
        """The scale that shows the whole map."""
        return self._fit_scale

    @property
    def can_zoom_in(self) -> bool:
        return self.current_scale < self._fit_scale * MAX_ZOOM * 0.999

    def fit_all(self) -> None:
        """The whole map in view (also the lowest zoom)."""
        rect = self.map_rect if not self.map_rect.isEmpty() else self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.current_scale
        self.zoomed.emit(self.current_scale)

    def zoom_by(self, factor: float, anchor_under_mouse: bool = True) -> None:
        low, high = self._fit_scale * 0.8, self._fit_scale * MAX_ZOOM
        target = min(max(self.current_scale * factor, low), high)
        factor = target / self.current_scale
        if abs(factor - 1) < 1e-9:
            return
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoomed.emit(self.current_scale)

    def zoom_to(self, scene: QPointF, factor: float) -> None:
        """Zoom by ``factor`` and centre ``scene``."""
        self.zoom_by(factor, anchor_under_mouse=False)
        self.centerOn(scene)

    def pan_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        moves = {
            Qt.Key.Key_Left: (-PAN_PX, 0),
            Qt.Key.Key_Right: (PAN_PX, 0),
            Qt.Key.Key_Up: (0, -PAN_PX),
            Qt.Key.Key_Down: (0, PAN_PX),
        }
        if key in moves:
            self.pan_by(*moves[key])
        elif text in ("+", "=") or key == Qt.Key.Key_Plus:
            self.zoom_by(ZOOM_STEP, anchor_under_mouse=False)
        elif text in ("-", "−") or key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP, anchor_under_mouse=False)
        elif text == "0" or key == Qt.Key.Key_Home:
            self.fit_all()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- clicks and hovering -------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() < CLICK_SLOP_PX:
            self.clicked.emit(self.mapToScene(press))

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press is None:
            position = event.position().toPoint()
            self.hovered.emit(self.mapToScene(position), self.viewport().mapToGlobal(position))
