"""The one order of persons: last name, then first name, folded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from teilhabe_desktop.core.person_query import person_sort_key
from teilhabe_desktop.core.places import fold

names = st.text(alphabet=st.characters(categories=["L", "Zs"], max_codepoint=0x2FF), max_size=8)


def test_last_name_decides_before_first_name():
    assert person_sort_key("Zoë", "Berg") < person_sort_key("Anna", "Bergmann")
    assert person_sort_key("Ömer", "Adler") < person_sort_key("Zoë", "Adler")
    assert person_sort_key("Jan", "de Vries") < person_sort_key("Anna", "von Berg")


@given(names, names, names, names)
def test_the_string_key_orders_like_the_pair_of_folded_names(f1, l1, f2, l2):
    pair_order = (fold(l1), fold(f1)) < (fold(l2), fold(f2))
    assert (person_sort_key(f1, l1) < person_sort_key(f2, l2)) == pair_order
