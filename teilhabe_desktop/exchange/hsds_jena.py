"""Jena's own fields as HSDS attributes of a taxonomy "teilhabe-desktop-jena".

Life domains, categories, accessibility facets, costs and what HSDS's own tables could
not carry (see ``hsds_write``) travel as ``attribute`` rows of each service, one term of
our taxonomy per kind; ``hsds_read`` turns them back into the offer's fields.
"""

from __future__ import annotations

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.hsds_formats import without_invisible
from teilhabe_desktop.exchange.hsds_tables import (
    JENA_KIND_DESCRIPTIONS,
    JENA_KINDS,
    JENA_TAXONOMY_ID,
    derived_id,
    hsds_uuid,
    jena_term_id,
)

Rows = dict[str, list[dict[str, str]]]
Notes = list[tuple[str, str]]


def _jena_values(offer: Offer) -> list[tuple[str, str]]:
    values = [("life_domain", d) for d in offer.life_domains]
    values += [("category", c) for c in offer.category_ids]
    values += [("target_group", t) for t in offer.target_groups]
    values += [("accessibility", f"{k}={v.value}") for k, v in sorted(offer.accessibility.items())]
    values += [
        ("mainstream", cols.format_bool(offer.mainstream)),
        ("cost", offer.cost.value),
        ("needs_review", cols.format_bool(offer.needs_review)),
        ("is_example", cols.format_bool(offer.is_example)),
    ]
    for kind in (
        "sozialraum", "place", "cost_note", "opening_hours", "review_note", "source",
        "plain_description",
    ):  # fmt: skip
        value = offer.sozialraum_id if kind == "sozialraum" else getattr(offer, kind)
        if value:
            values.append((kind, value))
    for kind in ("district_code", "ortsteil_id"):
        if getattr(offer, kind) is not None:
            values.append((kind, str(getattr(offer, kind))))
    return values


def conformed_jena_rows(offer: Offer, notes: Notes) -> list[dict[str, str]]:
    """The ``attribute`` rows of ``offer``'s Jena fields and ``notes``, one per value,
    already as ``hsds_conform.conform_row`` makes rows (a test checks it): they are
    most rows of an export, and conforming each one again cost half its time."""
    link = hsds_uuid(without_invisible(offer.id))
    rows = []
    for index, (kind, value) in enumerate([*_jena_values(offer), *notes]):
        row = {
            "id": derived_id("attribute", offer.id, str(index)),
            "link_id": link,
            "taxonomy_term_id": jena_term_id(kind),
            "link_type": "jena",
            "link_entity": "service",
        }
        if value:
            row["value"] = value
        rows.append(row)
    return rows


def jena_taxonomy() -> Rows:
    return {
        "taxonomy": [
            {
                "id": JENA_TAXONOMY_ID,
                "name": "teilhabe-desktop-jena",
                "description": "Felder der Teilhabeplanung Jena (Teilhabe Desktop)",
                "version": "1",
            }
        ],
        "taxonomy_term": [
            {
                "id": jena_term_id(kind),
                "code": kind,
                "name": kind,
                "description": JENA_KIND_DESCRIPTIONS[kind],
                "taxonomy": "teilhabe-desktop-jena",
                "taxonomy_id": JENA_TAXONOMY_ID,
            }
            for kind in JENA_KINDS
        ],
    }
