"""Simple vector pictograms: one per life domain (d1–d9), one per accessibility facet,
and the pictures of *Mein Plan*'s parts (a step, a helper, the meeting date, a phone call).

Each pictogram is drawn in a 100 × 100 box and scaled to the size asked for; they
are shown beside words, never instead of them, and hold no letters.
Licence: own work of the Teilhabe Desktop project, under the project's licence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import ArcPath, Circle, Drawing, Group, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from teilhabe_desktop.reports.fonts import REGULAR
from teilhabe_desktop.reports.styles import ACCENT

WHITE = colors.white
_W = 5  # stroke width in the 100-unit box


def _stroke(shape, color=ACCENT, width: float = _W, fill=None):
    shape.strokeColor = color
    shape.strokeWidth = width
    if not isinstance(shape, Line):
        shape.fillColor = fill
    shape.strokeLineCap = 1
    return shape


def _filled(shape, color=ACCENT):
    shape.fillColor = color
    shape.strokeColor = None
    return shape


def _person(g: Group, x: float, y: float, scale: float = 1.0) -> None:
    g.add(_filled(Circle(x, y + 28 * scale, 10 * scale)))
    g.add(_filled(Rect(x - 14 * scale, y - 18 * scale, 28 * scale, 36 * scale, 9 * scale)))


def _book(g: Group) -> None:  # d1 learning
    g.add(_stroke(Polygon([50, 22, 12, 30, 12, 80, 50, 72]), fill=WHITE))
    g.add(_stroke(Polygon([50, 22, 88, 30, 88, 80, 50, 72]), fill=WHITE))
    for y in (44, 54, 64):
        g.add(_stroke(Line(20, y, 42, y - 3), width=3))
        g.add(_stroke(Line(58, y - 3, 80, y), width=3))


def _clock(g: Group) -> None:  # d2 the day
    g.add(_stroke(Circle(50, 50, 36), fill=WHITE))
    g.add(_stroke(Line(50, 50, 50, 76)))
    g.add(_stroke(Line(50, 50, 68, 42)))
    g.add(_filled(Circle(50, 50, 5)))


def _speech(g: Group) -> None:  # d3 communication
    g.add(_stroke(Rect(10, 34, 80, 50, 14), fill=WHITE))
    g.add(_filled(Polygon([26, 36, 24, 14, 46, 36])))
    for x in (32, 50, 68):
        g.add(_filled(Circle(x, 59, 5)))


def _bus(g: Group) -> None:  # d4 mobility
    g.add(_stroke(Rect(14, 26, 72, 56, 10), fill=WHITE))
    g.add(_filled(Rect(22, 56, 25, 18, 3)))
    g.add(_filled(Rect(53, 56, 25, 18, 3)))
    g.add(_stroke(Line(14, 44, 86, 44), width=3))
    g.add(_filled(Circle(30, 24, 9)))
    g.add(_filled(Circle(70, 24, 9)))


def _heart(g: Group) -> None:  # d5 self-care
    g.add(_filled(Circle(35, 60, 20)))
    g.add(_filled(Circle(65, 60, 20)))
    g.add(_filled(Polygon([16.5, 53, 83.5, 53, 50, 16])))


def _house(g: Group) -> None:  # d6 home
    g.add(_filled(Polygon([8, 52, 50, 88, 92, 52])))
    g.add(_stroke(Rect(20, 14, 60, 40), fill=WHITE))
    g.add(_filled(Rect(42, 14, 16, 26)))


def _two_people(g: Group) -> None:  # d7 relationships
    _person(g, 32, 36)
    _person(g, 68, 36)
    g.add(_filled(Circle(46, 84, 5)))
    g.add(_filled(Circle(54, 84, 5)))
    g.add(_filled(Polygon([41.5, 82, 58.5, 82, 50, 73])))


def _briefcase(g: Group) -> None:  # d8 work, education, money
    g.add(_stroke(Rect(36, 62, 28, 16, 5)))
    g.add(_stroke(Rect(12, 20, 76, 46, 6), fill=WHITE))
    g.add(_stroke(Line(12, 46, 88, 46), width=3))
    g.add(_filled(Rect(44, 40, 12, 12, 2)))


def _group(g: Group) -> None:  # d9 community and leisure
    _person(g, 22, 30, 0.8)
    _person(g, 78, 30, 0.8)
    _person(g, 50, 42)


def _star(g: Group) -> None:  # no domain
    g.add(_stroke(Circle(50, 50, 36), fill=WHITE))
    g.add(
        _filled(
            Polygon(
                [50, 74, 57, 57, 75, 57, 61, 46, 66, 28, 50, 39, 34, 28, 39, 46, 25, 57, 43, 57]
            )
        )
    )


def _wheelchair(g: Group) -> None:
    g.add(_filled(Circle(42, 86, 9)))
    g.add(_stroke(Line(42, 74, 42, 46), width=9))
    g.add(_stroke(Line(42, 48, 66, 48), width=8))
    g.add(_stroke(Line(66, 48, 76, 20), width=8))
    g.add(_stroke(_arc(42, 36, 26, 100, 400), width=7))


def _wc(g: Group) -> None:  # a toilet seen from the side
    g.add(_filled(Rect(18, 52, 16, 36, 3)))
    g.add(_filled(Polygon([18, 52, 84, 52, 76, 36, 60, 30, 58, 12, 36, 12, 34, 30, 22, 36])))


def _easy(g: Group) -> None:  # an open book with a tick: easy to read
    g.add(_stroke(Polygon([50, 14, 10, 22, 10, 72, 50, 64]), fill=WHITE))
    g.add(_stroke(Polygon([50, 14, 90, 22, 90, 72, 50, 64]), fill=WHITE))
    g.add(_stroke(Line(58, 86, 68, 76), width=7))
    g.add(_stroke(Line(68, 76, 88, 96), width=7))


def _hand(g: Group) -> None:
    g.add(_filled(Rect(28, 12, 42, 44, 10)))
    for i, top in enumerate((78, 88, 86, 76)):
        g.add(_filled(Rect(28 + i * 11, 46, 9, top - 46, 4)))
    g.add(_filled(Polygon([28, 28, 10, 56, 18, 62, 34, 44])))


def _hearing(g: Group) -> None:
    g.add(_stroke(_arc(50, 60, 30, -40, 200), width=7))
    g.add(_stroke(Line(73, 41, 52, 12), width=7))
    for radius in (10, 18):  # sound waves into the ear
        g.add(_stroke(_arc(50, 56, radius, 120, 240), width=4))


def _guidance(g: Group) -> None:
    g.add(_stroke(Rect(8, 8, 84, 84, 6), fill=WHITE))
    for x in (28, 50, 72):
        for y in (28, 50, 72):
            g.add(_filled(Circle(x, y, 7)))


def _quiet(g: Group) -> None:
    g.add(_filled(Circle(48, 50, 36)))
    g.add(_filled(Circle(66, 62, 32), WHITE))


def _footsteps(g: Group) -> None:  # a step: two footprints going up
    for x, y in ((34, 24), (64, 58)):
        g.add(_filled(Rect(x - 10, y, 20, 28, 10)))
        g.add(_filled(Circle(x, y - 6, 7)))


def _helper(g: Group) -> None:  # someone at my side, a hand on my shoulder
    _person(g, 34, 42, 1.0)
    _person(g, 68, 38, 1.1)
    g.add(_stroke(Line(46, 54, 58, 60), width=7))


def _calendar(g: Group) -> None:  # the meeting date
    g.add(_stroke(Rect(12, 12, 76, 72, 6), fill=WHITE))
    g.add(_filled(Rect(12, 64, 76, 20, 6)))
    for x in (30, 70):
        g.add(_stroke(Line(x, 78, x, 94), width=6))
    for row, y in enumerate((46, 26)):
        for col, x in enumerate((28, 50, 72)):
            if (row, col) == (0, 1):
                g.add(_filled(Circle(x, y, 8)))
            else:
                g.add(_filled(Rect(x - 5, y - 5, 10, 10, 2)))


def _phone(g: Group) -> None:  # a handset
    g.add(_stroke(_arc(50, 42, 34, 200, 340), width=10))
    g.add(_filled(Rect(8, 22, 24, 20, 6)))
    g.add(_filled(Rect(68, 22, 24, 20, 6)))
    g.add(_stroke(Rect(28, 56, 44, 30, 8), fill=WHITE))
    g.add(_filled(Circle(50, 71, 7)))


def _arc(x: float, y: float, radius: float, start: float, end: float) -> ArcPath:
    path = ArcPath()
    path.addArc(x, y, radius, start, end, moveTo=True)
    return path


DOMAIN_PICTOGRAMS: dict[str, Callable[[Group], None]] = {
    "d1": _book,
    "d2": _clock,
    "d3": _speech,
    "d4": _bus,
    "d5": _heart,
    "d6": _house,
    "d7": _two_people,
    "d8": _briefcase,
    "d9": _group,
}

ACCESS_PICTOGRAMS: dict[str, Callable[[Group], None]] = {
    "step_free": _wheelchair,
    "accessible_wc": _wc,
    "easy_language": _easy,
    "sign_language": _hand,
    "hearing_loop": _hearing,
    "guidance_system": _guidance,
    "quiet_room": _quiet,
}


PLAN_PICTOGRAMS: dict[str, Callable[[Group], None]] = {
    "step": _footsteps,
    "helper": _helper,
    "meeting": _calendar,
    "phone": _phone,
}


class Pictogram(Flowable):
    """A pictogram of ``size`` points. Each pictogram is drawn once per PDF as a form
    (XObject) and placed by reference, so 30 contact cards do not repeat its paths."""

    def __init__(self, key: str, paint: Callable[[Group], None], size: float, crossed: bool):
        super().__init__()
        self.key = key + ("_crossed" if crossed else "")
        self.paint, self.size, self.crossed = paint, size, crossed
        self.width = self.height = size

    def wrap(self, availWidth, availHeight):  # reportlab API
        return self.size, self.size

    def drawing(self) -> Drawing:
        """The pictogram as a reportlab drawing in its 100 × 100 box."""
        return _drawing(self.key, self.paint, self.crossed)

    def draw(self) -> None:
        canvas = self.canv
        name = f"TeilhabePictogram_{self.key}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, 100, 100)
            renderPDF.draw(self.drawing(), canvas, 0, 0)
            canvas.endForm()
        canvas.saveState()
        canvas.scale(self.size / 100.0, self.size / 100.0)
        canvas.doForm(name)
        canvas.restoreState()


@cache
def _drawing(key: str, paint: Callable[[Group], None], crossed: bool) -> Drawing:
    """Built once per process: the shapes never change."""
    group = Group()
    paint(group)
    if crossed:
        group.add(_stroke(Line(8, 8, 92, 92), colors.HexColor("#b00020"), 9))
    drawing = Drawing(100, 100, initialFontName=REGULAR)
    drawing.add(group)
    return drawing


def domain_pictogram(code: str | None, size: float = 48) -> Pictogram:
    """The pictogram of a life domain ("d1" … "d9"); a star for goals without one."""
    key = code if code in DOMAIN_PICTOGRAMS else "none"
    return Pictogram(f"domain_{key}", DOMAIN_PICTOGRAMS.get(code or "", _star), size, False)


def access_pictogram(feature: str, size: float = 18, crossed: bool = False) -> Pictogram:
    """The pictogram of an accessibility facet; ``crossed`` for "not available"."""
    key = feature if feature in ACCESS_PICTOGRAMS else "none"
    return Pictogram(f"access_{key}", ACCESS_PICTOGRAMS.get(feature, _star), size, crossed)


def plan_pictogram(key: str, size: float = 32) -> Pictogram:
    """A picture of *Mein Plan*: "step", "helper", "meeting" or "phone"."""
    return Pictogram(f"plan_{key}", PLAN_PICTOGRAMS.get(key, _star), size, False)
