"""The import and export dialogs take their formats and file filters from the registry."""

from __future__ import annotations

from teilhabe_desktop.exchange.catalogue_formats import CATALOGUE_FORMATS, open_filter
from teilhabe_desktop.ui.catalogue import export_dialog, import_dialog


def test_the_open_dialog_filters_come_from_the_registry(qtbot, monkeypatch):
    dialog = import_dialog.ImportDialog(session=None)
    qtbot.addWidget(dialog)
    seen = []

    def fake_open(_parent, _title, _folder, file_filter):
        seen.append(file_filter)
        return "", ""

    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName", fake_open)
    dialog.choose_file()
    assert seen == [open_filter()]


def test_the_export_dialog_lists_every_format_with_its_filter(qtbot, monkeypatch):
    dialog = export_dialog.ExportDialog(session=None)
    qtbot.addWidget(dialog)
    combo = dialog.format_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(CATALOGUE_FORMATS)
    seen = []

    def fake_save(_parent, _title, name, file_filter):
        seen.append((name, file_filter))
        return "", ""

    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", fake_save)
    for index, fmt in enumerate(CATALOGUE_FORMATS.values()):
        combo.setCurrentIndex(index)
        dialog.choose_path()
        assert seen[-1] == (fmt.export_name, fmt.export_filter())
