"""The bundled data is a valid Frictionless Data Package."""
from __future__ import annotations

from app.paths import data_dir


def test_frictionless_validates_the_package():
    from frictionless import Package, validate

    report = validate(Package(str(data_dir() / "datapackage.json")))
    errors = report.flatten(["type", "note", "rowNumber", "fieldName"])
    assert report.valid, errors[:20]
