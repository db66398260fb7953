"""The table schemas, read from the bundled ``data/datapackage.json``.

The Frictionless descriptor is the single source of truth: the loader validates every
package (bundled or a researcher's own) against the bundled descriptor, so a user's
package cannot loosen the rules by shipping its own schema.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.paths import data_dir

#: Resources in load order: referenced tables come before the tables that refer to them.
TABLES = ("sources", "places", "units", "people", "events", "figures", "control", "moves", "story")
#: Tables a package may go without, and what it then goes without. A package that lacks one
#: gets it empty, with a note, never the bundled table: the bundled tour's references would
#: not resolve against another package's events.
OPTIONAL_TABLES = {"story": "no guided tour"}


@dataclass(frozen=True)
class Reference:
    table: str
    delimiter: str | None = None  # set for list columns such as ``unit_ids``


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string, integer, number, date, boolean
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    reference: Reference | None = None
    description: str = ""


@dataclass(frozen=True)
class TableSchema:
    name: str
    path: str
    fields: tuple[Field, ...]
    primary_key: str = "id"
    _by_name: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        self._by_name.update({f.name: f for f in self.fields})

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return self._by_name[name]


def _field_from_descriptor(desc: dict, table: str) -> Field:
    c = desc.get("constraints", {})
    ref = None
    if "x-reference" in desc:
        r = desc["x-reference"]
        ref = Reference(r["resource"] or table, r.get("delimiter"))
    return Field(
        name=desc["name"],
        type=desc.get("type", "string"),
        required=bool(c.get("required", False)),
        unique=bool(c.get("unique", False)),
        enum=tuple(c["enum"]) if "enum" in c else None,
        pattern=c.get("pattern"),
        minimum=c.get("minimum"),
        maximum=c.get("maximum"),
        reference=ref,
        description=desc.get("description", ""),
    )


def read_descriptor(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def bundled_schemas() -> dict[str, TableSchema]:
    """Schemas of every table, keyed by table name."""
    desc = read_descriptor(data_dir() / "datapackage.json")
    out = {}
    for res in desc["resources"]:
        name = res["name"]
        fields = tuple(_field_from_descriptor(f, name) for f in res["schema"]["fields"])
        out[name] = TableSchema(name=name, path=res["path"], fields=fields)
    missing = [t for t in TABLES if t not in out]
    if missing:  # a broken checkout, not user error
        raise RuntimeError(f"bundled datapackage.json lacks tables: {missing}")
    return out
