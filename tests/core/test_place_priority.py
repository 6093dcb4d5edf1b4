"""The place resolver ranks every kind of place name (a kind without a rank would make
every search for a name of that kind fail)."""

from teilhabe_desktop.core.places import PlaceResolver
from teilhabe_desktop.core.reference import PlaceKind, PlaceName


def test_every_kind_of_place_name_is_found_and_the_district_wins():
    names = [
        PlaceName(
            "Lobeda", kind, "lobeda", district_code=61 if kind is PlaceKind.DISTRICT else None
        )
        for kind in PlaceKind
    ]
    resolver = PlaceResolver(names)
    assert [p.kind for p in resolver.resolve("Lobeda")] == [PlaceKind.DISTRICT]
    for kind in PlaceKind:  # alone, each kind is found
        assert PlaceResolver([n for n in names if n.kind is kind]).resolve("lobeda")
