"""Page *Sozialräume*: the five Sozialräume with districts and Ortsteile, a place finder,
and re-assignment of districts whose Sozialraum was derived."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.reference import PlaceKind
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.plain_text import rich, rich_label
from teilhabe_desktop.ui.sozialraum.profile_panel import ProfilePanel
from teilhabe_desktop.ui.sozialraum.sozialraum_tree_model import (
    CODE_ROLE,
    COL_NAME,
    SozialraumTreeModel,
)


class SozialraeumePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sozialraeume_page")
        self.session = session
        self.repository = session.reference
        self._names = {s.id: s.name for s in self.repository.sozialraeume()}

        intro = QLabel(
            self.tr(
                "Jena ist in fünf Sozialräume gegliedert. Jeder besteht aus statistischen "
                "Bezirken. Zuordnungen, die nicht in den Unterlagen der Stadt stehen, sind "
                "als „abgeleitet – bitte prüfen“ markiert."
            )
        )
        intro.setWordWrap(True)

        self.place_input = QLineEdit()
        self.place_input.setPlaceholderText(self.tr("Ort eingeben, z. B. Schlegelsberg"))
        self.place_input.setAccessibleName(self.tr("Ort suchen"))
        self.place_input.setClearButtonEnabled(True)
        self.place_answer = rich_label()
        self.place_answer.setObjectName("place_answer")
        self.place_answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place_input.textChanged.connect(self._find_place)
        finder = QHBoxLayout()
        finder.addWidget(QLabel(self.tr("In welchem Sozialraum liegt …")))
        finder.addWidget(self.place_input, 1)

        self.model = SozialraumTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Sozialräume und statistische Bezirke"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.selectionModel().currentChanged.connect(self._update_assign_controls)
        self.tree.selectionModel().currentChanged.connect(self._show_profile)
        self.profile = ProfilePanel(session)
        self.profile.planning_requested.connect(self.open_planning_report)

        self.assign_target = QComboBox()
        self.assign_target.setAccessibleName(self.tr("Neuer Sozialraum des Bezirks"))
        for sozialraum_id, name in self._names.items():
            self.assign_target.addItem(name, sozialraum_id)
        self.assign_button = QPushButton(self.tr("Zuordnung übernehmen"))
        self.assign_button.setToolTip(
            self.tr(
                "Ordnet den gewählten Bezirk diesem Sozialraum zu und markiert ihn als geprüft."
            )
        )
        self.assign_button.clicked.connect(self._assign)
        assign_row = QHBoxLayout()
        self.assign_label = QLabel(self.tr("Bezirk auswählen, um die Zuordnung zu prüfen."))
        assign_row.addWidget(self.assign_label, 1)
        assign_row.addWidget(self.assign_target)
        assign_row.addWidget(self.assign_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(intro)
        left_layout.addLayout(finder)
        left_layout.addWidget(self.place_answer)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(assign_row)
        left.setMinimumWidth(320)  # the tree's columns would claim the whole width
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Sozialräume')}</h2>"))
        layout.addWidget(self.splitter, 1)
        self.reload()
        first = next(iter(self._names), None)
        if first is not None:
            self.profile.show_sozialraum(first)

    def reload(self) -> None:
        districts = self.repository.districts()
        self._districts = {d.code: d for d in districts}
        # a re-assigned district changes what a place name resolves to
        self.resolver = self.repository.place_resolver()
        self.model.set_data(self.repository.sozialraeume(), districts, self.repository.ortsteile())
        self.tree.expandAll()
        self._update_assign_controls()

    def _show_profile(self, *_args) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        top = index.parent() if index.parent().isValid() else index
        sozialraum_id = self.proxy.index(top.row(), COL_NAME).data(CODE_ROLE)
        shown = self.profile.profile
        if shown is None or shown.sozialraum.id != sozialraum_id:
            self.profile.show_sozialraum(sozialraum_id)

    def open_planning_report(self):
        from teilhabe_desktop.ui.sozialraum.planning_dialog import PlanningDialog

        dialog = PlanningDialog(self.session, self)
        dialog.open()
        return dialog

    def sozialraum_names(self) -> list[str]:
        return [self.model.item(row, COL_NAME).text() for row in range(self.model.rowCount())]

    def _find_place(self, text: str) -> None:
        matches = self.resolver.resolve(text)
        if not text.strip():
            self.place_answer.clear()
            return
        if not matches:
            self.place_answer.setText(rich("%1", self.tr("Dieser Ort ist nicht bekannt.")))
            return
        ids = {m.sozialraum_id for m in matches}
        if len(ids) > 1:
            names = ", ".join(sorted(self._names[i] for i in ids))
            self.place_answer.setText(rich(self.tr("Mehrdeutig – infrage kommen: %1"), names))
            return
        match = matches[0]
        detail = {
            PlaceKind.DISTRICT: self.tr("statistischer Bezirk %1").replace(
                "%1", str(match.district_code)
            ),
            PlaceKind.ALIAS: self.tr("gebräuchlicher Name"),
            PlaceKind.ORTSTEIL: self.tr("Ortsteil"),
            PlaceKind.SOZIALRAUM: self.tr("Sozialraum"),
        }[match.kind]
        self.place_answer.setText(
            rich(
                self.tr("„%1“ (%2) liegt im Sozialraum <b>%3</b>."),
                match.name,
                detail,
                self._names[match.sozialraum_id],
            )
        )

    def _selected_district(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not index.parent().isValid():
            return None
        return self.proxy.index(index.row(), COL_NAME, index.parent()).data(CODE_ROLE)

    def _update_assign_controls(self, *_args) -> None:
        code = self._selected_district()
        self.assign_button.setEnabled(code is not None)
        self.assign_target.setEnabled(code is not None)
        if code is None:
            self.assign_label.setText(self.tr("Bezirk auswählen, um die Zuordnung zu prüfen."))
            return
        district = self._districts[code]
        self.assign_label.setText(
            self.tr("Bezirk %1 %2 gehört zu:").replace("%1", str(code)).replace("%2", district.name)
        )
        self.assign_target.setCurrentIndex(self.assign_target.findData(district.sozialraum_id))

    def _assign(self) -> None:
        code = self._selected_district()
        if code is None:
            return
        self.repository.assign_district(code, self.assign_target.currentData())
        self.reload()
        self._select_district(code)
        self._find_place(self.place_input.text())

    def _select_district(self, code: int) -> None:
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(child, COL_NAME, parent)
                if index.data(CODE_ROLE) == code:
                    self.tree.setCurrentIndex(index)
                    return
