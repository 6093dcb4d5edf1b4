"""The JSON texts SQLite writes for the export say exactly what the offers say."""

import json
from datetime import UTC, date, datetime

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, OfferStatus, Schedule
from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue
from teilhabe_desktop.exchange.json_format import offer_to_dict
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.catalogue_json import iter_offer_json


def test_every_stored_field_comes_back_as_offer_to_dict_writes_it(store):
    repo = CatalogueRepository(store.db)
    load_demo_catalogue(store)
    repo.save(
        Offer(
            id="x-1",
            name='Café „Zwölf" \\ mit Tab\tund Zeile\nzwei',
            description="Ümläute, Emoji 🙂 und </script>",
            organization_id="org-q",
            organization_name="Träger Q",
            category_ids=["beratung", "sport"],
            target_groups=["Senioren", "Jugend"],
            life_domains=["d9", "d2"],
            mainstream=False,
            lat=50.927054321098765,
            lon=11.5862300000000001,
            phone="03641 1",
            schedules=[
                Schedule(1, "09:00", "12:00", "nur „ungerade“ Wochen"),
                Schedule(3, "14:00", "16:00"),
            ],
            accessibility={"step_free": Availability.YES, "quiet_room": Availability.NO},
            cost=Cost.FREE,
            status=OfferStatus.PAUSED,
            last_verified=date(2026, 2, 1),
            needs_review=True,
            updated_at=datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC),
            extra={"hsds": {"service": [{"id": "x", "n": 1.0000000000000002}]}, "csv": {"A": "b"}},
        )
    )
    repo.save(Offer(id="x-2", name="Ohne alles"))
    expected = {o.id: offer_to_dict(o) for o in repo.iter_all()}
    found = {}
    for text in iter_offer_json(store.db):
        data = json.loads(text)
        found[data["id"]] = data
        assert list(data) == list(expected[data["id"]])  # the same key order
    assert found == expected
    assert found["x-1"]["lat"] == 50.927054321098765
