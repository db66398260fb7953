"""Spot checks against the seed document: each asserts a value and its source through
load_dataset(). Line numbers refer to shared/seed/000_359c2c13a9a076cd.txt."""
from __future__ import annotations

import pandas as pd
import pytest


def figures(ds, **where) -> pd.DataFrame:
    fig = ds.figures
    mask = pd.Series(True, index=fig.index)
    for column, value in where.items():
        mask &= fig[column].astype("string") == value
    return fig[mask]


def assert_figure(ds, value, source="seed", **where):
    rows = figures(ds, **where)
    hits = rows[(rows["value"] == value) | (rows["high"] == value) | (rows["low"] == value)]
    assert not hits.empty, f"no figure {where} = {value}; have {rows[['value', 'low', 'high', 'source_id']].to_dict('records')}"
    assert source in set(hits["source_id"]), f"{where} = {value} not sourced to {source}: {set(hits['source_id'])}"
    return hits


# --------------------------------------------------------------- forces (lines 189, 93)
@pytest.mark.parametrize("category,value", [
    ("personnel", 15000), ("guns", 237), ("field_guns", 179), ("at_guns", 58), ("tanks", 285),
    ("aircraft", 250), ("machine_guns", 1014), ("heavy_machine_guns", 341), ("light_machine_guns", 673),
    ("trucks", 200), ("fuel_trucks", 39), ("tractors", 60), ("border_boats", 2),
])
def test_soviet_forces_engaged_at_the_lake(dataset, category, value):
    assert_figure(dataset, value, conflict="khasan-1938", side="USSR", measure="strength", category=category)


@pytest.mark.parametrize("category,value", [("personnel", 32000), ("guns", 609), ("tanks", 345)])
def test_39th_rifle_corps_totals(dataset, category, value):
    hits = assert_figure(dataset, value, conflict="khasan-1938", side="USSR", measure="strength", category=category)
    assert hits["scope_en"].str.contains("39th", regex=False).any()


def test_soviet_air_group_1298_aircraft_256_sb(dataset):
    assert_figure(dataset, 1298, conflict="khasan-1938", side="USSR", category="aircraft")
    assert_figure(dataset, 256, conflict="khasan-1938", side="USSR", category="bombers")


# --------------------------------------------------------------- Japanese forces (197-201)
def test_japanese_strength_versions_kept_apart(dataset):
    rows = figures(dataset, conflict="khasan-1938", side="Japan", measure="strength", category="personnel")
    values = set(rows["value"].dropna()) | set(rows["low"].dropna()) | set(rows["high"].dropna())
    assert {20000, 10000, 7000, 7300} <= values
    assert len(rows) >= 4


def test_coox_figures_cite_coox(dataset):
    hits = assert_figure(dataset, 10000, source="coox-1977", conflict="khasan-1938", side="Japan", category="personnel")
    assert hits["qualifier_en"].str.contains("Coox").any()
    ranged = figures(dataset, source_id="coox-1977", category="personnel")
    assert ((ranged["low"] == 7000) & (ranged["high"] == 7300)).any()


@pytest.mark.parametrize("category,value", [
    ("aircraft", 70), ("armoured_trains", 3), ("warships", 15), ("cruisers", 1), ("destroyers", 14), ("boats", 15),
])
def test_japanese_equipment(dataset, category, value):
    assert_figure(dataset, value, conflict="khasan-1938", side="Japan", category=category)


def test_japanese_aa_guns_18_to_20(dataset):
    rows = figures(dataset, conflict="khasan-1938", side="Japan", category="aa_guns")
    assert ((rows["high"] == 20) | (rows["value"] == 20)).any()


# --------------------------------------------------------------- losses (lines 115, 262-264)
@pytest.mark.parametrize("category,value", [
    ("killed", 759), ("died_in_hospital", 100), ("missing", 95), ("non_combat_deaths", 6),
    ("killed_and_missing", 960), ("wounded", 2752), ("sick", 527),
])
def test_soviet_losses(dataset, category, value):
    assert_figure(dataset, value, conflict="khasan-1938", side="USSR", measure="loss", category=category)


def test_japanese_killed_650_and_526_are_separate_rows_with_qualifiers(dataset):
    a = assert_figure(dataset, 650, conflict="khasan-1938", side="Japan", measure="loss", category="killed")
    b = assert_figure(dataset, 526, conflict="khasan-1938", side="Japan", measure="loss", category="killed")
    assert set(a["id"]).isdisjoint(set(b["id"]))
    assert a["qualifier_en"].notna().all() and b["qualifier_en"].notna().all()
    assert set(a["compare_group"]) & set(b["compare_group"]), "the two versions must be compared, not merged"
    assert b["qualifier_en"].str.contains("Japanese").any()


def test_japanese_wounded_2500_and_914(dataset):
    assert_figure(dataset, 2500, conflict="khasan-1938", side="Japan", measure="loss", category="wounded")
    assert_figure(dataset, 914, conflict="khasan-1938", side="Japan", measure="loss", category="wounded")


def test_secret_memo_at_least_one_and_a_half_times(dataset):
    rows = dataset.figures[dataset.figures["source_id"] == "usov"]
    assert ((rows["value"] == 1.5) | (rows["low"] == 1.5)).any()


# --------------------------------------------------------------- air war (lines 103, 248-252)
def test_sorties_1003_vs_1028_both_kept(dataset):
    rows = figures(dataset, conflict="khasan-1938", side="USSR", measure="sorties", category="sorties_all")
    assert {1003, 1028} <= set(rows["value"].dropna())


@pytest.mark.parametrize("category,value", [
    ("sorties_sb", 346), ("sorties_i15", 534), ("sorties_sss", 53), ("sorties_tb3", 41),
    ("sorties_r_zet", 29), ("sorties_i16", 25),
])
def test_sorties_by_aircraft_type(dataset, category, value):
    assert_figure(dataset, value, conflict="khasan-1938", side="USSR", measure="sorties", category=category)


def test_sorties_by_type_add_up_to_1028(dataset):
    rows = dataset.figures[dataset.figures["category"].astype(str).str.match(r"sorties_(?!all)")]
    assert rows["value"].sum() == 1028


def test_aircraft_lost_2_vs_4_and_29_damaged(dataset):
    lost = figures(dataset, conflict="khasan-1938", side="USSR", category="aircraft_lost")
    assert {2, 4} <= set(lost["value"].dropna())
    assert_figure(dataset, 29, conflict="khasan-1938", side="USSR", category="aircraft_damaged")


def test_bombs(dataset):
    assert_figure(dataset, 3651, conflict="khasan-1938", side="USSR", measure="bombs", category="bombs_all")
    assert_figure(dataset, 6, conflict="khasan-1938", side="USSR", measure="bombs", category="bombs_1000kg")


def test_216_aircraft_on_6_august(dataset):
    hits = assert_figure(dataset, 216, conflict="khasan-1938", side="USSR")
    assert (hits["date_start"] == pd.Timestamp("1938-08-06")).any()


# --------------------------------------------------------------- awards (lines 272-276)
@pytest.mark.parametrize("category,value", [
    ("decorated_total", 6532), ("hero_of_soviet_union", 26), ("order_of_lenin", 95),
    ("order_of_red_banner", 1985), ("order_of_red_star", 1935), ("medal_for_courage", 1336),
    ("medal_for_military_merit", 1154), ("wives_and_sisters_decorated", 47),
])
def test_awards(dataset, category, value):
    assert_figure(dataset, value, conflict="khasan-1938", side="USSR", measure="awards", category=category)


def test_646_promoted(dataset):
    assert_figure(dataset, 646, conflict="khasan-1938", side="USSR", category="promoted")


def test_artillery_share_23_37_53(dataset):
    rows = dataset.figures[dataset.figures["category"] == "artillery_share_of_losses"]
    assert {23, 37, 53} <= set(rows["value"].dropna())
    assert (rows.loc[rows["value"] == 53, "conflict"] == "khalkhin-gol-1939").all()


# --------------------------------------------------------------- Khalkhin Gol (line 11)
def test_khalkhin_gol_losses(dataset):
    assert_figure(dataset, 61000, conflict="khalkhin-gol-1939", side="Japan")
    assert_figure(dataset, 660, conflict="khalkhin-gol-1939", side="Japan")
    assert_figure(dataset, 9000, conflict="khalkhin-gol-1939", side="USSR+MPR")


# --------------------------------------------------------------- dated incidents (119-153)
def events_on(ds, start, precision=None):
    ev = ds.events[ds.events["date_start"] == pd.Timestamp(start)]
    if precision:
        ev = ev[ev["date_precision"] == precision]
    return ev


@pytest.mark.parametrize("start,count", [("1934-07-01", 6), ("1934-08-01", 20), ("1934-09-01", 47)])
def test_1934_provocations_are_aggregate_rows(dataset, start, count):
    ev = events_on(dataset, start, "month")
    assert (ev["count"] == count).any(), ev[["id", "count"]]
    assert (ev.loc[ev["count"] == count, "source_id"] == "seed").all()


@pytest.mark.parametrize("start,column,value", [
    ("1934-02-01", "japan_killed", 1), ("1934-02-01", "japan_wounded", 4),
    ("1934-03-22", "japan_killed", 2),
    ("1936-01-30", "japan_killed", 31), ("1936-01-30", "japan_wounded", 23), ("1936-01-30", "ussr_killed", 4),
    ("1936-11-24", "japan_killed", 18), ("1936-11-24", "japan_wounded", 7),
    ("1936-11-26", "ussr_killed", 3),
    ("1935-10-12", "ussr_killed", 1),
    ("1937-10-28", "japan_killed", 2),
])
def test_border_incident_casualties(dataset, start, column, value):
    ev = events_on(dataset, start)
    assert (ev[column] == value).any(), ev[["id", column]]
    assert ev.loc[ev[column] == value, "source_id"].notna().all()


def test_1935_seven_month_aggregates(dataset):
    ev = dataset.events[(dataset.events["date_start"] == pd.Timestamp("1935-01-01"))
                        & (dataset.events["date_end"] == pd.Timestamp("1935-07-31"))]
    assert {24, 33, 44} <= set(ev["count"].dropna())


def test_29_july_bezymyannaya(dataset):
    ev = events_on(dataset, "1938-07-29")
    assert (ev["place_id"] == "bezymyannaya").any()


def test_6_august_air_attack_at_1600_and_assault_at_1700(dataset):
    ev = events_on(dataset, "1938-08-06")
    assert {"16:00", "17:00"} <= set(ev["time"].dropna())


def test_ceasefire_1330_on_11_august(dataset):
    ev = events_on(dataset, "1938-08-11")
    assert "13:30" in set(ev["time"].dropna())


def test_overview_dates_the_fighting_from_29_june(dataset):
    """The overview says 29.6.–11.8.1938; the rest of the seed says 29 July. Both kept."""
    ev = dataset.events[(dataset.events["date_start"] == pd.Timestamp("1938-06-29"))
                        & (dataset.events["date_end"] == pd.Timestamp("1938-08-11"))]
    assert len(ev) == 1 and ev["qualifier_en"].notna().all()


def test_blyukher_arrested_22_october_1938(dataset):
    ev = events_on(dataset, "1938-10-22")
    assert ev["person_ids"].str.contains("blyukher-v", regex=False).any()


# --------------------------------------------------------------- coordinates (line 169)
def test_exact_coordinates_of_the_two_hills(dataset):
    places = dataset.places.set_index("id")
    z, b = places.loc["zaozernaya"], places.loc["bezymyannaya"]
    assert z["coord_precision"] == "exact" and b["coord_precision"] == "exact"
    assert z["lat"] == pytest.approx(42 + 26.79 / 60, abs=1e-5)
    assert z["lon"] == pytest.approx(130 + 35.67 / 60, abs=1e-5)
    assert b["lat"] == pytest.approx(42 + 27.77 / 60, abs=1e-5)
    assert b["lon"] == pytest.approx(130 + 35.42 / 60, abs=1e-5)


def test_no_other_place_claims_exact_coordinates(dataset):
    exact = dataset.places[dataset.places["coord_precision"] == "exact"]
    assert set(exact["id"]) == {"zaozernaya", "bezymyannaya"}
    approx = dataset.places[dataset.places["coord_precision"] == "approximate"]
    assert approx["note_en"].notna().all(), "an approximate coordinate must say how it was estimated"


def test_nine_posthumous_heroes(dataset):
    heroes = ["borovikov-a", "vinevitin-v", "gvozdev-i", "kolesnikov-g", "kornev-g",
              "makhalin-aleksei", "pozharsky-ivan", "pushkarev-k", "rassokha-s"]
    people = dataset.people.set_index("id")
    for hero in heroes:
        assert hero in people.index
        assert "posthum" in str(people.loc[hero, "fate_en"]).lower()
