"""Print: the report and the tour handout are drawn (text and vectors, no screenshot of the
window), cite the seed by its title, and the handout has every chapter in the language shown."""
from __future__ import annotations

import dataclasses
import os
import re
import unicodedata

import pandas as pd
import pytest
from pypdf import PdfReader

from app.model.queries import EventFilter
from app.model.story import chapters
from app.views.print.citations import full_citation, short_locator, strip_paths

PATH_OPS = re.compile(rb"[\d.\s](re|m|l|c)\s")


# ----------------------------------------------------------------- fixtures
def story_frame(ds) -> pd.DataFrame:
    """Four chapters, one per kind of picture (events, map, chart, map by overview), with
    ids taken from the data, and one unknown figure id that must be left out quietly."""
    ev = ds.events
    border = ev[ev["conflict"] == "border-1934-1938"]["id"].head(3).tolist()
    day = ev[(ev["date_start"] == pd.Timestamp("1938-07-29")) & (ev["date_precision"] == "day")]["id"].head(2)
    figs = ds.figures[(ds.figures["conflict"] == "khasan-1938") & (ds.figures["category"] == "personnel")]
    loc = 'Khasan article (Aiemmat tapahtumat): "Helmikuussa 1934", line 121'
    rows = [
        ("ch-a", 1, "Years of border incidents", "Rajavälikohtausten vuodet", "incidents", "1934-02-01", "1938-06-30",
         None, ";".join(border), "", "", "seed", loc),
        ("ch-b", 2, "Bezymyannaya is attacked", "Hyökkäys Bezymjannajalle", "days", "1938-07-29", "1938-07-29",
         "1938-07-29", ";".join(day), "", "bezymyannaya;zaozernaya", "seed", 'Khasan article (taistelevat): "x", line 210'),
        ("ch-c", 3, "How strong were the two sides", "Kuinka vahvoja osapuolet olivat", "forces", "1938-07-29",
         "1938-08-11", None, "", ";".join(figs["id"].head(4)) + ";fig-that-is-not-there", "", "seed",
         'Khasan article (Balance of forces – USSR): "y", line 250'),
        ("ch-d", 4, "The armistice", "Aselepo", "overview", "1938-08-11", "1938-08-11", "1938-08-11", "", "",
         "lake-khasan;zaozernaya", "coox-1977", "p. 300"),
    ]
    cols = ["id", "chapter", "title_en", "title_fi", "view", "date_start", "date_end", "day", "event_ids",
            "figure_ids", "place_ids", "source_id", "source_locator"]
    frame = pd.DataFrame(rows, columns=cols)
    frame["text_en"] = [f"English text of chapter {n}, about {t.lower()}." for n, t in zip(frame.chapter, frame.title_en)]
    frame["text_fi"] = [f"Suomenkielinen teksti, luku {n}." for n in frame.chapter]
    frame["conflict"], frame["manual_check"] = "khasan-1938", ""
    for c in ("date_start", "date_end", "day"):
        frame[c] = pd.to_datetime(frame[c])
    return frame


def with_story(ds, frame=None):
    frame = story_frame(ds) if frame is None else frame
    try:
        return dataclasses.replace(ds, story=frame, _cache={})
    except TypeError:  # a Dataset without the story field yet
        copy = dataclasses.replace(ds, _cache={})
        object.__setattr__(copy, "story", frame)
        return copy


@pytest.fixture
def toured(dataset):
    return with_story(dataset)


@pytest.fixture
def window(loaded_window):
    return loaded_window


def norm(text: str) -> str:
    """Whitespace as single spaces, none after a hyphen or a dash (a line may break after one)."""
    return re.sub(r"([-–])\s+", r"\1", " ".join(unicodedata.normalize("NFKC", text).split()))


def read(path) -> tuple[PdfReader, str]:
    reader = PdfReader(str(path))
    return reader, norm(" ".join(p.extract_text() for p in reader.pages))


def images(page) -> list[tuple[int, int]]:
    xobjects = page["/Resources"].get("/XObject") or {}
    found = []
    for ref in xobjects.values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append((int(obj["/Width"]), int(obj["/Height"])))
    return found


def assert_drawn(page, min_paths: int) -> None:
    """Vector drawing on the page, and no image anywhere near a page-sized screenshot."""
    content = page.get_contents().get_data()
    assert len(PATH_OPS.findall(content)) >= min_paths
    for w, h in images(page):
        assert w * h < 200 * 200, f"an image of {w}×{h} on a printed page"


# ----------------------------------------------------------------- citations (no Qt needed)
def test_short_locator_keeps_part_and_line_not_the_quote():
    assert short_locator('Khasan article (taistelevat): "raja määritettiin", line 242') == \
        "Khasan article (taistelevat), line 242"
    assert short_locator('Khasan article (taistelevat): "a", line 215; Khasan article (taistelevat): "b", line 217') \
        == "Khasan article (taistelevat), lines 215, 217"
    nested = ('anniversary article: "kampanja väitetysti "kiistanalaisten alueiden" ympärillä", "Heinäkuun; alussa", '
              'line 37; Khasan article (taistelevat): "x", lines 326–336')
    assert short_locator(nested) == "anniversary article, line 37; Khasan article (taistelevat), lines 326–336"
    assert short_locator("origins article, line 5 (also line 7)") == "origins article, line 5 (also line 7)"
    assert short_locator("p. 300") == "p. 300"
    assert short_locator("") == ""


def test_citations_never_name_a_file_path(dataset):
    seed = full_citation(dataset, "seed")
    assert seed.startswith("Hassanin taistelut (1938)") and "shared/seed" not in seed and ".txt" not in seed
    assert "Changkufeng/Khasan" in full_citation(dataset, "coox-1977")  # a title's slash is not a path
    assert strip_paths("Copy at /work/main/data/seed.txt.") == "Copy at."


# ----------------------------------------------------------------- the report
def test_incident_report_is_text_and_vectors_not_a_screenshot(window, tmp_path):
    window.show_page("incidents")
    view = window.incident_view
    view.set_filter(EventFilter().with_facet("conflict", ["khasan-1938"]))
    out = tmp_path / "incidents.pdf"
    window.menus.printing.save_report(str(out))
    reader, text = read(out)
    shown = view.shown_events()
    for title in shown["title_en"].head(8):
        assert norm(title) in text
    assert "Hassanin taistelut (1938)" in text and "/work/" not in text and "shared/seed" not in text
    assert "Lake Khasan 1938" in text  # the filter
    assert_drawn(reader.pages[0], min_paths=20)  # table rules and stripes
    assert len(reader.pages) >= 2  # every shown row, not the first 14


def test_days_report_draws_the_map_as_vectors(window, tmp_path):
    window.state.set_day(pd.Timestamp("1938-08-06").date())
    window.show_page("days")
    out = tmp_path / "days.pdf"
    window.menus.printing.save_report(str(out))
    reader, text = read(out)
    assert "6 Aug 1938" in text
    for title in window.state.dataset.events_on(pd.Timestamp("1938-08-06"))["title_en"]:
        assert norm(title) in text
    assert "Zaozernaya" in text and "Lake Khasan" in text  # map labels are text too
    assert_drawn(reader.pages[0], min_paths=200)  # lake, river, claims, hills, arrows


def test_forces_report_draws_the_chart_and_cites_each_figure(window, tmp_path):
    window.show_page("forces")
    window.forces_view.set_chart("losses")
    out = tmp_path / "forces.pdf"
    window.menus.printing.save_report(str(out))
    reader, text = read(out)
    assert "Force comparison" in text and "Losses" in text
    assert "The figures behind it" in text and "[1]" in text and "Hassanin taistelut (1938)" in text
    assert_drawn(reader.pages[0], min_paths=30)  # bars, frames, swatches


# ----------------------------------------------------------------- the handout
def test_tour_menu_entry_is_off_without_a_story(window, dataset, toured, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    action = window.menus.tour_pdf
    window.install_dataset(with_story(dataset, story_frame(dataset).head(0)))
    assert not chapters(window.state.dataset)
    assert not action.isEnabled() and "no guided tour" in action.toolTip()
    window.menus.printing.choose_tour_path()  # e.g. a shortcut: no dialog, nothing written
    assert not asked
    window.install_dataset(toured)
    assert action.isEnabled() and "no guided tour" not in action.toolTip()
    action.trigger()
    assert len(asked) == 1


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_handout_has_every_chapter_in_the_language_shown(window, toured, tmp_path, lang):
    window.install_dataset(toured)
    window.state.set_language(lang)
    out = tmp_path / f"tour-{lang}.pdf"
    pages = window.menus.printing.save_tour(str(out))
    reader, text = read(out)
    tour = chapters(toured)
    other = "fi" if lang == "en" else "en"
    for ch in tour:
        assert ch.title(lang) in text and ch.title(other) not in text
        assert ch.text(lang) in text
    assert "Hassanin taistelut (1938), Khasan article (Aiemmat tapahtumat), line 121" in text
    assert norm("Hassanin taistelut (1938), Khasan article (Balance of forces – USSR), line 250") in text
    assert "The Anatomy of a Small War" in text and "p. 300" in text
    assert "/work/" not in text and "shared/seed" not in text
    assert len(reader.pages) == pages and 1 <= pages <= len(tour) + 1
    assert window.menus.printing.last_seconds < 5.0  # a few pages: well under a second here
    assert_drawn(reader.pages[0], min_paths=20)


def test_handout_picture_follows_the_chapter(toured):
    from app.views.print.handout import picture_of

    kinds = [picture_of(toured, ch) for ch in chapters(toured)]
    assert kinds == ["events", "map", "chart", "map"]


def test_a_chapter_whose_ids_are_all_missing_prints_its_text(window, dataset, tmp_path):
    frame = story_frame(dataset).head(1).assign(view="forces", event_ids="no-event", figure_ids="no-figure",
                                                place_ids="no-place")
    window.install_dataset(with_story(dataset, frame))
    out = tmp_path / "one.pdf"
    assert window.menus.printing.save_tour(str(out)) == 1
    _, text = read(out)
    assert "Years of border incidents" in text and "English text of chapter 1" in text


def test_write_errors_are_a_clear_message(window, toured, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.views.common import plain_text

    window.install_dataset(toured)
    shown = []
    monkeypatch.setattr(plain_text, "plain_warning", lambda parent, title, text: shown.append(text))
    targets = [tmp_path / "missing-folder" / "tour.pdf"]
    if os.geteuid() != 0:  # root writes anywhere: only an ordinary user sees a read-only folder
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        targets.append(locked / "tour.pdf")
    for target in targets:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        window.menus.tour_pdf.trigger()
        assert not target.exists()
        status = window.statusBar().currentMessage()
        assert "not saved" in status and str(target) in status and "Traceback" not in status
    assert len(shown) == len(targets) and "folder" in shown[0]


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_handout_of_the_bundled_tour(window, dataset, tmp_path, lang):
    """The tour the data package brings: every chapter's title, text and citation, in order."""
    from app.views.print.citations import cite

    tour = chapters(dataset)
    if not tour:
        pytest.skip("the bundled data has no story table yet")
    window.state.set_language(lang)
    out = tmp_path / f"bundled-{lang}.pdf"
    pages = window.menus.printing.save_tour(str(out))
    _, text = read(out)
    positions = []
    for ch in tour:
        assert ch.title(lang) in text
        assert norm(ch.text(lang)) in text
        assert norm(cite(dataset, ch.source_id, ch.source_locator)) in text
        positions.append(text.index(ch.title(lang)))
    assert positions == sorted(positions)  # in the tour's order
    assert len(tour) / 2 <= pages <= len(tour) + 1
    assert "/work/" not in text and "shared/seed" not in text


def test_names_in_other_scripts_print_with_the_bundled_fonts(qapp, tmp_path):
    from app.views.print.pdf import write_pdf

    out = tmp_path / "names.pdf"
    names = ["Заозёрная", "張鼓峰", "浦塩"]
    write_pdf(str(out), "names", lambda sheet: sheet.text(" · ".join(names), "body"))
    _, text = read(out)
    assert all(name in text for name in names)  # drawn as text, with glyphs (no empty boxes extract as these)
    fonts = {str(f.get_object()["/BaseFont"]) for f in PdfReader(str(out)).pages[0]["/Resources"]["/Font"].values()}
    assert any("KhasanNames" in f for f in fonts)


def test_selected_rows_are_what_the_incident_report_lists(window, tmp_path):
    from PySide6.QtCore import QItemSelectionModel

    window.show_page("incidents")
    view = window.incident_view
    model, selection = view.table.model(), view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (2, 5, 9):
        selection.select(model.index(row, 0), flags)
    out = tmp_path / "selected.pdf"
    window.menus.printing.save_report(str(out))
    _, text = read(out)
    chosen = view.shown_events().iloc[[2, 5, 9]]["title_en"]
    assert f"3 selected events of {len(view.shown_events())} shown" in text
    assert all(norm(t) in text for t in chosen)
    assert norm(view.shown_events().iloc[3]["title_en"]) not in text


def test_the_printer_gets_the_same_drawn_pages(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.views.research.report import print_report

    window.show_page("days")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_report(window.menus.printing.report(), printer) >= 1
    reader, text = read(tmp_path / "printed.pdf")
    from app.model.formats import format_day

    first = format_day(window.days_view.days()[0], "en")
    assert f"Daily operations — {first}" in text  # no shared day: the day the daily viewer shows
    assert_drawn(reader.pages[0], min_paths=200)
