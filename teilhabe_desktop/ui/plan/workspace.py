"""The plan workspace of one person: the person's details and the plan sections.

All edits are saved automatically (300 ms after the last change, on focus change and
when leaving); Strg+Z / Strg+Umschalt+Z undo and redo the edits of this session.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.person_query import ReviewState, review_state
from teilhabe_desktop.core.plan_sections import PLAN_SECTIONS
from teilhabe_desktop.ui.common.focus_find import focus_field
from teilhabe_desktop.ui.common.no_type_ahead import without_type_ahead
from teilhabe_desktop.ui.common.plain_text import literal, plain_label, rich, rich_label
from teilhabe_desktop.ui.common.reflow_grid import ReflowGrid
from teilhabe_desktop.ui.common.undo_shortcuts import REDO_KEYS, UNDO_KEYS, UndoShortcutFilter
from teilhabe_desktop.ui.persons.person_form import PersonForm
from teilhabe_desktop.ui.plan.document import PlanDocument
from teilhabe_desktop.ui.plan.sections import SECTION_WIDGETS
from teilhabe_desktop.ui.plan.sections.section import PlanContext, navigation_text


class PlanWorkspace(QWidget):
    back_requested = Signal()

    def __init__(self, session, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_workspace")
        self.session = session
        self.persons = session.persons
        self.plans = session.plans
        reference = session.reference
        person = self.persons.get(person_id)
        if person is None:
            raise KeyError(person_id)
        self.document = PlanDocument(
            self.persons, self.plans, person, self.plans.draft(person_id), self
        )
        session.record(AuditAction.OPENED, person_id)
        self._change_recorded = False
        self.context = PlanContext(session, reference.life_domains(), reference.sozialraeume())

        self.person_form = PersonForm(
            session.places.locator(),  # street and number, then place name
            self.context.sozialraeume,
            self.persons.caseworkers(),
            [p.name for p in reference.place_names()],
        )
        self.person_form.set_person(copy.deepcopy(person))
        self.person_form.edited.connect(self._person_edited)
        person_page = QScrollArea()
        person_page.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(QLabel(self.tr("<h2>Angaben zur Person</h2>")))
        holder_layout.addWidget(self.person_form)
        person_page.setWidget(holder)

        doc, ctx = self.document, self.context
        # the person's details (Alt+0), then the plan sections in registry order (Alt+1 …)
        self.sections: dict[str, QWidget] = {"person": person_page}
        names = [self.tr("Person")]
        for spec in PLAN_SECTIONS:
            self.sections[spec.key] = SECTION_WIDGETS[spec.key](doc, ctx)
            names.append(navigation_text(spec))
        self.navigation = QListWidget()
        without_type_ahead(self.navigation)
        self.navigation.setAccessibleName(self.tr("Abschnitte des Plans"))
        self.navigation.setMaximumWidth(230)
        self.navigation.setSpacing(3)
        self.stack = QStackedWidget()
        for index, (name, (key, widget)) in enumerate(
            zip(names, self.sections.items(), strict=True)
        ):
            self.navigation.addItem(name)
            self.navigation.item(index).setToolTip(self.tr("Alt+%1").replace("%1", str(index)))
            self.stack.addWidget(widget)
            if hasattr(widget, "go_to"):
                widget.go_to.connect(self.show_section)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{index}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            self.addAction(action)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self._build_header()
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

        self._undo_filter = UndoShortcutFilter(self)
        doc.changed.connect(self._refresh_header)
        doc.reloaded.connect(self._reload_person)
        doc.save_status.connect(self._show_status)
        doc.notice.connect(self._show_notice)
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        app.aboutToQuit.connect(self.flush)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(lambda: self.status.setText(""))
        self._refresh_header()
        start = "wishes" if doc.plan.wishes or person.first_name or person.last_name else "person"
        self.show_section(start)

    # -- header ------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.back_button = QPushButton(self.tr("← Zurück zur Liste"))
        self.back_button.setAccessibleName(self.tr("Zurück zur Personenliste"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.back_requested)
        # long names and details wrap instead of widening the window
        self.title = rich_label(wrap=True)
        self.title.setObjectName("workspace:title")
        self.title.setAccessibleDescription(self.tr("Person"))
        self.subtitle = rich_label(wrap=True)
        self.subtitle.setObjectName("workspace:subtitle")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        titles_box = QWidget()
        titles = QVBoxLayout(titles_box)
        titles.setContentsMargins(6, 0, 0, 0)
        # below this the name goes on its own row rather than wrapping word by word
        titles_box.setMinimumWidth(320)
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        # wraps rather than being cut when the row is tight ("Version 2 abgeschlossen")
        self.status = plain_label(wrap=True)
        self.status.setAccessibleDescription(self.tr("Speicherstand"))
        self.status.setMinimumWidth(110)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        stack = self.document.undo_stack
        self.undo_action = QAction(self.tr("Rückgängig"), self)
        self.undo_action.setShortcuts(list(UNDO_KEYS))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self.tr("Wiederholen"), self)
        self.redo_action.setShortcuts(list(REDO_KEYS))
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(
            lambda t: self.undo_action.setToolTip(
                self.tr("Rückgängig: %1 (Strg+Z)").replace("%1", t)
            )
        )
        stack.redoTextChanged.connect(
            lambda t: self.redo_action.setToolTip(
                self.tr("Wiederholen: %1 (Strg+Umschalt+Z)").replace("%1", t)
            )
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        undo = QToolButton()
        undo.setDefaultAction(self.undo_action)
        undo.setAccessibleName(self.tr("Rückgängig"))
        redo = QToolButton()
        redo.setDefaultAction(self.redo_action)
        redo.setAccessibleName(self.tr("Wiederholen"))
        self.print_button = QPushButton(self.tr("&Plan drucken …"))
        self.print_button.setAccessibleName(self.tr("Plan drucken"))
        self.print_button.clicked.connect(self.print_plan)
        # One row on wide screens; on small ones the name moves below the buttons.
        self.header = ReflowGrid(spacing=(6, 4))
        row = [self.back_button, titles_box, self.status, undo, redo, self.print_button]
        self.header.set_arrangements(
            [
                [(w, 0, column, 1, 1) for column, w in enumerate(row)],
                [(w, 0, column, 1, 1) for column, w in enumerate(row[:1] + row[2:])]
                + [(titles_box, 1, 0, 1, 5)],
            ],
            stretch=[[0, 1, 0, 0, 0, 0], [0, 1, 0, 0, 0]],
        )
        self.notice = plain_label(wrap=True)
        self.notice.setStyleSheet("color: #8a3b00; font-weight: 600;")
        self.notice.hide()

    def _refresh_header(self) -> None:
        person, plan = self.document.person, self.document.plan
        name = person.display_name or self.tr("Neue Person")
        self.title.setText(rich("<h2 style='margin:0'>%1</h2>", name))
        parts = []
        if person.file_number:
            parts.append(rich("%1", self.tr("Aktenzeichen %1").replace("%1", person.file_number)))
        if person.home_sozialraum_id:
            where = self.context.sozialraum_name(person.home_sozialraum_id)
            parts.append(rich("%1", self.tr("wohnt in %1").replace("%1", where)))
        if plan.review_date:
            text = self.tr("Überprüfung am %1").replace("%1", german_date(plan.review_date))
            if review_state(plan.review_date, _today()) is ReviewState.OVERDUE:
                text = rich("<b style='color:#b00020'>%1</b>", f"{text} – {self.tr('überfällig')}")
            else:
                text = rich("%1", text)
            parts.append(text)
        self.subtitle.setText(" · ".join(parts))

    def _show_status(self, message: str, ok: bool) -> None:
        if ok and not self._change_recorded:  # one "changed" per opening, not per keystroke
            self._change_recorded = True
            self.session.record(AuditAction.CHANGED, self.document.person.id)
        self.status.setStyleSheet("color: #3b7a57;" if ok else "color: #b00020;")
        self.status.setText(("✓ " if ok else "") + message)
        self.status.setToolTip(literal(message))
        if ok:
            self._status_timer.start(4000)
            if self.notice.property("fromSave"):
                self._show_notice("")
        else:
            self.status.setText(
                self.tr("Nicht gespeichert – Person gelöscht")
                if self.document.orphaned
                else self.tr("Nicht gespeichert – neuer Versuch folgt")
            )
            self._show_notice(message, from_save=True)

    def _show_notice(self, message: str, from_save: bool = False) -> None:
        self.notice.setText(message)
        self.notice.setProperty("fromSave", from_save)
        self.notice.setVisible(bool(message))

    # -- person ------------------------------------------------------------------------
    def _person_edited(self, key: str, changes: dict) -> None:
        def mutate(person, _plan) -> None:
            for attr, value in changes.items():
                setattr(person, attr, value)

        home_before = self.document.person.home_sozialraum_id
        structural = changes.get("home_sozialraum_id", home_before) != home_before
        self.document.edit(
            self.tr("Angaben zur Person ändern"), mutate, merge_key=key, structural=structural
        )

    def _reload_person(self) -> None:
        self.person_form.set_person(copy.deepcopy(self.document.person))

    # -- navigation, saving ------------------------------------------------------------
    def show_section(self, key: str, focus: str = "") -> None:
        index = list(self.sections).index(key)
        self.navigation.setCurrentRow(index)
        widget = self.sections[key]
        if focus and key == "person":
            focus_field(widget, focus)
        elif focus and hasattr(widget, "focus"):
            widget.focus(focus)

    def section(self, key: str) -> QWidget:
        return self.sections[key]

    def _focus_changed(self, old, _new) -> None:
        if old is not None and self.document.dirty and self.isAncestorOf(old):
            self.document.break_merge()
            self.document.flush()

    def flush(self) -> bool:
        return self.document.flush()

    def print_plan(self) -> None:
        if not self.flush():
            return
        from teilhabe_desktop.ui.plan.print_dialog import PrintDialog

        PrintDialog(self.session, self.document.person.id, self).exec()

    def showEvent(self, event) -> None:
        self._undo_filter.install()
        window = self.window()
        if window is not self:
            window.installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._undo_filter.remove()
        self.flush()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window():
            self.flush()
        return False


def _today():
    from datetime import date

    return date.today()
