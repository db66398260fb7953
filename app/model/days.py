"""What happened on one day of the Khasan fighting: pure Python over the Dataset, no Qt.

The daily viewer asks :class:`DayBook` for a :class:`DayRecord` per day and language.
The tables are turned into plain records once per dataset, so a day is assembled by
loops over a few hundred dicts (well under a millisecond) instead of pandas filtering
on every frame of playback.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.languages import LANGUAGES
from app.model.dataset import Dataset
from app.model.dates import format_dates
from app.model.day_records import (  # re-exported: callers import the records from here
    ChartPoint,
    ControlLine,
    CountLine,
    DayRecord,
    EventLine,
    MoveLine,
    NamedLine,
    Ref,
)
from app.model.formats import format_figure

STRIP_END = pd.Timestamp("1938-08-13")
STRIP_START_AT_LATEST = pd.Timestamp("1938-07-01")

CASUALTY_KEYS = ("killed", "wounded", "missing", "captured")
SIDE_OF_PREFIX = {"ussr": "USSR", "japan": "Japan"}

# Chart groups: which per-day figures the small chart plots (sorties, attacks, casualties).
GROUPS = ("air", "attacks", "losses")


def strip_days(ds: Dataset) -> list[pd.Timestamp]:
    """Every day shown by the time strip, read-only (computed once per dataset: the day book, the
    selection rules and the index all ask).

    From the earliest day-dated 1938 event (or the earliest 1938 start of a Khasan range
    event), but no later than 1 July, to 13 August 1938 — or later if the daily
    ``control``/``moves`` rows go on.
    """
    if "strip_days" not in ds._cache:
        ds._cache["strip_days"] = _strip_days(ds)
    return ds._cache["strip_days"]


def _strip_days(ds: Dataset) -> list[pd.Timestamp]:
    ev = ds.events
    in_1938 = ev["date_start"].dt.year == 1938
    day_dated = in_1938 & (ev["date_precision"] == "day")
    khasan_range = in_1938 & (ev["date_precision"] == "range") & (ev["conflict"] == "khasan-1938")
    starts = ev.loc[day_dated | khasan_range, "date_start"].dropna()
    first = min([STRIP_START_AT_LATEST] + ([starts.min()] if len(starts) else []))
    last = STRIP_END
    for table in (ds.control, ds.moves):
        dates = table["date"].dropna()
        dates = dates[dates.dt.year == 1938]
        if len(dates):
            last = max(last, dates.max())
    return list(pd.date_range(first, last, freq="D"))


def holders_on(control: pd.DataFrame, day) -> pd.DataFrame:
    """The control row that applies on ``day`` for each place: its latest row on or before it.

    Rows of the same day are ordered by time (untimed first), so a timed row wins.
    """
    day = pd.Timestamp(day)
    rows = control[control["date"] <= day]
    rows = rows.sort_values(["date", "time"], na_position="first", kind="stable")
    return rows.groupby("place_id", sort=False, observed=True).tail(1).sort_values("place_id", kind="stable")


def moves_on(moves: pd.DataFrame, day) -> pd.DataFrame:
    """The moves of one day in time order (untimed first)."""
    day = pd.Timestamp(day)
    return moves[moves["date"] == day].sort_values("time", na_position="first", kind="stable")


def format_value(value, low=None, high=None, estimate: str = "exact", lang: str = "en") -> str:
    """A number as the source states it: '216', '≤ 40', '≥ 3', '≈ 70', '> 5', '2–3' (app.model.formats)."""
    return format_figure(value, estimate, low, high, lang)


def chart_group(measure: str, category: str, unit: str) -> str | None:
    """Which chart group a per-day count belongs to, or None if the chart leaves it out.

    Strength figures (how many men or guns took part) and shares are not daily activity,
    so they are listed for the day but not charted.
    """
    if measure in ("sorties", "bombs") or category in ("air_strikes", "bombers") or \
            (measure == "deployed" and category == "aircraft"):
        return "air"
    if measure == "incidents" or category in ("attacks", "counterattacks"):
        return "attacks"
    if measure in ("loss", "captured") and unit == "people":
        return "losses"
    return None


def _text(value) -> str:
    return "" if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts with every missing value (NA, NaT, NaN) turned into None."""
    rows = frame.to_dict("records")
    for r in rows:
        for k, v in r.items():
            if v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
                r[k] = None
    return rows


def _local(row: dict, base: str, lang: str) -> str:
    return _text(row.get(f"{base}_{lang}")) or _text(row.get(f"{base}_en"))


@dataclass
class DayBook:
    """Per-day records of one dataset, built on demand and cached per language.

    The days are known at once; the tables are turned into records on first use, so a
    view that is not shown yet costs next to nothing at start-up.
    """

    ds: Dataset
    days: list[pd.Timestamp] = field(init=False)
    _cache: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.days = strip_days(self.ds)
        self._position = {d: i for i, d in enumerate(self.days)}
        self._ready = False

    def _prepare(self) -> None:
        if self._ready:
            return
        self._ready = True
        ds = self.ds
        ev = ds.events
        precise = ev[ev["date_precision"].isin(["day", "range"])].sort_values(
            ["date_start", "time"], na_position="first", kind="stable")
        self._events = _records(precise)
        dates = {lang: format_dates(precise["date_start"], precise["date_end"], precise["date_precision"], lang)
                 for lang in LANGUAGES}
        for i, r in enumerate(self._events):
            r["_end"] = r["date_end"] if r["date_end"] is not None else r["date_start"]
            for lang in LANGUAGES:
                r[f"_date_{lang}"] = dates[lang][i]
        self._control = _records(ds.control.sort_values(["date", "time"], na_position="first", kind="stable"))
        self._moves = _records(ds.moves.sort_values(["date", "time"], na_position="first", kind="stable"))
        fig = ds.figures
        one_day = fig["date_start"].notna() & (fig["date_start"] == fig["date_end"])
        self._figures = _records(fig[one_day])
        self._citations = dict(zip(ds.sources["id"], ds.sources["citation"].astype(object)))
        self._places = {r["id"]: r for r in _records(ds.places)}
        self._units = {r["id"]: r for r in _records(ds.units)}
        self._people = {r["id"]: r for r in _records(ds.people)}

    # ------------------------------------------------------------------ lookups
    def position(self, day) -> int:
        """Index of a day in the strip, -1 if outside."""
        if day is None:
            return -1
        return self._position.get(pd.Timestamp(day).normalize(), -1)

    def event_counts(self) -> np.ndarray:
        """Day-dated events per strip day (the marks on the time strip)."""
        self._prepare()
        counts = np.zeros(len(self.days), dtype=int)
        for r in self._events:
            if r["date_precision"] == "day":
                i = self._position.get(r["date_start"], -1)
                if i >= 0:
                    counts[i] += 1
        return counts

    def _ref(self, table: str, row: dict) -> Ref:
        source_id = _text(row.get("source_id"))
        return Ref(table, _text(row.get("id")), source_id, _text(row.get("source_locator")),
                   _text(self._citations.get(source_id, "")))

    def _name(self, table: dict, row_id: str, lang: str) -> str:
        self._prepare()
        row = table.get(row_id)
        return row_id if row is None else _local(row, "name", lang)

    def place_name(self, place_id: str, lang: str = "en") -> str:
        self._prepare()
        return self._name(self._places, place_id, lang)

    def unit_name(self, unit_id: str, lang: str = "en") -> str:
        self._prepare()
        return self._name(self._units, unit_id, lang)

    # ------------------------------------------------------------------ one day
    def record(self, day, lang: str = "en") -> DayRecord:
        day = pd.Timestamp(day).normalize()
        key = (day, lang)
        if key not in self._cache:
            self._prepare()
            self._cache[key] = self._build(day, lang)
        return self._cache[key]

    def _event_line(self, r: dict, lang: str, ranged: bool) -> EventLine:
        date_text = (r.get(f"_date_{lang}") or r["_date_en"]) if ranged else ""
        return EventLine(
            id=r["id"], time=_text(r["time"]), date_text=date_text, kind=_text(r["kind"]), side=_text(r["side"]),
            place_id=_text(r["place_id"]), title=_local(r, "title", lang), text=_local(r, "text", lang),
            qualifier=_local(r, "qualifier", lang), ref=self._ref("events", r))

    def _build(self, day: pd.Timestamp, lang: str) -> DayRecord:
        own = [r for r in self._events if r["date_precision"] == "day" and r["date_start"] == day]
        ongoing = [r for r in self._events if r["date_precision"] == "range"
                   and r["date_start"] <= day <= r["_end"]]
        moves = [r for r in self._moves if r["date"] == day]
        latest: dict[str, dict] = {}
        for r in self._control:  # sorted by date and time: the last one seen wins
            if r["date"] <= day:
                latest[r["place_id"]] = r
            else:
                break
        control = tuple(ControlLine(
            id=r["id"], place_id=pid, place_name=self.place_name(pid, lang), holder=_text(r["holder"]),
            basis=_text(r["basis"]), row_date=r["date"], carried=r["date"] != day, note=_local(r, "note", lang),
            ref=self._ref("control", r)) for pid, r in sorted(latest.items()))
        move_lines = tuple(MoveLine(
            id=r["id"], time=_text(r["time"]), side=_text(r["side"]), unit_id=_text(r["unit_id"]),
            unit_name=self.unit_name(r["unit_id"], lang) if r["unit_id"] else "",
            from_direction=_text(r["from_direction"]), from_place_id=_text(r["from_place_id"]),
            to_place_id=_text(r["to_place_id"]), kind=_text(r["kind"]), text=_local(r, "text", lang),
            ref=self._ref("moves", r)) for r in moves)
        return DayRecord(
            day=day, index=self.position(day),
            events=tuple(self._event_line(r, lang, False) for r in own),
            ongoing=tuple(self._event_line(r, lang, True) for r in ongoing),
            moves=move_lines, control=control,
            units=self._units_engaged(own, moves, lang), people=self._people_named(own, lang),
            counts=self._counts(day, own, lang))

    def _units_engaged(self, events: list[dict], moves: list[dict], lang: str) -> tuple[NamedLine, ...]:
        refs: dict[str, list[Ref]] = {}
        for table, rows, column in (("events", events, "unit_ids"), ("moves", moves, "unit_id")):
            for r in rows:
                for unit_id in _text(r[column]).split(";"):
                    unit_id = unit_id.strip()
                    if unit_id:
                        refs.setdefault(unit_id, []).append(self._ref(table, r))
        lines = []
        for unit_id, unit_refs in refs.items():
            u = self._units.get(unit_id, {})
            lines.append(NamedLine(unit_id, self.unit_name(unit_id, lang), _text(u.get("side")),
                                   _text(u.get("echelon")), tuple(unit_refs)))
        return tuple(sorted(lines, key=lambda n: (n.side, n.name)))

    def _people_named(self, events: list[dict], lang: str) -> tuple[NamedLine, ...]:
        refs: dict[str, list[Ref]] = {}
        for r in events:
            for person_id in _text(r["person_ids"]).split(";"):
                person_id = person_id.strip()
                if person_id:
                    refs.setdefault(person_id, []).append(self._ref("events", r))
        lines = []
        for person_id, person_refs in refs.items():
            p = self._people.get(person_id, {})
            lines.append(NamedLine(person_id, self._name(self._people, person_id, lang), _text(p.get("side")),
                                   _local(p, "rank", lang) if p else "", tuple(person_refs)))
        return tuple(sorted(lines, key=lambda n: (n.side, n.name)))

    def _counts(self, day: pd.Timestamp, events: list[dict], lang: str) -> tuple[CountLine, ...]:
        lines = []
        for r in events:
            title = _local(r, "title", lang)
            qualifier = _local(r, "qualifier", lang)
            for prefix, side in SIDE_OF_PREFIX.items():
                for key in CASUALTY_KEYS:
                    v = r.get(f"{prefix}_{key}")
                    if v is not None:
                        lines.append(CountLine(side, "loss", key, "people", float(v), format_value(v, lang=lang), title,
                                               qualifier, "losses", self._ref("events", r)))
            if r.get("count") is not None and r["kind"] in ("attack", "counterattack", "air_strike"):
                category = {"attack": "attacks", "counterattack": "counterattacks"}.get(r["kind"], "air_strikes")
                lines.append(CountLine(_text(r["side"]) or "none", "incidents", category, "cases", float(r["count"]),
                                       format_value(r["count"], lang=lang), title, qualifier,
                                       chart_group("incidents", category, "cases"), self._ref("events", r)))
        for r in self._figures:
            if r["date_start"] != day:
                continue
            value = r["value"] if r["value"] is not None else (r["high"] if r["high"] is not None else r["low"])
            lines.append(CountLine(
                _text(r["side"]), _text(r["measure"]), _text(r["category"]), _text(r["unit"]),
                None if value is None else float(value),
                format_value(r["value"], r["low"], r["high"], _text(r["estimate"]), lang),
                _local(r, "scope", lang), _local(r, "qualifier", lang),
                chart_group(_text(r["measure"]), _text(r["category"]), _text(r["unit"])), self._ref("figures", r)))
        return tuple(lines)

    # ------------------------------------------------------------------ the chart
    def chart_points(self, lang: str = "en") -> list[ChartPoint]:
        """Every charted per-day value of the strip, identical statements merged, never summed."""
        merged: dict[tuple, list[CountLine]] = {}
        for i, day in enumerate(self.days):
            for line in self.record(day, lang).counts:
                if line.group is None or line.value is None or line.value <= 0:
                    continue
                merged.setdefault((i, line.group, line.side, line.category, line.value), []).append(line)
        return [ChartPoint(i, self.days[i], group, side, category, value, tuple(lines))
                for (i, group, side, category, value), lines in sorted(merged.items(), key=lambda kv: kv[0][:2])]
