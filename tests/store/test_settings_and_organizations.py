"""The database's settings and the catalogue's Träger to choose a Leistung's provider from."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from teilhabe_desktop.store.settings import DEFAULT_AUTHORITY, SettingsRepository


def test_a_new_plan_starts_with_the_authority_of_the_settings(store):
    settings = SettingsRepository(store.db)
    assert settings.get("authority") == DEFAULT_AUTHORITY
    PersonRepository(store.db).save(Person("p1", "Anna", "Beispiel"))
    assert PlanRepository(store.db).draft("p1").authority == DEFAULT_AUTHORITY
    settings.set("authority", "Landkreis Beispiel, Sozialamt")
    PersonRepository(store.db).save(Person("p2", "Ben", "Beispiel"))
    assert PlanRepository(store.db).draft("p2").authority == "Landkreis Beispiel, Sozialamt"
    assert PlanRepository(store.db).draft("p1").authority == DEFAULT_AUTHORITY  # kept
    settings.set("authority", "  ")  # empty: back to the default
    assert settings.get("authority") == DEFAULT_AUTHORITY
    with pytest.raises(KeyError):
        settings.set("unknown", "x")


def test_organizations_are_those_with_an_offer_that_has_not_ended(store):
    catalogue = CatalogueRepository(store.db)
    catalogue.save(Offer("o1", "Treff", organization_name="Lebenshilfe Jena e. V."))
    catalogue.save(Offer("o2", "Kurs", organization_name="AWO Jena"))
    catalogue.save(Offer("o3", "Alt", organization_name="Ehemaliger Verein"))
    catalogue.deactivate("o3")
    names = [name for _id, name in catalogue.organizations()]
    assert names == ["AWO Jena", "Lebenshilfe Jena e. V."]
