from datetime import date

from teilhabe_desktop.core.file_names import printout_file_name


def test_a_version_is_named_by_person_number_and_day():
    name = printout_file_name("person", "Sommerfeld", "Mira", 2, date(2026, 3, 1))
    assert name == "Mein-Plan_Sommerfeld_Mira_V2_2026-03-01.pdf"


def test_the_draft_says_so():
    name = printout_file_name("formal", "Köhler", "Gerda", None, date(2026, 12, 2))
    assert name == "Gesamtplan_Köhler_Gerda_Entwurf_2026-12-02.pdf"


def test_characters_no_file_system_accepts_are_left_out():
    name = printout_file_name("person", "Müller/Lüdenscheid: ", "Anna Lena", 1, date(2026, 1, 5))
    assert name == "Mein-Plan_Müller-Lüdenscheid_Anna-Lena_V1_2026-01-05.pdf"
    assert "/" not in name and ":" not in name
