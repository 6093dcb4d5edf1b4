"""Boxes that draw their own frame, and headings that stay with the block after them.

reportlab ``Table`` cells are wrapped again on every measure, split and draw, and a
one-cell table costs far more than its text. :class:`Panel` stacks its flowables like
a table cell (same padding and spacing rules), draws background, bar, rule and box
itself and splits between (or, when it must, inside) its parts, so a box taller than
a page still flows across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Table

#: Height of a page's text frame (points); both printouts have about 700.
PAGE_HEIGHT = 700.0
_NEAR_TOP = 0.8 * PAGE_HEIGHT
_HUGE = 1e6


def _stack(items: Sequence[Flowable], width: float, canv) -> tuple[list[float], float]:
    """Heights of ``items`` wrapped to ``width`` and their stacked height, spaced like
    the flowables of a table cell (no space before the first or after the last)."""
    heights = [item.wrapOn(canv, width, _HUGE)[1] for item in items]
    if not items:
        return heights, 0.0
    total = sum(heights)
    total += sum(item.getSpaceBefore() + item.getSpaceAfter() for item in items)
    return heights, total - items[0].getSpaceBefore() - items[-1].getSpaceAfter()


def _draw_stack(canv, items: Sequence[Flowable], heights: Sequence[float], x: float, top: float):
    y = top
    for index, (item, height) in enumerate(zip(items, heights, strict=True)):
        if index:
            y -= item.getSpaceBefore()
        y -= height
        item.drawOn(canv, x, y)
        y -= item.getSpaceAfter()


@dataclass(frozen=True)
class Look:
    """How a panel looks: padding of its text column and what it draws around it."""

    padding: tuple[float, float, float, float]  # top, right, bottom, left (points)
    background: Color | None = None
    box: tuple[float, Color] | None = None  # line all around
    bar: tuple[float, Color] | None = None  # line along the left edge
    rule: tuple[float, Color] | None = None  # line along the top (first part only)
    side_width: float = 0.0  # width of the side column (pictogram, QR code)
    side_left: bool = False
    side_padding: tuple[float, float] = (0.0, 0.0)  # left, right inside the side column
    #: "keep": move to the next page unless near the top or nearly a page tall;
    #: "parts": split between the parts anywhere (keepWithNext holds parts together).
    split_mode: str = "keep"


class Panel(Flowable):
    """Flowables in a padded box with an optional side column, drawn without a table."""

    def __init__(
        self,
        content: Sequence[Flowable],
        width: float,
        look: Look,
        side: Sequence[Flowable] = (),
        space_after: float = 0.0,
        first: bool = True,
    ) -> None:
        super().__init__()
        self.content = list(content)
        self.side = list(side)
        self.look = look
        self.width = width
        self.spaceBefore = 0
        self.spaceAfter = space_after
        self.first = first  # the first part draws the top rule
        self.hAlign = "LEFT"
        self._measured = False

    # -- geometry ---------------------------------------------------------------
    def _columns(self) -> tuple[float, float, float, float]:
        """(content x, content width, side x, side width available)."""
        look = self.look
        _, right, _, left = look.padding
        side_left, side_right = look.side_padding
        side_avail = max(look.side_width - side_left - side_right, 0.0)
        text_width = self.width - look.side_width - left - right
        if look.side_left:
            return look.side_width + left, text_width, side_left, side_avail
        return left, text_width, self.width - look.side_width + side_left, side_avail

    def _measure(self) -> None:
        if self._measured:
            return
        _, text_width, _, side_avail = self._columns()
        canv = getattr(self, "canv", None)
        self._heights, self._content_height = _stack(self.content, text_width, canv)
        self._side_heights, self._side_height = _stack(self.side, side_avail, canv)
        top, _, bottom, _ = self.look.padding
        self.height = top + max(self._content_height, self._side_height) + bottom
        self._measured = True

    def wrap(self, availWidth, availHeight):  # reportlab API
        self._measure()
        return self.width, self.height

    # -- splitting --------------------------------------------------------------
    def split(self, availWidth, availHeight):  # reportlab API
        self._measure()
        look = self.look
        if look.split_mode == "keep":
            near_top = availHeight >= _NEAR_TOP
            if not near_top and self.height < _NEAR_TOP:
                return []
        top, _, bottom, _ = look.padding
        room = availHeight - top - bottom
        if room <= 0 or self._side_height > room:
            return []
        head, tail = self._split_content(room, availHeight >= _NEAR_TOP)
        if not head or not tail:
            return []
        kwargs = {"width": self.width, "look": look}
        return [
            Panel(head, side=self.side, first=self.first, **kwargs),
            Panel(tail, space_after=self.spaceAfter, first=False, **kwargs),
        ]

    def _split_content(self, room: float, near_top: bool) -> tuple[list, list]:
        _, text_width, _, _ = self._columns()
        items, heights = self.content, self._heights
        used = 0.0
        for index, (item, height) in enumerate(zip(items, heights, strict=True)):
            before = item.getSpaceBefore() if index else 0.0
            if used + before + height <= room:
                used += before + height + item.getSpaceAfter()
                continue
            # item does not fit: cut it only if it is huge or nothing would go first
            taken = list(items[:index])
            while taken and taken[-1].getKeepWithNext():
                taken.pop()
            if taken and height < _NEAR_TOP and not near_top:
                return taken, list(items[len(taken) :])
            if not taken and index and height < _NEAR_TOP and not near_top:
                return [], []
            parts = item.splitOn(getattr(self, "canv", None), text_width, room - used - before)
            if len(parts) < 2:
                if taken:
                    return taken, list(items[len(taken) :])
                return [], []
            return [*items[:index], parts[0]], [*parts[1:], *items[index + 1 :]]
        return list(items), []

    # -- drawing ----------------------------------------------------------------
    def draw(self) -> None:
        self._measured = False  # flowables may have been measured elsewhere since
        self._measure()
        canv, look = self.canv, self.look
        width, height = self.width, self.height
        top, _, _, _ = look.padding
        text_x, _, side_x, _ = self._columns()
        canv.saveState()
        if look.background is not None:
            canv.setFillColor(look.background)
            canv.rect(0, 0, width, height, stroke=0, fill=1)
        _draw_stack(canv, self.content, self._heights, text_x, height - top)
        _draw_stack(canv, self.side, self._side_heights, side_x, height - top)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        if look.bar:
            _line(canv, look.bar, 0, 0, 0, height)
        if look.rule and self.first:
            _line(canv, look.rule, 0, height, width, height)
        if look.box:
            for x0, y0, x1, y1 in (
                (0, height, width, height),
                (0, 0, width, 0),
                (0, 0, 0, height),
                (width, 0, width, height),
            ):
                _line(canv, look.box, x0, y0, x1, y1)
        canv.restoreState()


def _line(canv, stroke: tuple[float, Color], x0: float, y0: float, x1: float, y1: float):
    canv.setLineWidth(stroke[0])
    canv.setStrokeColor(stroke[1])
    canv.line(x0, y0, x1, y1)


class IconLine(Flowable):
    """A small pictogram beside a short paragraph, both centred on the line."""

    def __init__(self, icon: Flowable, text: Flowable, column: float, gap: float = 6) -> None:
        super().__init__()
        self.icon, self.text = icon, text
        self.column, self.gap = column, gap
        self.spaceBefore = self.spaceAfter = 0

    def wrap(self, availWidth, availHeight):  # reportlab API
        canv = getattr(self, "canv", None)
        _, self._icon_height = self.icon.wrapOn(canv, self.column - self.gap, _HUGE)
        _, self._text_height = self.text.wrapOn(canv, availWidth - self.column - self.gap, _HUGE)
        self.width = availWidth
        self.height = max(self._icon_height, self._text_height) + 2
        return self.width, self.height

    def draw(self) -> None:
        self.wrap(self.width, _HUGE)
        self.icon.drawOn(self.canv, 0, (self.height - self._icon_height) / 2)
        self.text.drawOn(self.canv, self.column, (self.height - self._text_height) / 2)


class KeepWithStart(Flowable):
    """Headings that stay with the beginning of the block after them.

    Unlike ``keepWithNext`` (which moves heading and block to the next page if the
    block does not fit), the block may split; the headings go with its first part.
    """

    def __init__(self, head: Sequence[Flowable], body: Flowable) -> None:
        super().__init__()
        self.head, self.body = list(head), body
        self.spaceBefore = self.head[0].getSpaceBefore() if self.head else 0
        self.spaceAfter = body.getSpaceAfter()

    def _items(self) -> list[Flowable]:
        return [*self.head, self.body]

    def wrap(self, availWidth, availHeight):  # reportlab API
        canv = getattr(self, "canv", None)
        self._heights, stacked = _stack(self._items(), availWidth, canv)
        self.width = availWidth
        self.height = stacked
        return self.width, self.height

    def split(self, availWidth, availHeight):  # reportlab API
        self.wrap(availWidth, availHeight)
        head_height = self.height - self._heights[-1]
        parts = self.body.splitOn(
            getattr(self, "canv", None), availWidth, availHeight - head_height
        )
        if len(parts) < 2:
            return []
        return [KeepWithStart(self.head, parts[0]), *parts[1:]]

    def draw(self) -> None:
        self.wrap(self.width, _HUGE)
        _draw_stack(self.canv, self._items(), self._heights, 0, self.height)


def keeps_with_next(flowable: Flowable) -> bool:
    style = getattr(flowable, "style", None)
    return bool(getattr(style, "keepWithNext", 0) or getattr(flowable, "keepWithNext", 0))


def hold_headings(flowables: Sequence[Flowable]) -> list[Flowable]:
    """Headings (flowables that keep with the next) before a table go with the table's
    first rows (:class:`KeepWithStart`) instead of moving the whole table to the next
    page, which left up to half a page empty before a long table."""
    result: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in flowables:
        if keeps_with_next(flowable):
            run.append(flowable)
            continue
        if run and isinstance(flowable, Table):
            result.append(KeepWithStart(run, flowable))
        else:
            result += [*run, flowable]
        run = []
    return result + run
