"""The bundled data is a valid Frictionless Data Package."""
from __future__ import annotations

from app.paths import data_dir


def test_frictionless_validates_the_package():
    from frictionless import validate

    report = validate(str(data_dir() / "datapackage.json"))
    errors = report.flatten(["type", "note", "rowNumber", "fieldName"])
    assert report.valid, errors[:20]
    assert report.stats["tasks"] == 9  # every table was checked, the tour too


def test_codebook_is_up_to_date():
    """data/README.md documents every column exactly as datapackage.json defines it."""
    from app.model.codebook import updated_readme

    text = (data_dir() / "README.md").read_text(encoding="utf-8")
    assert updated_readme(text) == text, "run: python -m app.model.codebook"
