"""Reading and writing the plan draft aggregate (table ``plan`` and its parts)."""

from __future__ import annotations

from teilhabe_desktop.core.dates import date_from_iso, iso_date
from teilhabe_desktop.core.plan import (
    PLAN_TEXT_LABELS,
    Barrier,
    FormalService,
    Goal,
    GoalKind,
    GoalStatus,
    NetworkContact,
    NetworkSector,
    OfferLink,
    Plan,
    Step,
    StepOwner,
    Strength,
    StrengthKind,
    Wish,
)
from teilhabe_desktop.core.plan_codec import decode_fields, encode_fields, extra_fields
from teilhabe_desktop.store.sql import Database

PLAN_TEXTS = tuple(PLAN_TEXT_LABELS)
#: The attributes of each class that have no column of their own: its row's ``extra``.
_LISTS = {
    "wishes", "goals", "strengths", "network", "barriers", "sozialraum_ids", "offer_links",
    "steps", "services",
}  # fmt: skip
PLAN_EXTRA = extra_fields(Plan, {"person_id", "review_date", *PLAN_TEXTS, *_LISTS})
GOAL_EXTRA = extra_fields(Goal, {
    "id", "wish_id", "title", "kind", "life_domain", "indicator", "target_date", "status",
    "evaluation_note", "evaluation_date", "differing_view", "no_offer_found",
    "missing_offer_note",
})  # fmt: skip
STRENGTH_EXTRA = extra_fields(Strength, {"id", "text", "kind"})
CONTACT_EXTRA = extra_fields(
    NetworkContact, {"id", "name", "sector", "closeness", "helps_with", "contact"}
)
BARRIER_EXTRA = extra_fields(Barrier, {"id", "text"})
STEP_EXTRA = extra_fields(Step, {"id", "what", "owner", "who", "due_date", "done", "goal_id"})
SERVICE_EXTRA = extra_fields(
    FormalService, {"id", "type", "provider", "hours_per_week", "start", "end"}
)
#: Child tables in the order they are deleted (dependents first); inserted in reverse.
CHILD_TABLES = (
    "plan_offer_link",
    "plan_step",
    "plan_goal",
    "plan_wish",
    "plan_strength",
    "plan_network_contact",
    "plan_barrier",
    "plan_sozialraum",
    "plan_service",
)


def _rows(plan: Plan) -> dict[str, tuple[str, list[tuple]]]:
    pid = plan.person_id
    return {
        "plan_wish": (
            "id, person_id, position, text, said_on, said_by, life_domain",
            [
                (w.id, pid, i, w.text, iso_date(w.said_on), w.said_by, w.life_domain)
                for i, w in enumerate(plan.wishes)
            ],
        ),
        "plan_goal": (
            "id, person_id, position, wish_id, title, kind, life_domain, indicator, target_date,"
            " status, evaluation_note, evaluation_date, differing_view, no_offer_found,"
            " missing_offer_note, extra",
            [
                (
                    g.id,
                    pid,
                    i,
                    g.wish_id,
                    g.title,
                    g.kind.value,
                    g.life_domain,
                    g.indicator,
                    iso_date(g.target_date),
                    g.status.value,
                    g.evaluation_note,
                    iso_date(g.evaluation_date),
                    g.differing_view,
                    int(g.no_offer_found),
                    g.missing_offer_note,
                    encode_fields(g, GOAL_EXTRA),
                )
                for i, g in enumerate(plan.goals)
            ],
        ),
        "plan_strength": (
            "id, person_id, position, text, kind, extra",
            [
                (s.id, pid, i, s.text, s.kind.value, encode_fields(s, STRENGTH_EXTRA))
                for i, s in enumerate(plan.strengths)
            ],
        ),
        "plan_network_contact": (
            "id, person_id, position, name, sector, closeness, helps_with, contact, extra",
            [
                (
                    *(n.id, pid, i, n.name, n.sector.value, n.closeness, n.helps_with),
                    *(n.contact, encode_fields(n, CONTACT_EXTRA)),
                )
                for i, n in enumerate(plan.network)
            ],
        ),
        "plan_barrier": (
            "id, person_id, position, text, extra",
            [
                (b.id, pid, i, b.text, encode_fields(b, BARRIER_EXTRA))
                for i, b in enumerate(plan.barriers)
            ],
        ),
        "plan_sozialraum": (
            "person_id, sozialraum_id, position",
            [(pid, s, i) for i, s in enumerate(plan.sozialraum_ids)],
        ),
        "plan_offer_link": (
            "id, person_id, position, goal_id, offer_id, note",
            [(o.id, pid, i, o.goal_id, o.offer_id, o.note) for i, o in enumerate(plan.offer_links)],
        ),
        "plan_step": (
            "id, person_id, position, what, owner, who, due_date, done, goal_id, extra",
            [
                (
                    s.id,
                    pid,
                    i,
                    s.what,
                    s.owner.value,
                    s.who,
                    iso_date(s.due_date),
                    int(s.done),
                    s.goal_id,
                    encode_fields(s, STEP_EXTRA),
                )
                for i, s in enumerate(plan.steps)
            ],
        ),
        "plan_service": (
            'id, person_id, position, type, provider, hours_per_week, start, "end", extra',
            [
                (
                    s.id,
                    pid,
                    i,
                    s.type,
                    s.provider,
                    s.hours_per_week,
                    iso_date(s.start),
                    iso_date(s.end),
                    encode_fields(s, SERVICE_EXTRA),
                )
                for i, s in enumerate(plan.services)
            ],
        ),
    }


def write_plan(db: Database, plan: Plan, now: str) -> None:
    """Replace the stored draft of ``plan.person_id`` by ``plan``. Call inside a transaction."""
    texts = [getattr(plan, name) for name in PLAN_TEXTS]
    db.execute(
        f"""INSERT INTO plan (person_id, review_date, {", ".join(PLAN_TEXTS)}, extra,
                              created_at, updated_at)
            VALUES (?, ?, {", ".join("?" * len(PLAN_TEXTS))}, ?, ?, ?)
            ON CONFLICT(person_id) DO UPDATE SET review_date = excluded.review_date,
              {", ".join(f"{n} = excluded.{n}" for n in PLAN_TEXTS)},
              extra = excluded.extra, updated_at = excluded.updated_at""",
        [
            plan.person_id,
            iso_date(plan.review_date),
            *texts,
            encode_fields(plan, PLAN_EXTRA),
            now,
            now,
        ],
    )
    for table in CHILD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE person_id = ?", [plan.person_id])
    rows = _rows(plan)
    for table in reversed(CHILD_TABLES):
        columns, values = rows[table]
        if values:
            marks = ", ".join("?" * len(values[0]))
            db.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


def _select(db: Database, table: str, person_id: str) -> list[dict]:
    return list(
        db.query(f"SELECT * FROM {table} WHERE person_id = ? ORDER BY position", [person_id])
    )


def read_plan(db: Database, person_id: str) -> Plan | None:
    head = list(db.query("SELECT * FROM plan WHERE person_id = ?", [person_id]))
    if not head:
        return None
    row = head[0]
    plan = Plan(
        person_id,
        date_from_iso(row["review_date"]),
        **{n: row[n] for n in PLAN_TEXTS},
        **decode_fields(Plan, row["extra"], PLAN_EXTRA, "Plan"),
    )
    plan.wishes = [
        Wish(r["id"], r["text"], date_from_iso(r["said_on"]), r["said_by"], r["life_domain"])
        for r in _select(db, "plan_wish", person_id)
    ]
    plan.goals = [
        Goal(
            r["id"],
            r["wish_id"],
            r["title"],
            GoalKind(r["kind"]),
            r["life_domain"],
            r["indicator"],
            date_from_iso(r["target_date"]),
            GoalStatus(r["status"]),
            r["evaluation_note"],
            date_from_iso(r["evaluation_date"]),
            r["differing_view"],
            bool(r["no_offer_found"]),
            r["missing_offer_note"],
            **decode_fields(Goal, r["extra"], GOAL_EXTRA, "Ziel"),
        )
        for r in _select(db, "plan_goal", person_id)
    ]
    plan.strengths = [
        Strength(
            r["id"],
            r["text"],
            StrengthKind(r["kind"]),
            **decode_fields(Strength, r["extra"], STRENGTH_EXTRA, "Ressource"),
        )
        for r in _select(db, "plan_strength", person_id)
    ]
    plan.network = [
        NetworkContact(
            r["id"],
            r["name"],
            NetworkSector(r["sector"]),
            r["closeness"],
            r["helps_with"],
            r["contact"],
            **decode_fields(NetworkContact, r["extra"], CONTACT_EXTRA, "Kontakt"),
        )
        for r in _select(db, "plan_network_contact", person_id)
    ]
    plan.barriers = [
        Barrier(r["id"], r["text"], **decode_fields(Barrier, r["extra"], BARRIER_EXTRA, "Umwelt"))
        for r in _select(db, "plan_barrier", person_id)
    ]
    plan.sozialraum_ids = [r["sozialraum_id"] for r in _select(db, "plan_sozialraum", person_id)]
    plan.offer_links = [
        OfferLink(r["id"], r["goal_id"], r["offer_id"], r["note"])
        for r in _select(db, "plan_offer_link", person_id)
    ]
    plan.steps = [
        Step(
            r["id"],
            r["what"],
            StepOwner(r["owner"]),
            r["who"],
            date_from_iso(r["due_date"]),
            bool(r["done"]),
            r["goal_id"],
            **decode_fields(Step, r["extra"], STEP_EXTRA, "Schritt"),
        )
        for r in _select(db, "plan_step", person_id)
    ]
    plan.services = [
        FormalService(
            r["id"],
            r["type"],
            r["provider"],
            r["hours_per_week"],
            date_from_iso(r["start"]),
            date_from_iso(r["end"]),
            **decode_fields(FormalService, r["extra"], SERVICE_EXTRA, "Leistung"),
        )
        for r in _select(db, "plan_service", person_id)
    ]
    return plan
