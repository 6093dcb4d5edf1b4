"""The one Offer field map: complete, and the source of every format's names."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Offer
from teilhabe_desktop.core.offer_fields import (
    FIELDS_BY_ATTR,
    OFFER_FIELDS,
    Kind,
    csv_columns,
    hsds_service_columns,
    stored_columns,
)
from teilhabe_desktop.exchange import csv_format, csv_write, json_format
from teilhabe_desktop.exchange.csv_columns import CSV_COLUMNS
from teilhabe_desktop.store.catalogue_rows import OFFER_COLUMNS, offer_to_row


def test_every_offer_field_is_in_the_map_exactly_once_and_in_dataclass_order():
    assert [f.attr for f in OFFER_FIELDS] == [f.name for f in fields(Offer)]
    assert len(FIELDS_BY_ATTR) == len(OFFER_FIELDS)


def test_enum_fields_name_their_enum_and_others_do_not():
    for spec in OFFER_FIELDS:
        assert (spec.enum is not None) == (spec.kind is Kind.ENUM), spec.attr


def test_names_are_unique_per_format():
    for names in (
        list(csv_columns().values()),
        list(stored_columns()),
        [f.json for f in OFFER_FIELDS],
        list(hsds_service_columns().values()),
    ):
        assert len(names) == len(set(names))


def test_csv_headers_come_from_the_map(tmp_path):
    expected = [f.csv for f in OFFER_FIELDS if f.csv is not None]
    facets = list(ACCESSIBILITY_FEATURES.values())
    assert [h for h in CSV_COLUMNS.values() if h not in facets] == expected
    path = tmp_path / "a.csv"
    csv_write.write_csv(path, [Offer("o1", "Treff")], csv_format.Reference({}, {}))
    header = next(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert header == list(csv_columns().values())


def test_json_keys_come_from_the_map(tmp_path):
    path = tmp_path / "a.json"
    json_format.write_json(path, [Offer("o1", "Treff")])
    (item,) = json.loads(path.read_text("utf-8"))["offers"]
    assert list(item) == [f.json for f in OFFER_FIELDS]


def test_stored_columns_come_from_the_map():
    row = offer_to_row(Offer("o1", "Treff"))
    assert set(row) == {*stored_columns(), "name_key"}
    assert [c for c in OFFER_COLUMNS if c != "name_key"] == list(stored_columns())
