"""Every fixed text of *Mein Plan*, in Leichter Sprache.

Rules (Netzwerk Leichte Sprache, BMAS-Ratgeber, DIN SPEC 33429): one statement per
sentence, one sentence per line, no passive, no negation where a positive form exists,
no subjunctive, no genitive, no abbreviations, numbers as digits, dates as
"2. Juni 2027". Templates take their values with ``str.format``; a test fills them with
sample values and runs the checker over every text here (:data:`ALL`).
"""

from __future__ import annotations

from teilhabe_desktop.core.plan import GoalStatus

TITLE = "Mein Plan"
INTRO = ("In diesem Plan steht, was ich mir wünsche.", "Hier steht auch, wer mir hilft.")
MADE_WITH = "Ich habe den Plan mit {name} gemacht."
VERSION = "Das ist Version {number} von meinem Plan."
FINALISED_ON = "Wir haben den Plan am {date} fertig gemacht."
DRAFT = ("Der Plan ist noch ein Entwurf.", "Wir können ihn noch ändern.")
PRINTED_ON = "Ich habe den Plan am {date} bekommen."
FOOTER = "Mein Plan – {name}"
PAGE = "Seite {page} von {total}"

WISHES = "Das wünsche ich mir"
SAID_FOR_ME = "Das hat {name} für mich gesagt."

GOALS = "Meine Ziele"
ONE_GOAL = "Ich habe 1 Ziel."
GOAL_COUNT = "Ich habe {count} Ziele."
GOAL_WITHOUT_TITLE = "Mein Ziel"
MY_WISH = "Das habe ich mir gewünscht:"
GOAL_EXPLAINED_BY = "{name} erklärt mir das Ziel."
TARGET_DATE = "Das möchte ich bis {date} schaffen."
INDICATOR = "Daran merke ich es:"
GOAL_OFFERS = "Hier bekomme ich Hilfe:"
DIFFERING_VIEW = ("Jemand sieht das Ziel anders.", "Wir sprechen darüber.")
STATUS: dict[GoalStatus, str] = {
    GoalStatus.IN_PROGRESS: "Daran arbeite ich gerade.",
    GoalStatus.ACHIEVED: "Das habe ich geschafft.",
    GoalStatus.PARTLY: "Einen Teil habe ich geschafft.",
    GoalStatus.NOT_ACHIEVED: "Das war schwer.\nWir suchen zusammen einen neuen Weg.",
}

I_DO = "Das mache ich"
HELPING_ME = "Dabei helfen mir"
STEP_BY = "Bis {date}"
STEP_SOON = "Bald"
STEP_EXPLAINED_BY = "{name} erklärt mir den Schritt."
HELPER = "{name} hilft mir."
HELPER_WITHOUT_NAME = "Ein Mensch hilft mir."
MORE_STEPS = "Noch mehr Schritte"

MAP = "Hier bin ich unterwegs"
MAP_LEAD = "Die Karte zeigt meine Stadtteile."
MAP_SKETCH = "Die Karte ist eine Skizze."
MAP_NUMBERS = "Die Zahlen zeigen, wo ich Hilfe bekomme."

OFFERS = "Hier bekomme ich Hilfe"
OFFERS_LEAD = ("Hier kann ich hingehen.", "Oder ich rufe an.")
ALSO_HELPING = "Hier bekomme ich auch Hilfe:"
ADDRESS = "Adresse"
PLACE = "Stadtteil"
PHONE = "Telefon"
OPEN = "Offen"
COSTS = "Kosten"
INTERNET = "Internet"
STEP_FREE = "Ohne Stufen.\nGut mit Rollstuhl."
NOT_STEP_FREE = "Es gibt Stufen.\nMit Rollstuhl ist es schwer."
ACCESS_UNKNOWN = "Ich frage vorher nach Stufen und Barrieren."
PLAIN_ACCESS: dict[str, str] = {
    "step_free": STEP_FREE,
    "accessible_wc": "Toilette für Menschen im Rollstuhl",
    "easy_language": "Leichte Sprache",
    "sign_language": "Gebärden-Sprache",
    "hearing_loop": "Hör-Anlage für Menschen mit Hör-Gerät",
    "guidance_system": "Leit-System für blinde Menschen",
    "quiet_room": "Ruhiger Raum",
}

STRENGTHS = "Das kann ich gut"
PEOPLE = "Diese Menschen helfen mir"

SERVICES = "Diese Hilfe bekomme ich"
SERVICE_FROM = "Die Hilfe kommt von: {name}"
SERVICE_UNTIL = "Die Hilfe gibt es bis {date}."
PLAN_DIFFERING = ("Manche Menschen sehen meinen Plan anders.", "Das steht im Gesamtplan.")

REVIEW = "Unser nächstes Treffen"
REVIEW_ON = "Am {date}."
REVIEW_LINES = (
    "Dann sprechen wir wieder über meinen Plan.",
    "Was hat gut geklappt?",
    "Was möchte ich ändern?",
)
CONTACT = "Meine Ansprech-Person"
CONTACT_HELPS = "{name} hilft mir bei meinem Plan."
CONTACT_CALL = "Bei Fragen rufe ich an."

CHECKED = "Geprüft von {name} am {date}."

GLOSSARY = "Wörter-Buch"
GLOSSARY_LEAD = ("Manche Wörter sind schwer.", "Hier steht, was sie bedeuten.")

#: Values the test fills into the templates.
SAMPLE = {
    "name": "Lena Sommerfeld",
    "date": "2. Juni 2027",
    "number": 2,
    "count": 3,
    "page": 1,
    "total": 4,
}


def _texts() -> list[str]:
    found: list[str] = []
    for name, value in globals().copy().items():
        if not name.isupper() or name == "SAMPLE":
            continue
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            found += value
        elif isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            found += value.values()
    return found


#: Every fixed text above, with the sample values filled in.
ALL: tuple[str, ...] = tuple(t.format(**SAMPLE) for t in _texts())
