"""Data-wide rules: both languages everywhere, unique ids, references resolve, sources cited."""
from __future__ import annotations

import pytest

from app.model.schema import TABLES, bundled_schemas


@pytest.mark.parametrize("table", TABLES)
def test_both_languages_present_for_every_text_field(dataset, table):
    frame = dataset.table(table)
    for column in frame.columns:
        if column.endswith("_en") and column[:-3] + "_fi" in frame.columns:
            en, fi = frame[column], frame[column[:-3] + "_fi"]
            only_one = en.notna() != fi.notna()
            assert not only_one.any(), f"{table}.{column}: rows {list(frame.loc[only_one, 'id'])[:10]} lack a language"


@pytest.mark.parametrize("table", TABLES)
def test_ids_unique(dataset, table):
    ids = dataset.table(table)["id"]
    assert ids.is_unique and ids.notna().all()


def test_every_reference_resolves(dataset):
    ids = {t: set(dataset.table(t)["id"]) for t in TABLES}
    for table, schema in bundled_schemas().items():
        for f in schema.fields:
            if f.reference is None:
                continue
            values = dataset.table(table)[f.name].dropna()
            if f.reference.delimiter:
                values = values.str.split(f.reference.delimiter).explode()
            missing = set(values) - ids[f.reference.table]
            assert not missing, f"{table}.{f.name} -> {f.reference.table}: {sorted(missing)[:10]}"


def test_every_source_is_cited(dataset):
    """Every source is cited by some row, except the seed's own list of notes, which is
    its bibliography (the seed does not tie statements to them)."""
    used = set()
    for table in TABLES:
        frame = dataset.table(table)
        if "source_id" in frame:
            used |= set(frame["source_id"].dropna())
    bibliography = set(dataset.sources.loc[dataset.sources["note_number"].notna(), "id"])
    unused = set(dataset.sources["id"]) - used - bibliography
    assert not unused, f"sources nobody cites: {sorted(unused)}"


def test_every_conflict_has_events(dataset):
    assert set(dataset.events["conflict"].dropna().unique()) == {"border-1934-1938", "khasan-1938", "khalkhin-gol-1939"}


def test_disputed_figures_carry_distinct_qualifiers(dataset):
    """Two versions of one quantity must say whose each is, or they look like a duplicate."""
    disputed = dataset.disputed_groups()
    for group, rows in disputed.groupby("compare_group", observed=True):
        described = rows["qualifier_en"].fillna("") + "|" + rows["scope_en"].fillna("") + "|" + rows["source_id"]
        assert described.is_unique, f"{group}: versions are indistinguishable"


def test_codebook_contradiction_list_names_real_groups(dataset):
    """Every comparison group the codebook's contradiction list names exists in the data."""
    import re

    from app.paths import data_dir

    text = (data_dir() / "README.md").read_text(encoding="utf-8")
    section = text.split("## Contradictions in the seed", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"\(`([a-z0-9-]+)`", section)) | set(re.findall(r", `([a-z0-9-]+)`\)", section))
    assert len(named) >= 10
    groups = set(dataset.figures["compare_group"].dropna())
    assert named <= groups, sorted(named - groups)
