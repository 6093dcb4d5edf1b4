"""Opening hours, costs, organisation names and Leistungen in plain words."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.catalogue import Cost, Schedule
from teilhabe_desktop.core.offer_words import (
    cost_sentence,
    spoken_days,
    spoken_hours,
    spoken_time,
    without_legal_form,
)
from teilhabe_desktop.core.plan import FormalService
from teilhabe_desktop.core.service_words import service_sentence, spoken_hours_amount


def test_two_days_with_the_same_hours_are_said_together():
    schedules = [Schedule(2, "09:00", "11:00"), Schedule(4, "09:00", "11:00")]
    assert spoken_hours(schedules) == ["Dienstag und Donnerstag, 9 bis 11 Uhr"]


def test_a_run_of_days_is_said_from_to():
    schedules = [Schedule(d, "08:30", "14:00") for d in (5, 1, 2, 3, 4)]
    assert spoken_hours(schedules) == ["Montag bis Freitag, 8:30 bis 14 Uhr"]


def test_different_times_are_different_lines_in_weekday_order_with_their_name():
    schedules = [
        Schedule(3, "14:30", "16:30", "Kaffeerunde"),
        Schedule(1, "11:30", "13:00", "Mittagstisch"),
        Schedule(6, "10:00", "13:00"),
    ]
    assert spoken_hours(schedules) == [
        "Mittagstisch: Montag, 11:30 bis 13 Uhr",
        "Kaffeerunde: Mittwoch, 14:30 bis 16:30 Uhr",
        "Samstag, 10 bis 13 Uhr",
    ]


def test_days_with_gaps_are_listed():
    assert spoken_days([1, 3, 5]) == "Montag, Mittwoch und Freitag"
    assert spoken_days([]) == ""
    assert spoken_days([9]) == ""  # not a weekday
    assert spoken_time("7:05") == "7:05" and spoken_time("abends") == "abends"
    assert spoken_hours([]) == []


@pytest.mark.parametrize(
    ("cost", "sentence"),
    [
        (Cost.FREE, "Das ist kostenlos."),
        (Cost.FEE, "Das kostet Geld."),
        (Cost.UNKNOWN, "Ich frage vorher, was es kostet."),
        (Cost.REDUCED, "Das kostet Geld.\nIch kann nach einem kleineren Preis fragen."),
    ],
)
def test_costs_are_one_clear_statement(cost, sentence):
    assert cost_sentence(cost) == sentence


def test_legal_forms_are_left_out_of_names():
    assert without_legal_form("Grüne Arbeit Zwätzen gGmbH") == "Grüne Arbeit Zwätzen"
    assert without_legal_form("Träger Beispiel e. V.") == "Träger Beispiel"
    assert without_legal_form("Lebenshilfe Jena e.V. (Beispiel)") == "Lebenshilfe Jena (Beispiel)"
    assert without_legal_form("AGORA Verein") == "AGORA Verein"  # a word, not a legal form


def test_a_leistung_in_plain_words_from_its_kind_and_scope():
    weekly = FormalService("f", "Assistenzleistung (§ 113)", kind="assistance_simple",
                           hours_per_week=6.0)  # fmt: skip
    assert service_sentence(weekly) == "Eine Assistenz hilft mir 6 Stunden in der Woche."
    monthly = FormalService("f", "x", kind="assistance_qualified", hours_per_month=1.5)
    assert service_sentence(monthly) == (
        "Eine Fach-Kraft übt mit mir 1 Stunde und 30 Minuten im Monat."
    )
    comma = FormalService("f", "x", kind="mobility", hours_per_week=2)
    assert service_sentence(comma) == (
        "Ich bekomme Hilfe, um zu fahren.\nDas sind 2 Stunden in der Woche."
    )
    assert service_sentence(FormalService("f", "Sonstiges")) == "Ich bekomme Hilfe."
    own = FormalService("f", "x", kind="mobility", plain_text="Ich fahre mit dem Fahrdienst.")
    assert service_sentence(own) == "Ich fahre mit dem Fahrdienst."
    assert spoken_hours_amount(1.0) == "1 Stunde"
