from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, OfferStatus, Schedule
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.catalogue_validation import OfferInvalid
from teilhabe_desktop.store.catalogue import CatalogueRepository


@pytest.fixture
def repo(store):
    repo = CatalogueRepository(store.db)
    repo.save(
        Offer(
            id="a",
            name="Gebärdensprache-Kurs",
            organization_name="Volkshochschule",
            street="Werner-Seelenbinder-Straße 28a",
            postcode="07747",
            place="Neulobeda",
            category_ids=["bildung"],
            life_domains=["d3", "d1"],
            cost=Cost.FEE,
            accessibility={"step_free": Availability.YES, "hearing_loop": Availability.NO},
            schedules=[Schedule(2, "10:00", "12:00", "")],
            last_verified=date(2024, 5, 1),
        )
    )
    repo.save(
        Offer(
            id="b",
            name="Lauftreff",
            description="Gemeinsam laufen",
            place="Winzerla",
            category_ids=["sport"],
            life_domains=["d4"],
            cost=Cost.FREE,
            mainstream=True,
        )
    )
    repo.save(Offer(id="c", name="Beratung Sucht", place="Kunitz", mainstream=False))
    return repo


def ids(rows):
    return [r.id for r in rows]


def test_save_and_get_round_trip(repo):
    offer = repo.get("a")
    assert offer.postcode == "07747"
    assert offer.sozialraum_id == "lobeda" and offer.ortsteil_id == 4  # derived from the place
    assert offer.life_domains == ["d1", "d3"]
    assert offer.access("step_free") is Availability.YES
    assert offer.access("quiet_room") is Availability.UNKNOWN
    assert offer.schedules == [Schedule(2, "10:00", "12:00", "")]
    assert offer.organization_name == "Volkshochschule"
    assert offer.updated_at is not None
    assert repo.get("missing") is None
    assert set(repo.get_many(["a", "b", "zz"])) == {"a", "b"}
    assert repo.total() == 3


@pytest.mark.parametrize(
    "text",
    [
        "Gebärdensprache",
        "Gebaerdensprache",
        "Gebardensprache",
        "gebä",
        "Strasse 28",
        "Seelenbinder",
        "VOLKSHOCHSCHULE",
        "Bildung",
        "07747",
        "Neulobeda",
    ],
)
def test_search_is_prefix_and_umlaut_tolerant(repo, text):
    assert ids(repo.search(OfferQuery(text=text))) == ["a"]


def test_filters_combine(repo):
    assert ids(
        repo.search(OfferQuery(sozialraum_ids=frozenset({"lobeda", "winzerla"}), sort="name"))
    ) == ["a", "b"]
    assert ids(repo.search(OfferQuery(life_domain="d4"))) == ["b"]
    assert ids(repo.search(OfferQuery(category_id="bildung"))) == ["a"]
    assert ids(repo.search(OfferQuery(accessibility=frozenset({"step_free"})))) == ["a"]
    assert ids(repo.search(OfferQuery(accessibility=frozenset({"hearing_loop"})))) == []
    assert ids(repo.search(OfferQuery(costs=frozenset({Cost.FREE, Cost.FEE})))) == ["a", "b"]
    assert ids(repo.search(OfferQuery(mainstream=False))) == ["c"]
    assert repo.count(OfferQuery(mainstream=True)) == 2
    assert repo.count(OfferQuery(), cap=1) == 1


def test_inactive_hidden_unless_asked(repo):
    repo.deactivate("b")
    assert repo.get("b").status is OfferStatus.ENDED
    assert "b" not in ids(repo.search(OfferQuery(text="Lauf")))
    assert ids(repo.search(OfferQuery(text="Lauf", include_inactive=True))) == ["b"]


def test_mark_for_review(repo):
    repo.mark_for_review("c", "Telefon fehlt")
    assert ids(repo.search(OfferQuery(needs_review_only=True))) == ["c"]
    assert repo.get("c").review_note == "Telefon fehlt"


def test_invalid_offer_is_not_saved(repo):
    with pytest.raises(OfferInvalid) as info:
        repo.save(Offer(id="d", name="X", postcode="123", category_ids=["erfunden"]))
    assert {e.field for e in info.value.errors} == {"postcode", "category_ids"}
    assert repo.get("d") is None


def test_update_replaces_index_entry(repo):
    offer = repo.get("b")
    offer.name = "Schwimmgruppe"
    repo.save(offer)
    assert ids(repo.search(OfferQuery(text="Lauftreff"))) == []
    assert ids(repo.search(OfferQuery(text="Schwimm"))) == ["b"]


def test_pages_fit_together(store):
    repo = CatalogueRepository(store.db)
    repo.save_many(
        [Offer(id=f"o{i}", name=f"Treff {i}", description="treff " * (i % 7)) for i in range(250)]
    )
    query = OfferQuery(text="treff")
    pages = [r.id for off in (0, 100, 200) for r in repo.search(query, limit=100, offset=off)]
    assert len(pages) == len(set(pages)) == 250
    assert repo.count(query) == 250


def test_sort_keys_work(repo):
    for key in (
        "relevance",
        "name",
        "organization",
        "sozialraum",
        "category",
        "last_verified",
        "cost",
    ):
        for descending in (False, True):
            rows = repo.search(OfferQuery(sort=key, descending=descending))
            assert sorted(ids(rows)) == ["a", "b", "c"]
    assert ids(repo.search(OfferQuery(sort="name"))) == ["c", "a", "b"]
    assert ids(repo.search(OfferQuery(sort="name", descending=True))) == ["b", "a", "c"]
    assert ids(repo.search(OfferQuery(sort="cost"))) == ["b", "a", "c"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_search_text_never_raises(repo, text):
    repo.search(OfferQuery(text=text))
    repo.count(OfferQuery(text=text, sozialraum_ids=frozenset({"ost"})))


def test_hostile_search_strings(repo):
    for text in [
        '"',
        '""',
        "*",
        "-",
        "NEAR",
        "NEAR(",
        "a OR",
        ".",
        "😀",
        "x" * 10_000,
        "AND OR NOT",
        "^",
        "col:name",
        "'; DROP TABLE offer; --",
    ]:
        repo.search(OfferQuery(text=text))
    assert repo.total() == 3
