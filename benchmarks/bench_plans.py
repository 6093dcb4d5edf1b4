"""Autosave budget: save_draft of a normal plan (many rows in nine tables), against the
floor of writing the same plan as one JSON row in one transaction.

Prints ``plans.save_draft_median_ms X (budget 10) ratio_to_json_row R (budget 15) OK``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import Ratio, check, median_ms
from teilhabe_desktop.core.plan import Goal, Person, Plan, Step, Strength, Wish
from teilhabe_desktop.core.plan_codec import dumps
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository

BUDGET_MS = 10.0
BUDGET_RATIO = 15.0
ROUNDS = 60


def _normal_plan(person_id: str) -> Plan:
    plan = Plan(person_id, sozialraum_ids=["lobeda", "nord"])
    plan.wishes = [Wish(f"w{i}", "Ich möchte mit Tieren arbeiten. " * 4) for i in range(6)]
    plan.goals = [Goal(f"g{i}", f"w{i % 6}", "Praktikum " * 5, indicator="x" * 200)
                  for i in range(10)]  # fmt: skip
    plan.strengths = [Strength(f"s{i}", "Geduldig") for i in range(8)]
    plan.steps = [Step(f"st{i}", "Anrufen und nachfragen", goal_id=f"g{i % 10}") for i in range(20)]
    plan.offer_links = []
    return plan


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "bench.db")
        try:
            PersonRepository(store.db).save(Person("p1", "Anna", "Beispiel"))
            plans = PlanRepository(store.db)
            plan = _normal_plan("p1")
            plans.draft("p1")

            store.db.execute("CREATE TABLE bench_blob (id INTEGER PRIMARY KEY, data TEXT)")
            blob = dumps(plan)

            def row_write() -> None:
                with store.db.atomic():
                    store.db.execute("INSERT OR REPLACE INTO bench_blob VALUES (1, ?)", [blob])

            floor = median_ms(row_write, rounds=ROUNDS)
            median = median_ms(lambda: plans.save_draft(plan), rounds=ROUNDS)
        finally:
            store.close()
    ratio = median / floor if floor else float("inf")
    ok = check(
        "plans.save_draft_median_ms",
        median,
        BUDGET_MS,
        places=2,
        ratio=Ratio("ratio_to_json_row", ratio, BUDGET_RATIO, places=1),
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
