"""The main window: navigation, pages, status bar, About dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from teilhabe_desktop import __version__
from teilhabe_desktop.ui.sozialraum.sozialraum_tree_model import COL_ASSIGNMENT, DERIVED_TEXT


def test_each_navigation_entry_shows_its_page(main_window):
    nav = main_window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Personen",
        "Angebote",
        "Sozialräume",
        "Karte",
    ]
    pages = (
        main_window.persons_page,
        main_window.offers_page,
        main_window.sozialraeume_page,
        main_window.map_page,
    )
    for row, page in enumerate(pages):
        nav.setCurrentRow(row)
        assert main_window.pages.currentWidget() is page
        assert page.isVisible()


def test_keyboard_shortcuts_switch_pages(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.pages.currentWidget() is main_window.sozialraeume_page
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.pages.currentWidget() is main_window.map_page
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.pages.currentWidget() is main_window.persons_page


def test_status_bar_names_the_database_file(main_window, db_path):
    assert str(db_path) in main_window.database_label.text()


def test_sozialraeume_page_lists_all_five_with_districts(main_window):
    page = main_window.sozialraeume_page
    assert page.sozialraum_names() == ["Lobeda", "Winzerla", "West/Zentrum", "Nord", "Ost"]
    model = page.model
    lobeda = model.item(0)
    district_names = [lobeda.child(r).text() for r in range(lobeda.rowCount())]
    assert "Lobeda-Ost" in district_names and "Ilmnitz" in district_names
    derived = [
        lobeda.child(r, COL_ASSIGNMENT).text()
        for r in range(lobeda.rowCount())
        if lobeda.child(r).text().startswith("Drackendorf")
    ]
    assert derived and all(text == DERIVED_TEXT for text in derived)
    total = sum(model.item(r).rowCount() for r in range(model.rowCount()))
    assert total == 41


def test_place_finder_names_the_sozialraum(qtbot, main_window):
    page = main_window.sozialraeume_page
    main_window.show_page(2)
    qtbot.keyClicks(page.place_input, "Schlegelsberg")
    assert "Ost" in page.place_answer.text()
    page.place_input.clear()
    qtbot.keyClicks(page.place_input, "Atlantis")
    assert "nicht bekannt" in page.place_answer.text()


def test_reassigning_a_derived_district(qtbot, main_window):
    page = main_window.sozialraeume_page
    main_window.show_page(2)
    page._select_district(71)  # Löbstedt Ort, derived into Nord
    assert page.assign_button.isEnabled()
    page.assign_target.setCurrentIndex(page.assign_target.findData("west_zentrum"))
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    west = page.model.item(2)
    names = [west.child(r).text() for r in range(west.rowCount())]
    assert "Löbstedt Ort" in names
    row = names.index("Löbstedt Ort")
    assert west.child(row, COL_ASSIGNMENT).text() != DERIVED_TEXT


def test_about_shows_version_licences_and_sources(qtbot, main_window):
    seen = {}

    def inspect_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen["text"] = dialog.browser.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, inspect_and_close)
    main_window.about_action.trigger()
    text = seen["text"]
    assert __version__ in text
    for dependency in ("PySide6", "ReportLab", "sqlcipher3", "DejaVu"):
        assert dependency in text
    assert "LGPL" in text and "Apache-2.0" in text and "BSD" in text
    assert "Statistikstelle" in text and "AG Sozialraumorientierung" in text


def test_qt_standard_buttons_speak_german(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from teilhabe_desktop.ui.shell.app import install_german

    install_german(qapp)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in box.buttons()) == ["Abbrechen", "Schließen"]


def test_the_window_fits_the_screen_it_opens_on(main_window):
    # the offscreen test screen is 800×800: smaller than the 1200×780 the window asks for
    from teilhabe_desktop.ui.common.screen_fit import FRAME

    available = main_window.screen().availableGeometry()
    # with its title bar and frame nothing hangs over the bottom edge
    assert main_window.height() <= available.height() - FRAME[1]
    # narrower than its content needs it cannot get; otherwise it fits
    assert main_window.width() <= max(available.width(), main_window.minimumSizeHint().width())


def test_the_window_comes_back_in_the_size_the_user_gave_it(qtbot, store):
    from teilhabe_desktop.session import Session
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    first = MainWindow(Session(store))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(first.minimumSizeHint().width(), 520)  # made smaller by the user
    qtbot.wait(10)
    chosen = (first.width(), first.height())
    assert chosen[1] == 520
    first.close()  # remembered on this screen
    second = MainWindow(Session(store))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == chosen
