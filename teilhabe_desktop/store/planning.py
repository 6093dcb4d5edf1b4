"""Queries for the anonymous planning report: one fact per goal, the names to filter.

Only what the counting needs leaves the database: a person key (to count persons, not
goals), the person's Sozialraum (home, else the first one the plan uses), the goal's
life domain and dates, whether it is linked to a Regel- or Fachangebot, the marker
"kein passendes Angebot" and its note. Counting and suppression are in ``core``.
"""

from __future__ import annotations

from teilhabe_desktop.core.dates import date_from_iso
from teilhabe_desktop.core.name_filter import name_words
from teilhabe_desktop.core.plan import GoalStatus
from teilhabe_desktop.core.planning_report import GoalFact
from teilhabe_desktop.store.sql import Database

#: A goal with one of these statuses ended on its evaluation date.
FINISHED = frozenset(
    {GoalStatus.ACHIEVED, GoalStatus.PARTLY, GoalStatus.NOT_ACHIEVED, GoalStatus.DISCARDED}
)

_FACTS = """
SELECT g.person_id,
       COALESCE(p.home_sozialraum_id,
                (SELECT s.sozialraum_id FROM plan_sozialraum s
                 WHERE s.person_id = g.person_id ORDER BY s.position LIMIT 1)),
       g.life_domain,
       EXISTS (SELECT 1 FROM plan_offer_link l JOIN offer o ON o.id = l.offer_id
               WHERE l.goal_id = g.id AND o.mainstream = 1),
       EXISTS (SELECT 1 FROM plan_offer_link l JOIN offer o ON o.id = l.offer_id
               WHERE l.goal_id = g.id AND o.mainstream = 0),
       g.no_offer_found, g.missing_offer_note, w.said_on, g.status, g.evaluation_date
FROM plan_goal g
JOIN person p ON p.id = g.person_id
LEFT JOIN plan_wish w ON w.id = g.wish_id
ORDER BY g.person_id, g.position
"""


class PlanningRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def goal_facts(self) -> list[GoalFact]:
        """One fact per goal of every draft plan."""
        facts = []
        for row in self._db.execute(_FACTS):
            person, sozialraum, domain, mainstream, special, no_offer, note = row[:7]
            said_on, status, evaluated = row[7:]
            finished = GoalStatus(status) in FINISHED
            facts.append(
                GoalFact(
                    person_key=person,
                    sozialraum_id=sozialraum,
                    life_domain=domain,
                    linked_mainstream=bool(mainstream),
                    linked_special=bool(special),
                    no_offer_found=bool(no_offer),
                    missing_note=note or "",
                    started_on=date_from_iso(said_on),
                    ended_on=date_from_iso(evaluated) if finished else None,
                )
            )
        return facts

    def person_name_words(self) -> frozenset[str]:
        """The folded words of every first and last name in the database."""
        rows = self._db.execute("SELECT first_name, last_name FROM person")
        return name_words(name for row in rows for name in row)
