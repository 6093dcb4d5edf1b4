"""Autosave budget: save_draft of a normal plan (many rows in nine tables), against the
floor of writing the same plan as one JSON row in one transaction.

Prints ``plans.save_draft_median_ms X (budget 10) ratio_to_json_row R (budget 15) OK``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

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


def _median_ms(action) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
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

            floor = _median_ms(row_write)
            median = _median_ms(lambda: plans.save_draft(plan))
        finally:
            store.close()
    ratio = median / floor if floor else float("inf")
    ok = median <= BUDGET_MS and ratio <= BUDGET_RATIO
    print(
        f"plans.save_draft_median_ms {median:.2f} (budget {BUDGET_MS:g}) "
        f"ratio_to_json_row {ratio:.1f} (budget {BUDGET_RATIO:g}) {'OK' if ok else 'OVER'}"
    )


if __name__ == "__main__":
    main()
