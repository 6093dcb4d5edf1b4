"""Small laptop screens: every main screen and dialog fits 1024×700 (1024×768 less the
taskbar) without whole pages scrolling sideways, and wide screens keep the wide layout."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QScrollArea, QWidget

from teilhabe_desktop.session import Session

SMALL = (1024, 700)
WIDE = (1920, 1080)


@pytest.fixture
def app_font(qapp):
    """The font the application uses (see ``ui.app.create_application``)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture
def demo_window(qtbot, store, app_font):
    from teilhabe_desktop.demo import load_demo
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    load_demo(store)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def workspace(demo_window):

    person = demo_window.session.persons.list()[0]
    demo_window.persons_page.open_person(person.id)
    return demo_window.persons_page.workspace


def _settle(window: QWidget, size: tuple[int, int]) -> None:
    window.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    _wait_for_tables(window)


def _wait_for_tables(window) -> None:
    """Until the offers' first result is there (it comes from the search worker) and
    the columns are fitted (one column a turn)."""
    deadline = time.monotonic() + 5
    pages = (window.persons_page, window.offers_page)
    while time.monotonic() < deadline and (
        not window.offers_page.model.settled() or any(p.columns.busy() for p in pages)
    ):
        QApplication.processEvents()
        time.sleep(0.002)


def _assert_fits(widget: QWidget, what: str) -> None:
    hint = widget.minimumSizeHint()
    assert hint.width() <= SMALL[0], f"{what} needs {hint.width()} px width"
    assert hint.height() <= SMALL[1], f"{what} needs {hint.height()} px height"


def _page_scroll_area(widget: QWidget) -> QScrollArea:
    return widget if isinstance(widget, QScrollArea) else widget.findChild(QScrollArea)


def test_main_window_shrinks_to_a_small_laptop_screen_on_every_page(demo_window):
    for row in range(demo_window.navigation.count()):
        demo_window.show_page(row)
        _settle(demo_window, SMALL)
        _assert_fits(demo_window, f"page {row}")
        assert demo_window.width() == SMALL[0]
        assert demo_window.height() == SMALL[1]


def test_each_plan_section_fits_without_scrolling_sideways(demo_window, workspace):
    _settle(demo_window, SMALL)
    for key in workspace.sections:
        workspace.show_section(key)
        _settle(demo_window, SMALL)
        _assert_fits(demo_window, f"plan section {key}")
        assert demo_window.width() == SMALL[0]
        scroll = _page_scroll_area(workspace.section(key))
        assert scroll.horizontalScrollBar().maximum() == 0, f"{key} scrolls sideways"


def test_filter_bar_uses_more_rows_on_a_small_screen_and_keeps_every_filter(demo_window):
    bar = demo_window.offers_page.filters
    demo_window.show_page(1)
    filters = [
        bar.sozialraum_button,
        bar.ortsteil_combo,
        bar.domain_combo,
        bar.category_combo,
        bar.accessibility_button,
        bar.cost_button,
        bar.kind_combo,
        bar.inactive_check,
        bar.review_check,
        bar.reset_button,
    ]
    _settle(demo_window, WIDE)
    assert bar.grid.columns() == 4
    wide_height = bar.height()
    _settle(demo_window, SMALL)
    assert bar.grid.columns() < 4
    assert bar.height() > wide_height
    for widget in filters:
        assert widget.isVisible() and widget.accessibleName()
        # fully inside the bar, not cut off at its right edge
        right = widget.mapTo(bar, widget.rect().bottomRight())
        assert right.x() < bar.width() and right.y() < bar.height(), widget.accessibleName()
    # the keyboard still goes through the filters in reading order
    bar.sozialraum_button.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(len(filters) - 1):
        bar.focusNextChild()
        order.append(QApplication.focusWidget())
    assert order == filters


def test_person_form_shows_one_column_on_a_small_screen_and_two_on_a_wide_one(
    demo_window, workspace
):
    workspace.show_section("person")
    form = workspace.person_form
    _settle(demo_window, WIDE)
    assert form.grid.columns() == 2
    _settle(demo_window, SMALL)
    assert form.grid.columns() == 1
    # every input is still there, named and visible
    inputs = form.findChildren(QLineEdit) + form.findChildren(QComboBox)
    named = [w for w in inputs if w.accessibleName()]
    assert len(named) >= len(form.lines) + 2
    assert all(w.isVisible() for w in form.lines.values())


@pytest.mark.parametrize(
    "name", ["person", "offer", "offer_suggestions", "print", "import", "retention"]
)
def test_dialog_fits_a_small_screen_and_opens_within_the_screen(qtbot, demo_window, name):
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.plans import PlanRepository

    store = demo_window.session.store
    plans = PlanRepository(store.db)
    # a person whose plan has goals (for the suggestions)
    summary = next(p for p in PersonRepository(store.db).list() if plans.draft(p.id).goals)
    person = PersonRepository(store.db).get(summary.id)
    if name == "person":
        from teilhabe_desktop.ui.persons.person_dialog import PersonDialog

        dialog = PersonDialog(Session(store), demo_window)
    elif name == "offer":
        page = demo_window.offers_page
        _wait_for_tables(demo_window)
        dialog = page._dialog(page.repository.get(page.model.offer_row(0).id))
    elif name == "offer_suggestions":
        from teilhabe_desktop.store.offer_candidates import suggest_offers
        from teilhabe_desktop.ui.plan.suggestions_dialog import OfferSuggestionsDialog

        plan = plans.draft(person.id)
        goal = plan.goals[0]
        wish = next((w for w in plan.wishes if w.id == goal.wish_id), None)
        suggestions = suggest_offers(store.db, goal, wish, person, [person.home_sozialraum_id])
        assert suggestions
        dialog = OfferSuggestionsDialog(goal.title, suggestions, {}, set(), demo_window)
    elif name == "print":
        from teilhabe_desktop.ui.plan.print_dialog import PrintDialog

        dialog = PrintDialog(Session(store), person.id, demo_window)
    elif name == "retention":
        from teilhabe_desktop.ui.persons.retention_dialog import RetentionDialog

        actions = demo_window.persons_page.actions
        dialog = RetentionDialog(Session(store), actions.delete_persons, demo_window)
    else:
        from teilhabe_desktop.ui.catalogue.import_dialog import ImportDialog

        dialog = ImportDialog(Session(store), parent=demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    _assert_fits(dialog, f"dialog {name}")
    available = demo_window.screen().availableGeometry()
    assert dialog.width() <= available.width()
    assert dialog.height() <= available.height()
    if name == "print":
        qtbot.waitUntil(lambda: dialog.pdf_data is not None, timeout=10000)
    dialog.close()


def _text_fits(label) -> bool:
    """Every line of ``label``'s text is shown whole (no character cut at an edge)."""
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = metrics.boundingRect(
            0, 0, label.width(), 10_000, Qt.TextFlag.TextWordWrap, label.text()
        )
        return needed.width() <= label.width() and needed.height() <= label.height()
    return metrics.horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_the_save_status_after_finalising_is_shown_whole_at_every_width(
    qtbot, demo_window, workspace, monkeypatch
):
    _settle(demo_window, SMALL)
    workspace.show_section("wishes")
    workspace.section("wishes").add_wish()
    qtbot.keyClicks(QApplication.focusWidget(), "Ich moechte schwimmen gehen")
    workspace.show_section("review")
    review = workspace.section("review")
    monkeypatch.setattr(review, "ask_name", lambda: "Frau Test")
    qtbot.mouseClick(review.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "abgeschlossen" in workspace.status.text(), timeout=5000)
    status = workspace.status
    for width in range(SMALL[0], WIDE[0] + 1, 8):
        _settle(demo_window, (width, SMALL[1]))
        assert status.isVisible()
        assert _text_fits(status), f"{status.text()!r} cut to {status.width()} px at {width}"


# -- table columns: sized to content, the name column first --------------------------
def _elided(view, column: int) -> list[str]:
    """Texts of the shown rows in ``column`` that the column is too narrow for."""
    header = view.horizontalHeader()
    model = view.model()
    metrics = view.fontMetrics()
    room = header.sectionSize(column) - 2 * view.style().pixelMetric(
        view.style().PixelMetric.PM_FocusFrameHMargin
    )
    texts = [model.index(row, column).data() or "" for row in range(min(model.rowCount(), 20))]
    return [t for t in texts if metrics.horizontalAdvance(t) > room]


def _pages(window):
    for row, view in ((0, window.persons_page.table), (1, window.offers_page.table)):
        window.show_page(row)
        for _ in range(5):
            QApplication.processEvents()
        _wait_for_tables(window)
        yield view


def test_on_a_wide_screen_no_column_cuts_its_text(demo_window):
    _settle(demo_window, WIDE)
    persons, offers = _pages(demo_window)
    for column in range(persons.model().columnCount()):
        assert _elided(persons, column) == [], column
    # names longer than half the table are the only ones shortened
    half = offers.viewport().width() // 2
    metrics = offers.fontMetrics()
    assert all(metrics.horizontalAdvance(text) > half - 12 for text in _elided(offers, 0))
    for view in (persons, offers):
        header = view.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(header.count()))
        assert used >= view.viewport().width() - 2  # no empty strip at the right


def test_on_a_small_screen_the_name_column_goes_first(demo_window):
    _settle(demo_window, SMALL)
    for view in _pages(demo_window):
        header = view.horizontalHeader()
        name_width = header.sectionSize(0)
        wanted = max(view.sizeHintForColumn(0), header.sectionSizeHint(0))
        # whole names where they fit in half the table, else half the table
        assert name_width >= min(wanted, view.viewport().width() // 2) - 1
        if wanted <= view.viewport().width() // 2:
            assert _elided(view, 0) == []


def test_a_column_the_user_drags_keeps_its_width_when_the_window_changes(qtbot, demo_window):
    _settle(demo_window, WIDE)
    *_, view = _pages(demo_window)
    header = view.horizontalHeader()
    edge = header.sectionViewportPosition(1) - 1
    y = header.height() // 2
    viewport = header.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge, y)
    )
    for x in range(edge, edge - 120, -10):
        QTest.mouseMove(viewport, QPoint(x, y))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge - 120, y)
    )
    dragged = header.sectionSize(0)
    assert dragged < max(view.sizeHintForColumn(0), 200)
    _settle(demo_window, (1600, 900))
    assert header.sectionSize(0) == dragged
    # a new search result fits the columns again
    qtbot.keyClicks(demo_window.offers_page.search, "Lobeda")
    qtbot.waitUntil(lambda: header.sectionSize(0) != dragged, timeout=5000)
