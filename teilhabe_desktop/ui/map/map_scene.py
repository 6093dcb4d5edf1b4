"""The map's scene: one filled shape per district, coloured by Sozialraum, with names;
the person's places and the chosen district highlighted; the pins above them all.

Scene units are metres east and (negated) north, so north is up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from teilhabe_desktop.core.map_layout import (
    HOME_COLOUR,
    OUTLINE_COLOUR,
    group_label_point,
    label_point,
    sozialraum_colour,
)
from teilhabe_desktop.ui.map.pin_layer import PinLayer

SELECTED_PEN = "#1d3b6a"
#: district names appear from this many times the "show all" scale on
DISTRICT_LABELS_FROM = 2.2
FADED_ALPHA = 70  # districts outside the person's Sozialräume, while a person is chosen


@dataclass(frozen=True)
class DistrictShape:
    code: int
    name: str
    sozialraum_id: str
    geometry: object  # shapely geometry in metres (core.map_layout.display_shapes)


def _path(geometry) -> QPainterPath:
    import shapely

    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            # the coordinates as one array (iterating ring.coords is slow), north up
            xy = shapely.get_coordinates(ring).tolist()
            path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in xy]))
            path.closeSubpath()
    return path


class DistrictItem(QGraphicsPathItem):
    def __init__(self, shape: DistrictShape, colour: str) -> None:
        super().__init__(_path(shape.geometry))
        self.code = shape.code
        self.sozialraum_id = shape.sozialraum_id
        self.name = shape.name
        self.colour = QColor(colour)
        self.setZValue(0)


class LabelItem(QGraphicsItem):
    """A name centred on its point, the same size at any zoom, with a light halo."""

    def __init__(self, text: str, bold: bool, size_factor: float = 1.0) -> None:
        super().__init__()
        self.text = text
        self._font = QFont()
        self._font.setBold(bold)
        self._font.setPointSizeF(self._font.pointSizeF() * size_factor)
        metrics = QFontMetricsF(self._font)
        width, height = metrics.horizontalAdvance(text) + 4, metrics.height() + 2
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self._origin = QPointF(-width / 2 + 2, metrics.ascent() - height / 2 + 1)
        self._path: QPainterPath | None = None  # made when first drawn (most never are)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # the same picture at every zoom: drawn once (halo and text), then copied
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter, _option, _widget=None) -> None:
        if self._path is None:
            self._path = QPainterPath()
            self._path.addText(self._origin, self._font, self.text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(self._path, QPen(QColor(255, 255, 255, 200), 3))
        painter.fillPath(self._path, QColor("#1f2a33"))


class MapScene(QGraphicsScene):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.districts: dict[int, DistrictItem] = {}
        self.district_labels: list[LabelItem] = []
        self.sozialraum_labels: list[LabelItem] = []
        self.pins = PinLayer()
        self.addItem(self.pins)
        self.map_rect = QRectF()
        self.highlighted: set[str] = set()
        self.home_code: int | None = None
        self.selected_code: int | None = None
        self._sozialraum_names: dict[str, str] = {}

    def set_districts(self, shapes: list[DistrictShape], sozialraum_names: dict[str, str]) -> None:
        """The districts to draw; ``sozialraum_names`` in the Sozialräume's order."""
        self._sozialraum_names = dict(sozialraum_names)
        sozialraum_order = list(sozialraum_names)
        for item in [*self.districts.values(), *self.district_labels, *self.sozialraum_labels]:
            self.removeItem(item)
        self.districts.clear()
        self.district_labels.clear()
        self.sozialraum_labels.clear()
        by_sozialraum: dict[str, list] = {}
        for shape in shapes:
            item = DistrictItem(shape, sozialraum_colour(shape.sozialraum_id, sozialraum_order))
            self.addItem(item)
            self.districts[shape.code] = item
            by_sozialraum.setdefault(shape.sozialraum_id, []).append(shape.geometry)
            label = LabelItem(shape.name, bold=False, size_factor=0.85)
            self._place(label, label_point(shape.geometry))
            self.district_labels.append(label)
        self._sozialraum_labels(by_sozialraum)
        rect = QRectF()
        for item in self.districts.values():
            rect = rect.united(item.boundingRect())
        self.map_rect = rect
        margin = max(rect.width(), rect.height()) * 0.5
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        self._restyle()

    def _sozialraum_labels(self, by_sozialraum: dict[str, list]) -> None:
        for sozialraum_id, parts in by_sozialraum.items():
            name = self._sozialraum_names.get(sozialraum_id, sozialraum_id)
            label = LabelItem(name, bold=True, size_factor=1.15)
            self._place(label, group_label_point(parts))
            self.sozialraum_labels.append(label)

    def _place(self, label: LabelItem, point: tuple[float, float]) -> None:
        label.setPos(point[0], -point[1])
        self.addItem(label)

    # -- highlighting --------------------------------------------------------------------
    def set_highlight(self, sozialraum_ids: set[str], home_code: int | None) -> None:
        self.highlighted = set(sozialraum_ids)
        self.home_code = home_code
        self._restyle()

    def set_selected_district(self, code: int | None) -> None:
        self.selected_code = code
        self._restyle()

    def _restyle(self) -> None:
        outline = QPen(QColor(OUTLINE_COLOUR), 1)
        outline.setCosmetic(True)
        for code, item in self.districts.items():
            colour = QColor(item.colour)
            if self.highlighted and item.sozialraum_id not in self.highlighted:
                colour.setAlpha(FADED_ALPHA)
            item.setBrush(QBrush(colour))
            if code == self.selected_code:
                pen = QPen(QColor(SELECTED_PEN), 3.5)
                item.setZValue(2)
            elif code == self.home_code:
                pen = QPen(QColor(HOME_COLOUR), 3, Qt.PenStyle.DashLine)
                item.setZValue(1)
            else:
                pen = outline
                item.setZValue(0)
            pen.setCosmetic(True)
            item.setPen(pen)

    def district_at(self, scene: QPointF) -> int | None:
        for item in self.items(scene):
            if isinstance(item, DistrictItem):
                return item.code
        return None

    def show_district_labels(self, visible: bool) -> None:
        for label in self.district_labels:
            label.setVisible(visible)
        for label in self.sozialraum_labels:
            label.setVisible(not visible)
