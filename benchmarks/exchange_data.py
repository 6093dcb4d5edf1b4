"""A realistic catalogue for the exchange benchmarks and tests, written as the app's CSV.

German offer and provider names, Jena street addresses, descriptions of 200–800
characters, two categories and life domains each, and — as in the city's real lists —
only some entries with a phone number (about 25 per 100) or structured opening hours
(about 15 rows per 100). Deterministic for a given seed: the same file every run.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from teilhabe_desktop.exchange.csv_columns import CSV_COLUMNS

_TOPICS = (  # noqa: SIM905
    "Beratung Treffpunkt Sport Kurs Gebärdensprache Selbsthilfe Nachbarschaft Café Bibliothek "
    "Werkstatt Lesen Schwimmen Tanz Musik Garten Kochen Computer Senioren Jugend Familie Wohnen "
    "Arbeit Begegnung Chor Theater Malen Wandern Radfahren Yoga Schach Sucht Trauer Eltern Kinder "
    "Frauen Männer Migration Sprache Deutsch Nähen Töpfern Fotografie Film Kino Spiele Fußball "
    "Tischtennis Boccia Rollstuhl Demenz Pflege Angehörige Schulden Bewerbung Ehrenamt "
    "Besuchsdienst Fahrdienst Mittagstisch"
).split()
_KINDS = ("Gruppe", "Treff", "Kurs", "Beratung", "Verein", "Werkstatt", "Café", "Stammtisch")
_PROVIDERS = (
    "Diakonie",
    "Caritas",
    "AWO",
    "DRK Kreisverband",
    "Lebenshilfe",
    "Volkshochschule",
    "Stadtteilbüro",
    "Sportverein",
    "Paritätischer",
    "Kirchgemeinde",
)
_SYLLABLES = "ber lin ka mo ta ro sel wen hau feld berg bach dorf stein wald au lo be da".split()  # noqa: SIM905
_STREETS = (
    "Karl-Marx-Allee",
    "Werner-Seelenbinder-Straße",
    "Anna-Siemsen-Straße",
    "Dammstraße",
    "Leipziger Straße",
    "Camburger Straße",
    "Grietgasse",
    "Lutherplatz",
    "Erlanger Allee",
    "Schenkstraße",
    "Löbdergraben",
    "Johannisstraße",
    "Kahlaische Straße",
    "Am Anger",
    "Ziegesarstraße",
)
PLACES = (
    "Neulobeda",
    "Winzerla",
    "Jena-Nord",
    "Wenigenjena",
    "Jena-Zentrum",
    "Jena-West",
    "Zwätzen",
    "Lobeda-Altstadt",
    "Burgau",
    "Kunitz",
    "Jena-Süd",
    "Ziegenhain",
)
CATEGORIES = (
    "Beratung",
    "Selbsthilfe",
    "Sport und Bewegung",
    "Bildung und Kurse",
    "Kultur und Freizeit",
    "Begegnung und Treffpunkt",
    "Ehrenamt und Engagement",
)
_SENTENCE_WORDS = (  # noqa: SIM905
    "Wir treffen uns regelmäßig in gemütlicher Runde und freuen uns über neue Gesichter. "
    "Das Angebot richtet sich an alle Menschen im Stadtteil, mit und ohne Behinderung. "
    "Eine Anmeldung ist nicht nötig, bitte bringen Sie bequeme Kleidung mit. "
    "Die Räume sind mit dem Bus gut zu erreichen und haben einen Aufzug. "
    "Begleitpersonen sind herzlich willkommen, die Teilnahme ist freiwillig. "
    "Gemeinsam planen wir Ausflüge, kochen zusammen und tauschen uns über den Alltag aus. "
    "Fachkräfte beraten vertraulich und kostenlos zu Fragen rund um Wohnen und Arbeit. "
    "Bei Bedarf helfen wir beim Ausfüllen von Anträgen und begleiten zu Ämtern. "
).split()
_DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa")
#: Share of entries with a phone number and with structured opening hours.
PHONE_SHARE = 0.25
SCHEDULE_SHARE = 0.08


def _name_word(rnd: random.Random) -> str:
    return "".join(rnd.choices(_SYLLABLES, k=rnd.randint(2, 4))).capitalize()


def _description(rnd: random.Random) -> str:
    """200–800 characters of German sentences, with a few varied words."""
    target = rnd.randint(200, 800)
    words: list[str] = []
    length = 0
    while length < target:
        word = rnd.choice(_TOPICS) if rnd.random() < 0.15 else rnd.choice(_SENTENCE_WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:target].rstrip()


def _schedules(rnd: random.Random) -> str:
    days = sorted(rnd.sample(range(len(_DAYS)), rnd.randint(1, 3)))
    parts = []
    for day in days:
        opens = rnd.randint(8, 16)
        parts.append(f"{_DAYS[day]} {opens:02d}:00-{opens + rnd.randint(1, 4):02d}:00")
    return "; ".join(parts)


def entry(rnd: random.Random, number: int) -> dict[str, str]:
    """One catalogue entry as CSV cells (attribute -> text)."""
    provider = f"{rnd.choice(_PROVIDERS)} {_name_word(rnd)}"
    return {
        "id": f"gen-{number}",
        "name": f"{rnd.choice(_TOPICS)}-{rnd.choice(_KINDS)} {_name_word(rnd)}",
        "description": _description(rnd),
        "organization_id": f"org-{number % 997}",
        "organization_name": f"{provider} e. V.",
        "category_ids": "; ".join(rnd.sample(CATEGORIES, 2)),
        "life_domains": "; ".join(sorted(rnd.sample([f"d{k}" for k in range(1, 10)], 2))),
        "street": f"{rnd.choice(_STREETS)} {rnd.randint(1, 120)}",
        "postcode": f"077{rnd.randint(43, 49)}",
        "city": "Jena",
        "place": rnd.choice(PLACES),
        "phone": f"03641 {rnd.randint(100000, 999999)}" if rnd.random() < PHONE_SHARE else "",
        "email": f"kontakt{number}@example.org" if rnd.random() < 0.3 else "",
        "schedules": _schedules(rnd) if rnd.random() < SCHEDULE_SHARE else "",
        "cost": rnd.choice(["kostenlos", "ermäßigt möglich", "Beitrag", "unbekannt"]),
        "acc_step_free": rnd.choice(["ja", "nein", "unbekannt"]),
        "last_verified": f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2025",
    }


def write_catalogue_csv(path: Path, count: int, seed: int = 16) -> None:
    """``count`` entries in the app's own CSV layout (UTF-8 with BOM, ";")."""
    rnd = random.Random(seed)
    columns = [attr for attr in CSV_COLUMNS if attr in entry(random.Random(0), 0)]
    names: dict[str, str] = {}  # provider id -> its one name (997 providers)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([CSV_COLUMNS[attr] for attr in columns])
        for number in range(count):
            cells = entry(rnd, number)
            cells["organization_name"] = names.setdefault(
                cells["organization_id"], cells["organization_name"]
            )
            writer.writerow([cells[attr] for attr in columns])
