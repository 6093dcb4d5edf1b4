"""Print budget: "Mein Plan" and the "Gesamtplan" of a plan with 10 goals and 30 linked
offers, rendered to PDF bytes, each at most 0.5 s median. What a user feels is this
absolute time; a budget within 20 % of its limit counts as not met.

Beside each figure, for information only, the floor of the same run: a plain reportlab
document with the same page count. Prints e.g.
``reports.person_median_ms 290.1 (budget 500, met below 400) pages 23 plain_ms 92.0 OK``.
"""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from benchmarks.timing import check, median_ms
from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.plan import Goal, OfferLink, Person, Plan, PlanSnapshot, Step, Wish
from teilhabe_desktop.reports.fonts import register_fonts
from teilhabe_desktop.reports.variants import VARIANTS

BUDGET_MS = 500.0
MARGIN = 0.2  # within 20 % of the budget counts as over
ROUNDS = 9


def _snapshot() -> PlanSnapshot:
    person = Person("p1", "Marie", "Schönfeld", file_number="EGH-1", caseworker="Sabine Krüger",
                    caseworker_phone="03641 49-3210")  # fmt: skip
    offers = {
        f"o{i}": Offer(
            f"o{i}",
            f"Angebot Nummer {i} im Stadtteil",
            street=f"Karl-Marx-Allee {i}",
            postcode="07747",
            sozialraum_id="lobeda",
            phone="03641 123456",
            website=f"https://angebot-{i}.example/seite",
            opening_hours="Montag bis Freitag 9 bis 16 Uhr",
            accessibility={"step_free": Availability.YES, "accessible_wc": Availability.YES},
            cost=Cost.FREE,
        )
        for i in range(30)
    }
    plan = Plan("p1", review_date=date(2027, 3, 1))
    plan.wishes = [Wish(f"w{i}", "Ich möchte mit Tieren arbeiten. " * 3) for i in range(5)]
    plan.goals = [
        Goal(f"g{i}", f"w{i % 5}", f"Ziel {i}: ich mache etwas Neues", life_domain=f"d{i % 9 + 1}",
             indicator="Woran wir es merken " * 4, target_date=date(2026, 12, 31))
        for i in range(10)
    ]  # fmt: skip
    plan.offer_links = [OfferLink(f"l{i}", f"g{i % 10}", f"o{i}") for i in range(30)]
    plan.steps = [Step(f"s{i}", "Anrufen und einen Termin machen", goal_id=f"g{i}",
                       due_date=date(2026, 5, 1)) for i in range(10)]  # fmt: skip
    return PlanSnapshot(person, plan, offers, {"lobeda": "Lobeda"})


def _plain(pages: int) -> bytes:
    """A plain reportlab document: full pages of text paragraphs in the same font."""
    regular, _ = register_fonts()
    style = ParagraphStyle("plain", fontName=regular, fontSize=11, leading=15)
    story = []
    for page in range(pages):
        story += [Paragraph(f"Absatz {page}.{i}: " + "Text der Seite " * 8, style)
                  for i in range(20)]  # fmt: skip
        story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story[:-1])
    return out.getvalue()


def main() -> int:
    snapshot = _snapshot()
    results = []
    for variant, build in VARIANTS.items():

        def run(build=build) -> bytes:
            out = io.BytesIO()
            build(snapshot, out, version_label="Version 1", printed_on=date(2026, 3, 2))
            return out.getvalue()

        pages = len(PdfReader(io.BytesIO(run())).pages)
        assert len(PdfReader(io.BytesIO(_plain(pages))).pages) == pages
        ms = median_ms(run, rounds=ROUNDS)
        floor = median_ms(lambda pages=pages: _plain(pages), rounds=ROUNDS)
        ok = check(
            f"reports.{variant}_median_ms",
            ms,
            BUDGET_MS,
            extra=f" pages {pages} plain_ms {floor:.1f}",
            margin=MARGIN,
        )
        results.append(ok)
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
