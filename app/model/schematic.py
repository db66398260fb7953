"""Geometry of the daily viewer's offline map, derived from the places table. No Qt.

Only Zaozernaya and Bezymyannaya have coordinates from the seed; every other place is
approximate. The shapes built here — the lake outline, the river's course, both border
claims — are SCHEMATIC: drawn around those coordinates to show how the places relate,
not surveyed. The map says so in its legend. The data package has no table for shapes,
so the geometry lives here as code.

Coordinates are metres east (x) and north (y) of the map centre.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from app.languages import LANGUAGES

LAKE, RIVER, ISLANDS, MOUTH = "lake-khasan", "tumen-river", "tumen-sand-islands", "tumen-mouth"
ZAOZERNAYA, BEZYMYANNAYA = "zaozernaya", "bezymyannaya"

RADIUS_M = 6500.0  # places farther than this from the centre are "off the map"
ARROW_M = 1400.0  # length of a move drawn from a compass direction
MARGIN_M = 600.0
CLEARANCE_M = 300.0  # how close an arrow may pass another place's marker

_D = math.sqrt(0.5)
DIRECTIONS = {"N": (0.0, 1.0), "NE": (_D, _D), "E": (1.0, 0.0), "SE": (_D, -_D),
              "S": (0.0, -1.0), "SW": (-_D, -_D), "W": (-1.0, 0.0), "NW": (-_D, _D)}

Point = tuple[float, float]


class Projection:
    """Local equirectangular projection in metres: under 0.1 % error across a 15 km map."""

    M_PER_DEG_LAT = 111_132.0

    def __init__(self, lat0: float, lon0: float):
        self.lat0, self.lon0 = lat0, lon0
        self.m_per_deg_lon = 111_320.0 * math.cos(math.radians(lat0))

    def xy(self, lat: float, lon: float) -> Point:
        return ((lon - self.lon0) * self.m_per_deg_lon, (lat - self.lat0) * self.M_PER_DEG_LAT)

    def latlon(self, x: float, y: float) -> Point:
        return (self.lat0 + y / self.M_PER_DEG_LAT, self.lon0 + x / self.m_per_deg_lon)


@dataclass(frozen=True)
class MapPlace:
    id: str
    kind: str
    names: dict[str, str]  # language → name
    lat: float
    lon: float
    x: float
    y: float
    precision: str  # exact / approximate
    elevation: float | None
    notes: dict[str, str]  # language → note
    source_id: str
    locator: str

    @property
    def exact(self) -> bool:
        return self.precision == "exact"

    @property
    def name_en(self) -> str:
        return self.names.get("en", "")

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en", "")

    def note(self, lang: str) -> str:
        return self.notes.get(lang) or self.notes.get("en", "")


@dataclass(frozen=True)
class MovePath:
    """Where a move's arrow runs. ``start`` is None when the data gives no origin."""

    start: Point | None
    end: Point


@dataclass(frozen=True)
class Schematic:
    projection: Projection | None
    places: dict[str, MapPlace] = field(default_factory=dict)
    extent: tuple[float, float, float, float] = (-1000.0, -1000.0, 1000.0, 1000.0)  # xmin, ymin, xmax, ymax
    lake: tuple[Point, ...] = ()
    lake_ellipse: tuple[float, float, float, float] | None = None  # cx, cy, rx, ry
    river: tuple[Point, ...] = ()
    islands: tuple[tuple[float, float, float, float], ...] = ()
    soviet_claim: tuple[Point, ...] = ()
    japanese_claim: tuple[Point, ...] = ()
    disputed: tuple[Point, ...] = ()
    regions: tuple[tuple[str, float, float], ...] = ()  # (key, x, y): USSR, Manchukuo, Korea

    def point(self, place_id: str) -> Point | None:
        place = self.places.get(place_id)
        return None if place is None else (place.x, place.y)

    def move_path(self, from_direction: str, from_place_id: str, to_place_id: str) -> MovePath | None:
        """The arrow of a move, or None if its objective is not on the map.

        The origin is the ``from_place`` if it is on the map, else a point ARROW_M away in
        ``from_direction``, else unknown (the view marks the objective without an arrow).
        """
        end = self.point(to_place_id)
        if end is None:
            return None
        start = self.point(from_place_id) if from_place_id else None
        if start is None and from_direction in DIRECTIONS:
            start = self._clear_start(end, DIRECTIONS[from_direction], to_place_id)
        if start is None:
            return MovePath(None, end)
        place = self.places[to_place_id]
        if place.kind == "lake" and self.lake_ellipse is not None:
            end = _towards_ellipse(start, self.lake_ellipse)
        else:  # stop short of the marker so the arrowhead stays readable
            end = _towards(end, start, 110.0)
        return MovePath(start, end)


    def _clear_start(self, end: Point, direction: Point, target: str) -> Point:
        """Tail of an arrow from a compass direction, turned up to 35° if it would run over
        another place's marker (schematic: the data gives an 8-point direction only)."""
        others = [(p.x, p.y) for p in self.places.values() if p.id != target and p.kind not in ("lake", "river")]
        best, best_clearance = None, -1.0
        for turn in (0, 20, 35):
            clear = []
            for degrees in {turn, -turn}:
                a = math.radians(degrees)
                dx = direction[0] * math.cos(a) - direction[1] * math.sin(a)
                dy = direction[0] * math.sin(a) + direction[1] * math.cos(a)
                start = (end[0] + dx * ARROW_M, end[1] + dy * ARROW_M)
                clearance = min((_segment_distance(q, start, end) for q in others), default=math.inf)
                if clearance >= CLEARANCE_M:
                    clear.append(start)
                if clearance > best_clearance:
                    best, best_clearance = start, clearance
            if clear:  # of two equal turns, the one whose tail stays nearer the map's middle
                return min(clear, key=lambda p: math.hypot(*p))
        return best


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n2 = dx * dx + dy * dy or 1.0
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / n2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _towards(p: Point, q: Point, distance: float) -> Point:
    """``p`` moved ``distance`` metres towards ``q``."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    n = math.hypot(dx, dy) or 1.0
    return (p[0] + dx / n * distance, p[1] + dy / n * distance)


def _towards_ellipse(start: Point, ellipse: tuple[float, float, float, float]) -> Point:
    """Where the segment from ``start`` to the ellipse's centre meets its outline."""
    cx, cy, rx, ry = ellipse
    dx, dy = start[0] - cx, start[1] - cy
    k = math.hypot(dx / rx, dy / ry)
    if k <= 1.0:  # starts inside the lake: go to the centre
        return (cx, cy)
    return (cx + dx / k, cy + dy / k)


def smooth(points: list[Point], steps: int = 8) -> list[Point]:
    """A Catmull-Rom curve through ``points`` (for the river's course)."""
    if len(points) < 3:
        return list(points)
    pts = [points[0]] + list(points) + [points[-1]]
    out: list[Point] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in (0, 1)))
    out.append(points[-1])
    return out


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _nearest(points: tuple[Point, ...], p: Point) -> Point:
    return min(points, key=lambda q: (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2)


Ellipse = tuple[float, float, float, float]  # cx, cy, rx, ry


def build_schematic(places: pd.DataFrame) -> Schematic:
    """The map of the Khasan battlefield from a places table (any package in the schema).

    Centred between Zaozernaya and Bezymyannaya (or on whatever hill, or the lake, the
    table has). Shapes whose anchor places are missing are simply left out.
    """
    with_xy = places[places["lat"].notna() & places["lon"].notna() & (places["coord_precision"] != "none")]
    if with_xy.empty:
        return Schematic(None)
    by_id = {r["id"]: r for r in with_xy.to_dict("records")}
    proj = _centred_projection(by_id)
    on_map = _places_on_map(by_id, proj)

    def xy_of(pid: str) -> Point | None:
        if pid in on_map:
            return (on_map[pid].x, on_map[pid].y)
        if pid in by_id:  # off the map (the river's mouth): still shapes the river's course
            return proj.xy(float(by_id[pid]["lat"]), float(by_id[pid]["lon"]))
        return None

    zao, bez, tumen = xy_of(ZAOZERNAYA), xy_of(BEZYMYANNAYA), xy_of(RIVER)
    lake, ellipse = _lake_shape(on_map.get(LAKE), zao)
    river, islands = _river_shape(tumen, xy_of(ISLANDS), xy_of(MOUTH))
    soviet, japanese, disputed = _claims(zao, bez, lake, ellipse, river)
    regions = _regions(on_map, zao, bez, tumen, ellipse)
    extent = _extent(on_map, regions, zao, bez, ellipse)
    return Schematic(proj, on_map, extent, lake, ellipse, river, islands, soviet, japanese, disputed, regions)


def _centred_projection(by_id: dict[str, dict]) -> Projection:
    """Centred between the two hills, else on a hill, the lake or the first place."""
    anchors = [by_id[i] for i in (ZAOZERNAYA, BEZYMYANNAYA) if i in by_id]
    if not anchors:
        hills = [r for r in by_id.values() if r["kind"] == "hill"]
        anchors = hills[:1] or ([by_id[LAKE]] if LAKE in by_id else [next(iter(by_id.values()))])
    return Projection(sum(float(r["lat"]) for r in anchors) / len(anchors),
                      sum(float(r["lon"]) for r in anchors) / len(anchors))


def _places_on_map(by_id: dict[str, dict], proj: Projection) -> dict[str, MapPlace]:
    """The places within RADIUS_M of the centre."""
    on_map: dict[str, MapPlace] = {}
    for pid, r in by_id.items():
        x, y = proj.xy(float(r["lat"]), float(r["lon"]))
        if math.hypot(x, y) > RADIUS_M:
            continue
        elevation = r.get("elevation_m")
        on_map[pid] = MapPlace(
            id=pid, kind=_text(r["kind"]), names={lang: _text(r.get(f"name_{lang}")) for lang in LANGUAGES},
            lat=float(r["lat"]), lon=float(r["lon"]), x=x, y=y, precision=_text(r["coord_precision"]),
            elevation=None if elevation is None or pd.isna(elevation) else float(elevation),
            notes={lang: _text(r.get(f"note_{lang}")) for lang in LANGUAGES},
            source_id=_text(r.get("source_id")), locator=_text(r.get("source_locator")))
    return on_map


def _lake_shape(lake_c: MapPlace | None, zao: Point | None) -> tuple[tuple[Point, ...], Ellipse | None]:
    """Lake Khasan, schematic: an ellipse around the lake's (approximate) centre, long
    north-south, whose west shore lies about halfway to Zaozernaya's summit."""
    if lake_c is None:
        return (), None
    cx, cy = lake_c.x, lake_c.y
    rx = min(900.0, max(350.0, 0.5 * abs(cx - zao[0]))) if zao else 600.0
    ry = 1.9 * rx
    lake = tuple((cx + rx * math.cos(a) * (1 + 0.05 * math.sin(3 * a) + 0.03 * math.cos(5 * a)),
                  cy + ry * math.sin(a) * (1 + 0.04 * math.cos(4 * a)))
                 for a in (2 * math.pi * i / 64 for i in range(64)))
    return lake, (cx, cy, rx, ry)


def _river_shape(tumen: Point | None, sand: Point | None, mouth: Point | None
                 ) -> tuple[tuple[Point, ...], tuple[Ellipse, ...]]:
    """The Tumen, schematic: north-south west of the hills through its point and the sand
    islands, then bending south-east towards its mouth (off the map). Also the islands."""
    if tumen is None:
        return (), ()
    islands: tuple[Ellipse, ...] = ()
    knots = [(tumen[0] - 650, tumen[1] + 6000), (tumen[0] - 250, tumen[1] + 2600)]
    if sand is not None:
        knots.append(sand)
        islands = ((sand[0] - 25, sand[1] + 130, 70, 150), (sand[0] + 20, sand[1] - 160, 55, 110))
    knots += [tumen, (tumen[0] + 500, tumen[1] - 1700)]
    knots += [(tumen[0] + 2500, tumen[1] - 4000), mouth if mouth else (tumen[0] + 9000, tumen[1] - 12000)]
    return tuple(smooth(knots)), islands


def _claims(zao: Point | None, bez: Point | None, lake: tuple[Point, ...], ellipse: Ellipse | None,
            river: tuple[Point, ...]) -> tuple[tuple[Point, ...], tuple[Point, ...], tuple[Point, ...]]:
    """The two claims and the strip between them, schematic.

    Soviet: the ridge through the crests of Bezymyannaya and Zaozernaya (1886 Hunchun
    protocol map). Japanese/Manchukuo: the lake's west shore, which puts both hills on
    their side. Both meet north of the hills and, in the south, at the Tumen, where the
    river itself is the border.
    """
    if not (zao and bez and ellipse):
        return (), (), ()
    cx, _, rx, _ = ellipse
    west = sorted((p for p in lake if p[0] < cx - 0.35 * rx), key=lambda p: -p[1])
    north_tip, south_tip = west[0], west[-1]
    north = ((bez[0] + north_tip[0]) / 2, max(bez[1], north_tip[1]) + 1500)
    middle_south = ((zao[0] + south_tip[0]) / 2, min(zao[1], south_tip[1]))
    south = _nearest(river, middle_south) if river else (middle_south[0], middle_south[1] - 1500)
    soviet = (north, bez, zao, south)
    japanese = (north, *west, south)
    return soviet, japanese, soviet + tuple(reversed(japanese[1:-1]))


def _regions(on_map: dict[str, MapPlace], zao: Point | None, bez: Point | None, tumen: Point | None,
             ellipse: Ellipse | None) -> tuple[tuple[str, float, float], ...]:
    """Where the names of the USSR, Manchukuo and Korea go."""
    regions = []
    if zao and ellipse:
        east = max([p.x for p in on_map.values()] + [ellipse[0] + ellipse[2] + 2500])
        regions.append(("USSR", (ellipse[0] + ellipse[2] + east) / 2, ellipse[1] - 0.2 * ellipse[3]))
    if zao and tumen:
        regions.append(("Manchukuo", (zao[0] + tumen[0]) / 2 - 200, (bez or zao)[1] + 900))
        regions.append(("Korea", tumen[0] - 1000, tumen[1] - 900))
    return tuple(regions)


def _extent(on_map: dict[str, MapPlace], regions: tuple[tuple[str, float, float], ...], zao: Point | None,
            bez: Point | None, ellipse: Ellipse | None) -> tuple[float, float, float, float]:
    """The map's bounds (xmin, ymin, xmax, ymax): every place, region name and the lake, plus a margin."""
    xs = [p.x for p in on_map.values()] + [x for _, x, _ in regions]
    ys = [p.y for p in on_map.values()]
    if ellipse:
        xs += [ellipse[0] - ellipse[2], ellipse[0] + ellipse[2]]
        ys += [ellipse[1] - ellipse[3], ellipse[1] + ellipse[3]]
    if zao and bez:  # room for arrows from any direction onto the two hills
        xs += [zao[0] - ARROW_M, zao[0] + ARROW_M]
        ys += [bez[1] + ARROW_M, zao[1] - ARROW_M]
    return (min(xs) - MARGIN_M, min(ys) - MARGIN_M, max(xs) + MARGIN_M, max(ys) + MARGIN_M)
