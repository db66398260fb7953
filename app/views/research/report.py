"""One-page report of the current view: its image, active filters, rows shown, citations.

Built as a QTextDocument (every data string HTML-escaped) and written with QPdfWriter, or
sent to a printer. Views may offer ``report_parts()``; for the others the report takes the
rows that the shared state points at (the conflict's figures, the day's events).
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.model.formats import format_day, format_number
from app.views.common.wording import code_label, term

MAX_ROWS = 14  # what fits on one A4 page under the image


def _tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Report", ...) (so lupdate finds it)."""
    return QCoreApplication.translate("Report", text)


@dataclass
class ReportParts:
    title: str
    filters: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    total_rows: int = 0
    source_ids: list[str] = field(default_factory=list)


def parts_for_state(state, page: str) -> ReportParts:
    """Fallback for views without ``report_parts``: rows from the shared state."""
    ds = state.dataset
    lang = state.language
    if page == "forces":
        fig = ds.figures_for(state.conflict)
        scope = fig[f"scope_{lang}"].fillna(fig["scope_en"])
        rows = [[code_label("side", s), term("category", c), format_number(v, lang) if pd.notna(v) else "", str(sc)]
                for s, c, v, sc in zip(fig["side"], fig["category"], fig["value"], scope)]
        conflict = code_label("conflict", state.conflict)
        return ReportParts(_tr(QT_TRANSLATE_NOOP("Report", "Force comparison — {c}")).format(c=conflict),
                           [_tr(QT_TRANSLATE_NOOP("Report", "Conflict: {c}")).format(c=conflict)],
                           [term("field", key) for key in ("side", "category", "value", "scope")],
                           rows, len(rows),
                           sorted(set(fig["source_id"].astype(str))))
    if page == "days" and state.day is not None:
        ev = ds.events_on(state.day)
        title = ev[f"title_{lang}"].fillna(ev["title_en"])
        rows = [[str(t) if pd.notna(t) else "", str(x)] for t, x in zip(ev["time"], title)]
        day = format_day(pd.Timestamp(state.day), lang)
        return ReportParts(_tr(QT_TRANSLATE_NOOP("Report", "Daily operations — {d}")).format(d=day),
                           [_tr(QT_TRANSLATE_NOOP("Report", "Day: {d}")).format(d=day)],
                           [_tr(QT_TRANSLATE_NOOP("Report", "Time")), _tr(QT_TRANSLATE_NOOP("Report", "Event"))], rows, len(rows), sorted(set(ev["source_id"].astype(str))))
    return ReportParts(_tr(QT_TRANSLATE_NOOP("Report", "Khasan 1938 Explorer")), [], [], [], 0, ["seed"])


def build_document(parts: ReportParts, image: QImage | None, citations: list[str], dataset_label: str,
                   width_px: int = 560) -> QTextDocument:
    esc = html.escape
    doc = QTextDocument()
    body = [f"<h2>{esc(parts.title)}</h2>",
            f"<p style='color:#555'>{esc(dataset_label)} · {esc(datetime.now().strftime('%Y-%m-%d %H:%M'))}</p>"]
    if image is not None and not image.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("report://view"), image)
        height = int(image.height() * width_px / max(image.width(), 1))
        body.append(f"<p><img src='report://view' width='{width_px}' height='{height}'></p>")
    if parts.filters:
        label = _tr(QT_TRANSLATE_NOOP("Report", "Filters:"))
        body.append(f"<p><b>{esc(label)}</b> " + esc("; ".join(parts.filters)) + "</p>")
    if parts.rows:
        shown = parts.rows[:MAX_ROWS]
        body.append("<table width='100%' border='1' cellspacing='0' cellpadding='1' style='font-size:7pt'>")
        body.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in parts.header) + "</tr>")
        for row in shown:
            body.append("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in row) + "</tr>")
        body.append("</table>")
        if parts.total_rows > len(shown):
            more = _tr(QT_TRANSLATE_NOOP("Report", "… {n} more rows (export the table for all).")).format(n=parts.total_rows - len(shown))
            body.append(f"<p>{esc(more)}</p>")
    if citations:
        label = term("table", "sources")
        body.append(f"<p><b>{esc(label)}</b></p><ol style='font-size:7pt'>")
        body += [f"<li>{esc(c)}</li>" for c in citations]
        body.append("</ol>")
    doc.setHtml("\n".join(body))
    return doc


def write_pdf(doc: QTextDocument, path: str) -> None:
    writer = QPdfWriter(path)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setCreator("Khasan 1938 Explorer")
    writer.setTitle(doc.toPlainText().split("\n", 1)[0])
    doc.print_(writer)  # paginates to the writer's page layout


def citations_for(ds, source_ids: list[str]) -> list[str]:
    return [ds.citation(s) for s in source_ids if ds.citation(s)]
