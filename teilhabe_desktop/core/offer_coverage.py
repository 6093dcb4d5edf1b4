"""The offer coverage matrix: offers per Sozialraum × life domain, and their shares.

For every Sozialraum and life domain (and over all domains, :data:`ALL`): how many
offers there are (ended ones do not count), how many are Regelangebote and
Fachangebote, and which share is step-free, has an accessible WC, offers Leichte
Sprache or Gebärdensprache, and was not verified for more than 12 months. Shown as a
heat map beside the other Sozialräume, so a gap is visible at a glance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from teilhabe_desktop.core.catalogue_validation import is_stale
from teilhabe_desktop.core.reference import LIFE_DOMAINS

ALL = "all"  # column of all life domains (each offer once)

#: Counted measures with their German labels; the last six are shown as shares.
COVERAGE_MEASURES: dict[str, str] = {
    "offers": "Angebote",
    "mainstream": "Regelangebote",
    "special": "Fachangebote",
    "step_free": "stufenlos",
    "accessible_wc": "barrierefreies WC",
    "easy_language": "Leichte Sprache",
    "sign_language": "Gebärdensprache",
    "stale": "über 12 Monate nicht geprüft",
}
SHARE_MEASURES: tuple[str, ...] = (
    "mainstream",
    "step_free",
    "accessible_wc",
    "easy_language",
    "sign_language",
    "stale",
)
ACCESS_FEATURES = ("step_free", "accessible_wc", "easy_language", "sign_language")


@dataclass(frozen=True)
class OfferFact:
    """What the matrix needs of one catalogue entry."""

    sozialraum_id: str | None
    life_domains: tuple[str, ...]
    mainstream: bool
    features: frozenset[str]  # of ACCESS_FEATURES, where the entry says "ja"
    last_verified: date | None = None
    is_example: bool = False


@dataclass
class Coverage:
    sozialraum_ids: tuple[str, ...]
    counts: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    examples: int = 0  # invented example entries among the counted ones
    without_sozialraum: int = 0  # entries with no Sozialraum (not in the matrix)

    def value(self, sozialraum_id: str, domain: str, measure: str) -> int:
        return self.counts.get((sozialraum_id, domain), {}).get(measure, 0)

    def share(self, sozialraum_id: str, domain: str, measure: str) -> float | None:
        """The share of the offers in the cell; ``None`` where there is no offer."""
        offers = self.value(sozialraum_id, domain, "offers")
        return self.value(sozialraum_id, domain, measure) / offers if offers else None

    def largest(self, measure: str = "offers") -> int:
        """The largest count of ``measure`` in a single domain (the heat map's top)."""
        return max((v.get(measure, 0) for (_s, d), v in self.counts.items() if d != ALL), default=0)


def _measures(fact: OfferFact, today: date) -> list[str]:
    found = ["offers", "mainstream" if fact.mainstream else "special", *sorted(fact.features)]
    if is_stale(fact, today):
        found.append("stale")
    return found


def coverage(offers: Iterable[OfferFact], sozialraum_ids: Sequence[str], today: date) -> Coverage:
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    result = Coverage(tuple(sozialraum_ids))
    for fact in offers:
        if fact.sozialraum_id not in sozialraum_ids:
            result.without_sozialraum += 1
            continue
        result.examples += fact.is_example
        domains = [d for d in dict.fromkeys(fact.life_domains) if d in LIFE_DOMAINS]
        for measure in _measures(fact, today):
            counts[(fact.sozialraum_id, ALL)][measure] += 1
            for domain in domains:
                counts[(fact.sozialraum_id, domain)][measure] += 1
    result.counts = {cell: dict(values) for cell, values in counts.items()}
    return result


def percent(share: float | None) -> str:
    """ "42 %" (German spacing); "–" where there is nothing to share."""
    return "–" if share is None else f"{round(share * 100)} %"
