"""HSDS 1.x tables read as their HSDS 3.0 counterparts.

The mapping follows the changes Open Referral documents from 1.x to 3.0:

========================================  ===============================================
HSDS 1.x file                             HSDS 3.0
========================================  ===============================================
``physical_addresses.csv``                ``address`` with ``address_type`` "physical"
``postal_addresses.csv``                  ``address`` with ``address_type`` "postal"
                                          (``address_3``/``address_4`` join ``address_2``)
``regular_schedules.csv``                 ``schedule``: ``freq`` WEEKLY, ``byday`` from
                                          ``weekday`` (1 = Monday … 7 = Sunday, or a name
                                          such as "Monday"/"Mon"), ``opens_at``/``closes_at``
``accessibility_for_disabilities.csv``    ``accessibility``: ``accessibility`` becomes
                                          ``description``, ``details`` stays
``services_taxonomy.csv``                 ``attribute`` of the service (``link_entity``
                                          "service", ``taxonomy_id`` → ``taxonomy_term_id``)
``taxonomy.csv``                          ``taxonomy_term`` (``vocabulary`` → ``taxonomy``)
``eligibility.csv``                       the service's ``eligibility_description``
========================================  ===============================================

The 1.x singular file names of tables 3.0 still has (``service.csv``, ``location.csv`` …)
are read as those tables. Other 1.x tables (holiday schedules, fees, payments …) have
no place in 3.0 and are named in the summary as not read.
"""

from __future__ import annotations

Rows = dict[str, list[dict]]

#: 1.x file -> the 3.0 table its rows become.
LEGACY_TABLES = {
    "physical_addresses.csv": "address",
    "postal_addresses.csv": "address",
    "regular_schedules.csv": "schedule",
    "accessibility_for_disabilities.csv": "accessibility",
    "services_taxonomy.csv": "attribute",
    "service_taxonomy.csv": "attribute",
    "taxonomy.csv": "taxonomy_term",
    "eligibility.csv": "service",
}
#: 1.x singular names of tables that HSDS 3.0 still has.
SINGULAR_FILES = {
    "service.csv": "service",
    "organization.csv": "organization",
    "location.csv": "location",
    "phone.csv": "phone",
    "contact.csv": "contact",
    "program.csv": "program",
    "language.csv": "language",
    "service_area.csv": "service_area",
    "required_document.csv": "required_document",
}
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = {name[:2].upper(): code for name, code in zip(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), _DAYS,
    strict=True,
)}  # fmt: skip


def _byday(weekday: str) -> str:
    value = weekday.strip()
    if value.isdigit() and 1 <= int(value) <= 7:
        return _DAYS[int(value) - 1]
    return _DAY_NAMES.get(value[:2].upper(), "")


def _address(row: dict, kind: str) -> dict:
    extra = [row.get(c, "").strip() for c in ("address_2", "address_3", "address_4")]
    out = {k: v for k, v in row.items() if k not in ("address_3", "address_4")}
    out["address_2"] = ", ".join(part for part in extra if part)
    out.setdefault("address_type", kind)
    return out


def _schedule(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k != "weekday"}
    out.setdefault("freq", "WEEKLY")
    out.setdefault("byday", _byday(row.get("weekday", "")))
    return out


def _accessibility(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k != "accessibility"}
    out.setdefault("description", row.get("accessibility", ""))
    return out


def _attribute(row: dict) -> dict:
    return {
        "id": row.get("id", ""),
        "link_id": row.get("service_id", ""),
        "link_entity": "service",
        "taxonomy_term_id": row.get("taxonomy_id", ""),
        "value": row.get("taxonomy_detail", ""),
        "_line": row.get("_line"),
    }


def _term(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k not in ("vocabulary", "parent_name")}
    out.setdefault("taxonomy", row.get("vocabulary", ""))
    return out


_CONVERT = {
    "physical_addresses.csv": lambda row: _address(row, "physical"),
    "postal_addresses.csv": lambda row: _address(row, "postal"),
    "regular_schedules.csv": _schedule,
    "accessibility_for_disabilities.csv": _accessibility,
    "services_taxonomy.csv": _attribute,
    "service_taxonomy.csv": _attribute,
    "taxonomy.csv": _term,
}


def add_legacy(rows: Rows, file: str, legacy_rows: list[dict]) -> None:
    """Add the rows of the 1.x table ``file`` (a base name) to the 3.0 ``rows``."""
    if file == "eligibility.csv":
        wanted: dict[str, list[str]] = {}
        for row in legacy_rows:
            if row.get("eligibility", "").strip():
                wanted.setdefault(row.get("service_id", ""), []).append(row["eligibility"].strip())
        for service in rows.get("service", []):
            found = wanted.get(service.get("id", ""))
            if found and not service.get("eligibility_description", "").strip():
                service["eligibility_description"] = "; ".join(found)
        return
    convert = _CONVERT[file]
    rows.setdefault(LEGACY_TABLES[file], []).extend(convert(row) for row in legacy_rows)
