"""Importing the city's boundary files: matched by code or name, every district once, valid.

The city's own files lie in ``../shared/reference/jena`` and are never committed; a
synthetic file in ``tests/data/places`` covers the same code paths on a fresh clone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from shapely.geometry import mapping

from teilhabe_desktop.core.boundaries import BoundaryIndex
from teilhabe_desktop.core.geometry import to_metres
from teilhabe_desktop.exchange.boundaries_geojson import BoundaryFileError, read_boundaries
from teilhabe_desktop.exchange.catalogue_import import ImportFileError
from tests.conftest import REPO_ROOT, TEST_DATA

SYNTHETIC_DISTRICTS = TEST_DATA / "places" / "bezirke-synthetisch.geojson"
SYNTHETIC_ORTSTEILE = TEST_DATA / "places" / "ortsteile-synthetisch.geojson"
CITY = REPO_ROOT.parent / "shared" / "reference" / "jena"


def city_file(name: str) -> Path:
    path = CITY / name
    if not path.exists():
        pytest.skip(f"the city's boundary file {path} is not beside the checkout")
    return path


@pytest.fixture
def reference(store):
    return store.reference


@pytest.fixture
def read(reference):
    known = {
        "district": {d.code: d.name for d in reference.districts()},
        "ortsteil": {o.id: o.name for o in reference.ortsteile()},
    }
    return lambda path: read_boundaries(path, reference.place_resolver(), known)


def assert_each_district_in_its_own_sozialraum(found, reference):
    index = BoundaryIndex(found.shapes)
    districts = {d.code: d for d in reference.districts()}
    points = index.representative_points()
    assert set(points) == set(districts)
    for code, (lat, lon) in points.items():
        inside = index.district_at(lat, lon)
        assert inside == code
        assert districts[inside].sozialraum_id == districts[code].sozialraum_id


@pytest.mark.parametrize("source", ["synthetic", "city"])
def test_every_districts_point_resolves_to_its_own_sozialraum(read, reference, source):
    path = (
        SYNTHETIC_DISTRICTS if source == "synthetic" else city_file("statistische_bezirke.geojson")
    )
    found = read(path)
    assert found.level == "district" and len(found.shapes) == 41
    assert_each_district_in_its_own_sozialraum(found, reference)


def test_the_synthetic_file_matches_by_code_and_by_name(read):
    found = read(SYNTHETIC_DISTRICTS)
    # every other feature carries "statbez_nr"; the rest only a name and a feature id
    assert found.matched_by_name == 21
    assert "41 statistische Bezirke erkannt, davon 21 über den Namen" in found.summary()


def test_a_feature_with_only_the_utm_column_is_read_in_wgs84(read):
    found = read(SYNTHETIC_DISTRICTS)
    without = [f for f in synthetic_features() if f["geometry"] is None]
    assert [f["properties"]["statbez_name"] for f in without] == ["Jena-Zentrum"]
    # the sixth square of the grid, back from EPSG:25832 to within a few centimetres
    assert found.shapes[41].bounds == pytest.approx((11.60, 50.85, 11.628, 50.873), abs=1e-6)


def test_the_citys_reference_centroids_lie_in_their_districts(read, store):
    found = read(city_file("statistische_bezirke.geojson"))
    index = BoundaryIndex(found.shapes)
    for code, lat, lon in store.db.execute("SELECT code, lat, lon FROM district"):
        assert index.district_at(lat, lon) == code


@pytest.mark.parametrize("source", ["synthetic", "city"])
def test_ortsteile(read, source):
    path = SYNTHETIC_ORTSTEILE if source == "synthetic" else city_file("ortsteile.geojson")
    found = read(path)
    assert found.level == "ortsteil" and len(found.shapes) == 30


def write_features(tmp_path: Path, features: list[dict], crs: str = "EPSG::4326") -> Path:
    path = tmp_path / "grenzen.geojson"
    crs_block = {"type": "name", "properties": {"name": f"urn:ogc:def:crs:{crs}"}}
    data = {"type": "FeatureCollection", "crs": crs_block, "features": features}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def synthetic_features() -> list[dict]:
    return json.loads(SYNTHETIC_DISTRICTS.read_text(encoding="utf-8"))["features"]


def test_a_missing_district_refuses_the_file(read, tmp_path):
    features = [f for f in synthetic_features() if f["properties"]["statbez_name"] != "Lobeda-Ost"]
    with pytest.raises(BoundaryFileError, match="Es fehlen 1 statistische Bezirke: 63 Lobeda-Ost"):
        read(write_features(tmp_path, features))


def test_a_district_twice_refuses_the_file(read, tmp_path):
    features = synthetic_features()
    with pytest.raises(BoundaryFileError, match="doppelt"):
        read(write_features(tmp_path, [*features, features[0]]))


def test_an_invalid_polygon_is_named(read, tmp_path):
    features = synthetic_features()
    # a bow tie: the ring crosses itself
    features[2]["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[11.5, 50.9], [11.6, 50.95], [11.6, 50.9], [11.5, 50.95], [11.5, 50.9]]],
    }
    with pytest.raises(BoundaryFileError) as caught:
        read(write_features(tmp_path, features))
    assert "ungültig" in caught.value.message
    assert "Fläche 3 (21 Burgau Ort)" in caught.value.message


def test_an_unknown_name_and_a_point_are_named(read, tmp_path):
    features = synthetic_features()
    features[0]["properties"] = {"statbez_name": "Atlantis"}
    features[4]["geometry"] = {"type": "Point", "coordinates": [11.6, 50.9]}
    with pytest.raises(BoundaryFileError) as caught:
        read(write_features(tmp_path, features))
    problems = caught.value.problems
    assert any("„Atlantis“ ist kein bekannter Name" in p for p in problems)
    assert any("„Point“ ist keine Fläche" in p for p in problems)


def test_metres_labelled_as_degrees_are_not_in_jena(read, tmp_path):
    features = synthetic_features()
    for feature in features:
        if feature["geometry"]:
            shape = to_metres(shapely.geometry.shape(feature["geometry"]))
            feature["geometry"] = mapping(shape)
    with pytest.raises(BoundaryFileError, match="nicht in Jena"):
        read(write_features(tmp_path, features))


def test_a_whole_file_in_epsg_25832_is_converted(read, tmp_path):
    features = synthetic_features()
    for feature in features:
        if feature["geometry"]:
            feature["geometry"] = mapping(to_metres(shapely.geometry.shape(feature["geometry"])))
    found = read(write_features(tmp_path, features, "EPSG::25832"))
    assert len(found.shapes) == 41
    assert all(11.4 < g.centroid.x < 11.8 for g in found.shapes.values())


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{ kein json", "kein gültiges GeoJSON"),
        ('{"type": "FeatureCollection", "features": []}', "keine GeoJSON-FeatureCollection"),
        ("[1, 2]", "keine GeoJSON-FeatureCollection"),
        ("", "leer"),
    ],
)
def test_unusable_files(read, tmp_path, content, says):
    path = tmp_path / "x.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=says):
        read(path)
