"""Tree of Jena's Sozialräume with their statistical districts and Ortsteile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from teilhabe_desktop.core.reference import District, Ortsteil, Sozialraum

#: Role on every district row: its official code (int); on Sozialraum rows: the id (str).
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role: True on district rows whose assignment is derived and must be checked.
DERIVED_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_CODE, COL_ORTSTEIL, COL_ASSIGNMENT = range(4)
DERIVED_TEXT = "abgeleitet – bitte prüfen"
BRIEF_TEXT = "laut AG Sozialraumorientierung"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SozialraumTreeModel", text)


class SozialraumTreeModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([_tr("Name"), _tr("Nr."), _tr("Ortsteil"), _tr("Zuordnung")])

    def set_data(
        self,
        sozialraeume: list[Sozialraum],
        districts: list[District],
        ortsteile: list[Ortsteil],
    ) -> None:
        self.removeRows(0, self.rowCount())
        derived_brush = QBrush(QColor("#8a4b00"))
        for sozialraum in sozialraeume:
            own = [d for d in districts if d.sozialraum_id == sozialraum.id]
            names = ", ".join(o.name for o in ortsteile if o.sozialraum_id == sozialraum.id)
            derived_count = sum(d.derived for d in own)
            summary = _tr("%n Bezirke").replace("%n", str(len(own)))
            if derived_count:
                summary += _tr(", davon %n abgeleitet").replace("%n", str(derived_count))
            top = [QStandardItem(sozialraum.name), QStandardItem(""), QStandardItem("")]
            top.append(QStandardItem(summary))
            top[COL_NAME].setToolTip(_tr("Ortsteile: %1").replace("%1", names))
            top[COL_NAME].setData(sozialraum.id, CODE_ROLE)
            font = top[COL_NAME].font()
            font.setBold(True)
            top[COL_NAME].setFont(font)
            for district in own:
                assignment = _tr(DERIVED_TEXT) if district.derived else _tr(BRIEF_TEXT)
                row = [
                    QStandardItem(district.name),
                    QStandardItem(str(district.code)),
                    QStandardItem(district.ortsteil_name or ""),
                    QStandardItem(assignment),
                ]
                row[COL_NAME].setData(district.code, CODE_ROLE)
                row[COL_NAME].setData(district.derived, DERIVED_ROLE)
                if district.derived:
                    row[COL_ASSIGNMENT].setForeground(derived_brush)
                    row[COL_ASSIGNMENT].setToolTip(
                        _tr(
                            "Die Folien der Stadt nennen diesen Bezirk nicht. Die Zuordnung "
                            "wurde nach der Lage abgeleitet."
                        )
                    )
                for item in row:
                    item.setEditable(False)
                top[COL_NAME].appendRow(row)
            for item in top:
                item.setEditable(False)
            self.appendRow(top)
