"""Page *Angebote*: type a query, filter, open an entry, edit it, see the change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, OfferStatus
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.ui.catalogue.offer_dialog import OfferDialog
from teilhabe_desktop.ui.catalogue.offer_table_model import COL_NAME, OFFER_ID_ROLE
from teilhabe_desktop.ui.catalogue.offers_page import OffersPage


def type_text(widget, text: str) -> None:
    """Key events that carry their text (qtbot.keyClicks aborts on umlauts)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


RECENT = date.today() - timedelta(days=60)
OFFERS = [
    Offer(
        id="lisa",
        name="Stadtteilzentrum LISA",
        organization_name="JenaKultur",
        place="Neulobeda",
        street="Werner-Seelenbinder-Straße 28a",
        postcode="07747",
        cost=Cost.FREE,
        category_ids=["begegnung"],
        life_domains=["d9"],
        accessibility={"step_free": Availability.YES},
        last_verified=RECENT,
    ),
    Offer(
        id="kurs",
        name="Gebärdensprachkurs für Anfänger",
        organization_name="Volkshochschule Jena",
        place="Jena-Zentrum",
        cost=Cost.FEE,
        category_ids=["bildung"],
        life_domains=["d3"],
        last_verified=date(2021, 4, 30),
    ),
    Offer(
        id="cafe",
        name="Nachbarschaftscafé Wenigenjena",
        organization_name="Bürgerverein Ost",
        place="Wenigenjena",
        cost=Cost.FREE,
        category_ids=["begegnung"],
        life_domains=["d7", "d9"],
        mainstream=True,
    ),
    Offer(
        id="beratung",
        name="Beratungsstelle Teilhabe",
        organization_name="Lebenshilfe",
        place="Neulobeda",
        cost=Cost.FREE,
        category_ids=["beratung"],
        mainstream=False,
        is_example=True,
    ),
    Offer(id="alt", name="Lesecafé (eingestellt)", place="Neulobeda", status=OfferStatus.ENDED),
]


@pytest.fixture
def repository(store):
    return CatalogueRepository(store.db)


@pytest.fixture
def page(qtbot, store, repository):
    for offer in OFFERS:
        repository.save(offer)
    widget = OffersPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    # the first result is searched and counted in the worker, off the GUI thread
    qtbot.waitUntil(lambda: widget.model.settled() and widget.model.rowCount() > 0)
    yield widget
    widget.typed.stop()


def shown_ids(page) -> set[str]:
    model = page.model
    return {model.index(r, 0).data(OFFER_ID_ROLE) for r in range(model.rowCount())}


def test_page_lists_active_entries_with_count(page):
    assert shown_ids(page) == {"lisa", "kurs", "cafe", "beratung"}
    assert page.count_label.text() == "4 Angebote"
    assert page.banner.isVisible()  # one entry is an example
    assert "erfunden" in page.banner.text()


def test_typing_a_query_with_umlauts_shows_its_results(qtbot, page):
    page.search.setFocus()
    type_text(page.search, "Gebärden")
    assert page.search.text() == "Gebärden"
    qtbot.waitUntil(lambda: page.model.query.text == "Gebärden", timeout=2000)
    assert shown_ids(page) == {"kurs"}
    assert page.count_label.text() == "1 Angebot"


@pytest.mark.parametrize("text", ["Gebaerden", "gebarden", "Strasse", "Nachbarschaftscaf"])
def test_umlaut_spellings_and_prefixes_find_the_same(qtbot, page, text):
    type_text(page.search, text)
    qtbot.waitUntil(lambda: page.model.query.text == text, timeout=2000)
    assert len(shown_ids(page)) == 1


def test_search_with_odd_characters_never_fails(qtbot, page, repository):
    odd = '"* -NEAR . 😀'
    type_text(page.search, odd)
    page.run_query()
    # the search ran (an error message would land in the count label instead)
    assert page.model.query.text == odd
    expected = repository.count(page.current_query())
    assert page.model.rowCount() == expected
    labels = {0: "Keine Angebote gefunden", 1: "1 Angebot"}
    assert page.count_label.text() == labels.get(expected, f"{expected} Angebote")


def test_filters_combine(qtbot, page):
    filters = page.filters
    filters.sozialraum_button.action("lobeda").trigger()
    assert shown_ids(page) == {"lisa", "beratung"}
    filters.kind_combo.setCurrentIndex(filters.kind_combo.findData(False))
    assert shown_ids(page) == {"beratung"}
    filters.kind_combo.setCurrentIndex(0)
    filters.accessibility_button.action("step_free").trigger()
    assert shown_ids(page) == {"lisa"}
    filters.reset()
    filters.cost_button.action(Cost.FREE).trigger()
    filters.domain_combo.setCurrentIndex(filters.domain_combo.findData("d9"))
    assert shown_ids(page) == {"lisa", "cafe"}
    filters.category_combo.setCurrentIndex(filters.category_combo.findData("begegnung"))
    filters.sozialraum_button.action("ost").trigger()
    assert shown_ids(page) == {"cafe"}
    assert page.count_label.text() == "1 Angebot"
    filters.reset()
    assert shown_ids(page) == {"lisa", "kurs", "cafe", "beratung"}


def test_inactive_and_review_filters(page, repository):
    page.filters.inactive_check.setChecked(True)
    assert "alt" in shown_ids(page)
    repository.mark_for_review("cafe", "Öffnungszeiten prüfen")
    page.filters.review_check.setChecked(True)
    assert shown_ids(page) == {"cafe"}


def test_ortsteil_filter_only_lists_ortsteile_of_the_chosen_sozialraum(page):
    combo = page.filters.ortsteil_combo
    before = combo.count()
    page.filters.sozialraum_button.action("lobeda").trigger()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert 1 < combo.count() < before
    assert "Neulobeda" in names and "Wenigenjena" not in names


def _select(page, offer_id: str) -> None:
    assert page.select_offer(offer_id)


def test_opening_an_entry_shows_everything_about_it(page):
    _select(page, "lisa")
    detail = page.detail
    assert "Stadtteilzentrum LISA" in detail.title.text()
    body = detail.body.toPlainText()
    for text in ("JenaKultur", "Werner-Seelenbinder-Straße 28a", "07747", "Lobeda", "kostenlos"):
        assert text in body
    assert "Stufenlos / rollstuhlgerecht\nja\n" in body
    assert "Gebärdensprache" in body and "unbekannt" in body
    assert RECENT.strftime("%d.%m.%Y") in body


def test_badges_for_example_and_old_stand(page):
    _select(page, "beratung")
    assert "Beispiel" in page.detail.badge_texts()
    assert "Stand: nie geprüft" in page.detail.badge_texts()
    _select(page, "kurs")
    assert page.detail.badge_texts() == ["Stand: 04/2021"]
    _select(page, "lisa")
    assert page.detail.badge_texts() == []


def _run_dialog(monkeypatch, action):
    """Replace the modal loop: ``action(dialog)`` fills and clicks, like a user would."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        action(dialog)
        return dialog.result()

    monkeypatch.setattr(OfferDialog, "exec", fake_exec)
    return seen


def test_edit_an_entry_and_see_the_change_in_the_list(qtbot, page, monkeypatch, repository):
    _select(page, "kurs")

    def edit(dialog):
        dialog.field("name").clear()
        dialog.field("name").setFocus()
        type_text(dialog.field("name"), "Gebärdensprachkurs für Einsteiger")
        dialog.field("phone").setText("03641 49-2835")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = _run_dialog(monkeypatch, edit)
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == OfferDialog.DialogCode.Accepted
    assert repository.get("kurs").name == "Gebärdensprachkurs für Einsteiger"
    assert page.current_offer_id() == "kurs"  # selection kept
    row = page.table.currentIndex().row()
    assert page.model.index(row, COL_NAME).data() == "Gebärdensprachkurs für Einsteiger"
    assert "03641 49-2835" in page.detail.body.toPlainText()


def test_invalid_input_shows_german_messages_and_keeps_everything(qtbot, page, monkeypatch):
    _select(page, "lisa")
    state = {}

    def edit(dialog):
        dialog.field("postcode").setText("0774")
        dialog.field("email").setText("info-at-lisa")
        dialog.field("lat").setText("95,5")
        dialog.field("lon").setText("11,58")
        dialog.field("description").setPlainText("Saal, Vereinsräume, Gastronomie")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        state["open"] = dialog.result() != OfferDialog.DialogCode.Accepted
        state["postcode"] = dialog.error_text("postcode")
        state["email"] = dialog.error_text("email")
        state["lat"] = dialog.error_text("lat")
        state["name_error"] = dialog.error_text("name")
        state["kept"] = (
            dialog.field("postcode").text(),
            dialog.field("email").text(),
            dialog.field("description").toPlainText(),
        )
        state["summary"] = dialog.summary.text()
        dialog.reject()

    _run_dialog(monkeypatch, edit)
    page.edit_offer("lisa")
    assert state["open"]
    assert state["postcode"] == "Die Postleitzahl „0774“ muss aus 5 Ziffern bestehen."
    assert "keine gültige E-Mail-Adresse" in state["email"]
    assert "Breitengrad muss zwischen -90 und 90" in state["lat"]
    assert state["name_error"] == ""
    assert state["kept"] == ("0774", "info-at-lisa", "Saal, Vereinsräume, Gastronomie")
    assert "3 markierten Angaben" in state["summary"]
    assert page.repository.get("lisa").postcode == "07747"  # nothing saved


def test_a_coordinate_that_is_no_number_is_reported(qtbot, page, monkeypatch):
    state = {}

    def edit(dialog):
        dialog.field("name").setText("Neu")
        dialog.field("lat").setText("fünfzig")
        dialog.field("lon").setText("11,5")
        dialog.save()
        state["lat"] = dialog.error_text("lat")
        dialog.reject()

    _run_dialog(monkeypatch, edit)
    page.create_offer()
    assert "muss eine Zahl sein" in state["lat"]


def test_create_a_new_entry_selects_it(qtbot, page, monkeypatch, repository):
    def create(dialog):
        dialog.field("name").setText("Offener Spieletreff")
        dialog.field("place").setText("Winzerla")
        dialog.field("lat").setText("50,89")
        dialog.field("lon").setText("11,57")
        dialog.save()

    _run_dialog(monkeypatch, create)
    page.create_offer()
    assert page.count_label.text() == "5 Angebote"
    new_id = page.current_offer_id()
    offer = repository.get(new_id)
    assert offer.name == "Offener Spieletreff"
    assert offer.sozialraum_id == "winzerla"  # derived from the place
    assert (offer.lat, offer.lon) == (50.89, 11.57)


def test_mark_for_review_with_a_note(page, monkeypatch, repository):
    _select(page, "cafe")
    monkeypatch.setattr(page, "ask_review_note", lambda: "Träger hat gewechselt")
    page.detail.review_button.click()
    offer = repository.get("cafe")
    assert offer.needs_review and offer.review_note == "Träger hat gewechselt"
    assert "zu prüfen" in page.detail.badge_texts()
    assert page.current_offer_id() == "cafe"


def test_deactivate_hides_the_entry_unless_inactive_are_shown(page, monkeypatch, repository):
    _select(page, "cafe")
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    page.detail.deactivate_button.click()
    assert repository.get("cafe").status == OfferStatus.ACTIVE  # cancelled: nothing changed
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.detail.deactivate_button.click()
    assert repository.get("cafe").status == OfferStatus.ENDED
    assert "cafe" not in shown_ids(page)
    page.filters.inactive_check.setChecked(True)
    assert "cafe" in shown_ids(page)


def test_clicking_a_header_sorts_through_the_repository(qtbot, page):
    header = page.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_section_center(header, COL_NAME),
    )
    assert page.model.query.sort == "name"
    names = [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]
    expected = sorted(names, key=str.casefold, reverse=page.model.query.descending)
    assert names == expected


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_empty_catalogue_offers_the_example_catalogue(qtbot, store):
    widget = OffersPage(Session(store))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.stack.currentWidget() is widget.empty_state
    assert not widget.banner.isVisible()
    qtbot.mouseClick(widget.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert widget.stack.currentWidget() is widget.splitter
    assert widget.model.total > 0
    assert widget.banner.isVisible()


# -- import and export ---------------------------------------------------------------------

CSV_TEXT = (
    "\ufeffName;Träger;Straße;PLZ;Stadtteil;Kosten\r\n"
    "Lauftreff am Saaleufer;SV Jena;Am Saaleufer 1;07743;Jena-Zentrum;kostenlos\r\n"
    "Kochkurs „Einfach gut“;Volkshochschule;Grietgasse 17a;0774x;Jena-Zentrum;Beitrag\r\n"
    "Spieleabend;Bürgerverein Ost;Dornburger Straße 3;07743;Wenigenjena;kostenlos\r\n"
)


def _open_import(page, monkeypatch, action):
    from teilhabe_desktop.ui.catalogue.import_dialog import ImportDialog

    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        action(dialog)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    page.import_catalogue()
    return seen[0]


def _wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=10000)


def test_import_preview_then_cancel_writes_nothing(qtbot, page, repository, tmp_path, monkeypatch):
    path = tmp_path / "angebote.csv"
    path.write_text(CSV_TEXT, encoding="utf-8", newline="")
    before = repository.total()
    state = {}

    def action(dialog):
        dialog.set_path(path)
        _wait_idle(qtbot, dialog)
        state["counts"] = {k: label.text() for k, label in dialog.count_labels.items()}
        table = dialog.problems
        state["problems"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        state["commit_enabled"] = dialog.commit_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog = _open_import(page, monkeypatch, action)
    assert state["counts"] == {
        "new": "3",
        "changed": "0",
        "unchanged": "0",
        "invalid": "0",
        "conflicts": "0",
        "notes": "1",
    }
    # a bad postcode keeps its row: the cell is left out with a note naming row and column
    assert state["problems"][0][:4] == ["Hinweis", "angebote.csv", "Zeile 3", "PLZ"]
    assert "5 Ziffern" in state["problems"][0][4]
    assert state["commit_enabled"]
    assert dialog.result() == dialog.DialogCode.Rejected
    assert repository.total() == before
    assert page.count_label.text() == "4 Angebote"


def test_import_commit_writes_and_the_list_shows_it(qtbot, page, repository, tmp_path, monkeypatch):
    path = tmp_path / "angebote.csv"
    path.write_text(CSV_TEXT, encoding="utf-8", newline="")
    before = repository.total()

    def action(dialog):
        dialog.set_path(path)
        _wait_idle(qtbot, dialog)
        qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)

    dialog = _open_import(page, monkeypatch, action)
    assert dialog.result_summary.written == 3
    assert repository.total() == before + 3
    assert page.count_label.text() == "7 Angebote"
    type_text(page.search, "Lauftreff")
    qtbot.waitUntil(lambda: page.model.query.text == "Lauftreff", timeout=2000)
    assert page.model.total == 1


def test_import_again_changes_nothing(qtbot, page, repository, tmp_path, monkeypatch):
    path = tmp_path / "angebote.csv"
    path.write_text(CSV_TEXT, encoding="utf-8", newline="")

    def commit(dialog):
        dialog.set_path(path)
        _wait_idle(qtbot, dialog)
        dialog.commit()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)

    _open_import(page, monkeypatch, commit)
    state = {}

    def again(dialog):
        dialog.set_path(path)
        _wait_idle(qtbot, dialog)
        state["unchanged"] = dialog.count_labels["unchanged"].text()
        state["commit_enabled"] = dialog.commit_button.isEnabled()
        dialog.reject()

    _open_import(page, monkeypatch, again)
    assert state == {"unchanged": "3", "commit_enabled": False}


def test_unknown_columns_are_mapped_before_the_preview(
    qtbot, page, repository, tmp_path, monkeypatch
):
    path = tmp_path / "liste.csv"
    path.write_text(
        "Was;Wo genau\nTanzcafé;Neulobeda\nSchachclub;Winzerla\n", encoding="cp1252", newline=""
    )
    state = {}

    def action(dialog):
        dialog.set_path(path)
        _wait_idle(qtbot, dialog)
        state["needs_mapping"] = dialog.preview is None and not dialog.mapping_button.isHidden()
        mapping = dialog.mapping_dialog()
        state["headers"] = list(mapping.combos)
        mapping.set_choice("Was", "name")
        mapping.set_choice("Wo genau", "place")
        dialog.apply_mapping(mapping.mapping())
        _wait_idle(qtbot, dialog)
        state["new"] = dialog.count_labels["new"].text()
        dialog.commit()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)

    _open_import(page, monkeypatch, action)
    assert state == {"needs_mapping": True, "headers": ["Was", "Wo genau"], "new": "2"}
    type_text(page.search, "Tanzcafe")
    qtbot.waitUntil(lambda: page.model.query.text == "Tanzcafe", timeout=2000)
    assert page.model.total == 1
    offer = repository.get(page.model.offer_row(0).id)
    assert offer.place == "Neulobeda" and offer.sozialraum_id == "lobeda"


def test_a_broken_file_is_reported_and_nothing_changes(
    qtbot, page, repository, tmp_path, monkeypatch
):
    path = tmp_path / "kaputt.csv"
    path.write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    before = repository.total()
    state = {}

    def action(dialog):
        dialog.set_path(path)
        _wait_idle(qtbot, dialog)
        state["status"] = dialog.status.text()
        state["commit_enabled"] = dialog.commit_button.isEnabled()
        dialog.reject()

    _open_import(page, monkeypatch, action)
    assert "nicht verändert" in state["status"]
    assert not state["commit_enabled"]
    assert repository.total() == before


@pytest.mark.parametrize("fmt", ["csv", "json", "hsds"])
def test_export_writes_the_catalogue(qtbot, page, tmp_path, monkeypatch, fmt):
    from teilhabe_desktop.exchange.catalogue_formats import CATALOGUE_FORMATS
    from teilhabe_desktop.ui.catalogue.export_dialog import ExportDialog

    target = tmp_path / CATALOGUE_FORMATS[fmt].export_name
    state = {}

    def action(dialog):
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
        dialog.path_edit.setText(str(target))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=10000)
        state["written"] = dialog.written
        state["status"] = dialog.status.text()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", action)
    page.export_catalogue()
    assert state["written"] == len(OFFERS)  # inactive entries are exported too
    assert target.exists() and target.stat().st_size > 0
    assert "5 Angebote exportiert" in state["status"]


def test_the_detail_pane_never_shows_an_entry_that_left_the_results(qtbot, page):
    _select(page, "lisa")
    assert page.detail.edit_button.isVisible()
    type_text(page.search, "Gebärden")  # LISA is not among these results
    qtbot.waitUntil(lambda: page.model.query.text == "Gebärden", timeout=2000)
    assert "lisa" not in shown_ids(page)
    assert not page.detail.edit_button.isVisible()  # nothing to act on a hidden entry
    assert page.detail.placeholder.isVisible()


def test_the_plain_description_is_typed_checked_saved_and_shown(
    qtbot, page, monkeypatch, repository
):
    _select(page, "kurs")
    counts = []

    def edit(dialog):
        field = dialog.field("plain_description")
        dialog.plain_findings.checked.connect(counts.append)
        field.setFocus()
        type_text(field, "Der Kurs wird von Anna geleitet.")
        qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
        field.clear()
        type_text(field, "Hier lerne ich Zeichen mit den Haenden.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    _run_dialog(monkeypatch, edit)
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    assert counts[0] >= 1  # the passive sentence had a finding under the field
    assert repository.get("kurs").plain_description == "Hier lerne ich Zeichen mit den Haenden."
    assert "Hier lerne ich Zeichen mit den Haenden." in page.detail.body.toPlainText()
