"""The oversight report: request statistics for a period, for a supervisory
authority, as a PDF (tables and bar charts) and as CSV.

Every figure comes from :mod:`liaison.stats` (``vault.stats.report``), so that the
report, the CSV, the desktop preview and ``liaison stats`` always agree. The
report holds no personal data: counts per country, legal basis, request type and
outcome, and response times; the office is named by its unit and authority only
(never the officer's name). Producing it is audited as an ``export`` with the
period, in the same way whether as PDF or CSV.

The PDF is built in memory with the house text engine (:mod:`liaison.pdf`: any
script, no markup interpreted) and reportlab graphics for the charts; all fonts
are embedded.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .errors import ValidationError
from .pdf import (
    Line,
    TextBlock,
    TextStyle,
    base_direction,
    clean,
    default_fonts,
    draw_line,
    line_runs,
    run_width,
    simple_document,
)
from .stats import DEFINITIONS, DIRECTIONS
from .timeutil import utcnow_iso

__all__ = ["LANGUAGES", "oversight_csv", "oversight_data", "oversight_report"]

LANGUAGES = ("en",)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
INK = "#111111"
MUTED = "#555555"
RULE = colors.HexColor("#8A8F98")
PANEL = colors.HexColor("#F1F3F6")
# Two series, told apart by the legend's words as well as by the colour.
SENT_COLOUR = colors.HexColor("#2F5D8A")
RECEIVED_COLOUR = colors.HexColor("#C98A2B")

S_TITLE = TextStyle(font_size=18, bold=True, colour=INK, space_after=4)
S_SUB = TextStyle(font_size=11, colour=MUTED, space_after=10)
S_H2 = TextStyle(font_size=13, bold=True, colour=INK, space_before=12, space_after=5)
S_BODY = TextStyle(font_size=9.5, colour=INK, space_after=4)
S_NOTE = TextStyle(font_size=8.5, colour=MUTED, space_after=3)
S_CELL = TextStyle(font_size=8.5, colour=INK)
S_CELL_NUM = TextStyle(font_size=8.5, colour=INK, alignment="end")
S_HEAD = TextStyle(font_size=8.5, bold=True, colour=INK)
S_HEAD_NUM = TextStyle(font_size=8.5, bold=True, colour=INK, alignment="end")
S_SMALL = TextStyle(font_size=7.5, colour=MUTED)

REQUEST_TYPES = {
    "mla-request": "Mutual legal assistance request",
    "preservation-request": "Preservation request",
    "information-request": "Information request",
    "eio-request": "European Investigation Order",
}
CHART_TOP = 12  # categories shown in a chart; the tables list them all

METHOD = (
    "What is counted. A request is an entry of the exchange log of a formal request type (mutual legal "
    "assistance, preservation, information, European Investigation Order), sent by this office or received by "
    "it, dated within the period (UTC days, both ends included). A corrected entry counts once, as its current "
    "version. Follow-ups, status inquiries and spontaneous information are not requests.",
    "Country and legal basis. The country is the counterpart country recorded on the entry, else the case's "
    "requested state (for requests sent) or requesting state (for requests received). The legal basis is the "
    "entry's, else the case's; \"(not recorded)\" means that neither holds one.",
    "Responses and outcome. The response to a request is the first log entry recorded as answering it, "
    "whenever it came (also after the period). The outcome is that of the latest answer recording one; "
    "\"pending\" means no answer yet, \"no outcome recorded\" that answers carry none.",
    "Response times. From the request to its first response, in days. The median and the 90th percentile are "
    "computed over answered requests, by linear interpolation between ranks; pending requests are counted "
    "apart and do not enter the times.",
    "Personal data. The report holds no personal data: only counts and durations. Its production is recorded "
    "in the vault's audit trail.",
)


# ---------------------------------------------------------------------- data
def _check_period(start: date, end: date) -> None:
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError("from: give the period as two dates (YYYY-MM-DD).", field="from")
    if end < start:
        raise ValidationError("to: the period ends before it starts; swap the two dates.", field="to")


def oversight_data(vault, *, start: date, end: date) -> dict[str, Any]:
    """The figures of the report (``vault.stats.report``) plus the office and
    when it was produced; reads only, audits nothing (for previews)."""
    _check_period(start, end)
    figures = vault.stats.report(date_from=start, date_to=end)
    settings = vault.settings
    office = {
        "unit": str(settings.get("officer.unit") or ""),
        "authority": str(settings.get("officer.authority") or ""),
        "vault": str(vault.id),
    }
    return {**figures, "office": office, "generated_at": utcnow_iso()}


def _audit(vault, start: date, end: date, fmt: str, figures: dict[str, Any]) -> None:
    with vault.transaction():
        vault.audit.log(
            "export", "report", None, ref=f"oversight {start.isoformat()}..{end.isoformat()}",
            summary=f"oversight report ({fmt}) for {start.isoformat()} to {end.isoformat()}",
            details={"format": fmt, "from": start.isoformat(), "to": end.isoformat(),
                     "totals": figures["totals"]},
        )


def oversight_csv(vault, *, start: date, end: date) -> str:
    """The report's figures as one flat CSV table (the statistics' own layout);
    audited as an export of the period."""
    figures = oversight_data(vault, start=start, end=end)
    text = vault.stats.to_csv(figures)
    _audit(vault, start, end, "csv", figures)
    return text


# ---------------------------------------------------------------- PDF blocks
def _merge(rows: list[dict[str, Any]], label: Callable[[dict[str, Any]], str] | None = None) -> list[list[Any]]:
    """Rows per direction -> one row per key: [label, sent, received, total], by total."""
    merged: dict[str, dict[str, Any]] = {}
    for r in rows:
        m = merged.setdefault(r["key"], {"label": label(r) if label else r["label"], "sent": 0, "received": 0})
        m[r["direction"]] += r["count"]
    out = [[m["label"], m["sent"], m["received"], m["sent"] + m["received"]] for m in merged.values()]
    out.sort(key=lambda x: (-x[3], x[0]))
    return out


def _type_label(r: dict[str, Any]) -> str:
    return REQUEST_TYPES.get(r["key"], r["label"])


def _num(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return f"{value:,}"


def _table(header: list[str], rows: list[list[Any]], widths: list[float], total: list[Any] | None = None,
           first_number: int = 1) -> Table:
    """A table of text blocks; columns from ``first_number`` on hold figures (right-aligned)."""

    def cell(value: Any, col: int, head: bool = False) -> TextBlock:
        numeric = col >= first_number
        if head:
            style = S_HEAD_NUM if numeric else S_HEAD
        else:
            style = S_CELL_NUM if numeric else S_CELL
        return TextBlock(value if isinstance(value, str) else _num(value), style)

    data = [[cell(h, i, True) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    if total is not None:
        data.append([TextBlock(total[0] if isinstance(total[0], str) else _num(total[0]), S_HEAD)]
                    + [TextBlock(_num(v), S_HEAD_NUM) for v in total[1:]])
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), default_fonts().primary),  # else the table sets Helvetica (not embedded)
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D5D8DD")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total is not None:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE))
    t.setStyle(TableStyle(style))
    return t


def _bar_chart(title: str, rows: list[list[Any]], width: float, series: tuple[str, ...] = ("Sent", "Received"),
               value_format: str = "%d") -> Drawing:
    """Horizontal bars, one group per category, the value printed at each bar's
    end; the first CHART_TOP categories (the tables hold them all)."""
    font = default_fonts().primary
    rows = rows[:CHART_TOP]
    cats = [r[0] if len(r[0]) <= 34 else r[0][:33] + "…" for r in rows]
    n_series = len(series)
    bar_h = 7
    plot_h = max(1, len(rows)) * (n_series * bar_h + 8)
    height = plot_h + 62
    d = Drawing(width, height)
    d.initialFontName = font  # else the renderer starts in Helvetica, a font the PDF would not embed
    d.add(String(0, height - 12, title, fontName=font, fontSize=10, fillColor=colors.HexColor(INK)))
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 36
    chart.width = width - chart.x - 40
    chart.height = plot_h
    # reportlab draws the first category, and in each group the first series, at the bottom: reverse both so
    # that the largest category is on top and the first series is the upper bar of each group.
    order = list(reversed(range(n_series)))
    # A missing value (no answered request) is None: no bar and no label, never a misleading 0.
    chart.data = [tuple(None if r[1 + i] is None else float(r[1 + i]) for r in reversed(rows)) for i in order]
    # Category names can be in any script (an agreement's title): drawn below through the text engine's font
    # runs and bidi ordering rather than as the axis's own single-font labels.
    chart.categoryAxis.categoryNames = ["" for _ in cats]
    chart.categoryAxis.visibleLabels = 0
    chart.valueAxis.valueMin = 0
    top = max([v for s in chart.data for v in s if v is not None] + [1.0])
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E5E8")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = bar_h
    chart.groupSpacing = 8
    chart.barSpacing = 0.5
    chart.barLabelFormat = value_format
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    palette = (SENT_COLOUR, RECEIVED_COLOUR)
    for pos, i in enumerate(order):
        chart.bars[pos].fillColor = palette[i % 2]
        chart.bars[pos].strokeColor = None
    d.add(chart)
    step = chart.height / max(1, len(cats))
    for i, name in enumerate(reversed(cats)):
        _add_label(d, chart.x - 5, chart.y + (i + 0.5) * step - 2.5, name, 7.5)
    if n_series > 1:
        legend = Legend()
        legend.x = chart.x
        legend.y = 6
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = font
        legend.fontSize = 7.5
        legend.boxAnchor = "w"
        legend.dx = legend.dy = 7
        legend.deltax = 90
        legend.colorNamePairs = [(palette[i % 2], series[i]) for i in range(n_series)]
        d.add(legend)
    return d


def _add_label(d: Drawing, right: float, y: float, text: str, size: float) -> None:
    """``text`` ending at ``right``, in display order, one String per font run (shaped glyphs drawn by their
    keys: a chart label has no marks to place, so the fonts' own advances are the shaped ones)."""
    one = clean(text).replace("\n", " ")
    runs = line_runs(Line(one, base_direction(one)), TextStyle(font_size=size))
    x = right - sum(run_width(r, size) for r in runs)
    for r in runs:
        d.add(String(x, y, r.text, fontName=r.font, fontSize=size, fillColor=colors.HexColor(INK)))
        x += run_width(r, size)


def _time_rows(rows: list[dict[str, Any]]) -> list[list[Any]]:
    out = []
    for r in rows:
        out.append([r["label"], "Sent" if r["direction"] == "sent" else "Received", r["answered"], r["pending"],
                    r["median_days"], r["p90_days"]])
    return out


def _story(fig: dict[str, Any], start: date, end: date) -> list[Any]:
    width = PAGE_WIDTH - 2 * MARGIN_X
    office = fig["office"]
    totals = fig["totals"]
    story: list[Any] = [
        TextBlock("Oversight report: international requests", S_TITLE),
        TextBlock(f"Period {start.isoformat()} to {end.isoformat()} (UTC, both days included)", S_SUB),
    ]
    facts = [
        ["Office", " · ".join(x for x in (office["unit"], office["authority"]) if x) or "(not set in the profile)"],
        ["Vault", office["vault"]],
        ["Produced", fig["generated_at"][:16].replace("T", " ") + " UTC"],
        ["Requests sent", _num(totals["sent"])],
        ["Requests received", _num(totals["received"])],
        ["Requests in all", _num(totals["sent"] + totals["received"])],
    ]
    overall = {r["direction"]: r for r in fig["response_times"]["overall"]}
    for d in DIRECTIONS:
        r = overall.get(d)
        if r:
            word = "sent" if d == "sent" else "received"
            facts.append([f"Response time, requests {word}",
                          f"median {_num(r['median_days'])} days, 90th percentile {_num(r['p90_days'])} days "
                          f"({r['answered']} answered, {r['pending']} pending)"])
    t = Table([[TextBlock(a, S_HEAD), TextBlock(b, S_CELL)] for a, b in facts], colWidths=[55 * mm, width - 55 * mm],
              hAlign="LEFT")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), default_fonts().primary),
                           ("BACKGROUND", (0, 0), (-1, -1), PANEL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [t, Spacer(1, 6)]
    if totals["sent"] + totals["received"] == 0:
        story.append(TextBlock("No request was logged in this period: the tables below are empty.", S_BODY))

    count_w = [width - 3 * 24 * mm] + [24 * mm] * 3
    head = ["", "Sent", "Received", "Total"]
    sections = (
        ("by_country", "Requests by country", "Country", None),
        ("by_legal_basis", "Requests by legal basis", "Legal basis", None),
        ("by_request_type", "Requests by type", "Request type", _type_label),
        ("by_outcome", "Requests by outcome", "Outcome", None),
    )
    for key, title, first, label in sections:
        rows = _merge(fig[key], label)
        total = ["Total", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)]
        block: list[Any] = [TextBlock(title, S_H2)]
        if rows:
            block.append(_table([first, *head[1:]], rows, count_w, total))
        else:
            block.append(TextBlock("None in this period.", S_BODY))
        story.append(KeepTogether(block))
        if rows and key in ("by_country", "by_legal_basis", "by_outcome"):
            more = f" (the {CHART_TOP} largest)" if len(rows) > CHART_TOP else ""
            story += [Spacer(1, 6), _bar_chart(f"{title}{more}", rows, width)]

    time_w = [width - 20 * mm - 4 * 21 * mm, 20 * mm] + [21 * mm] * 4
    time_head = ["Direction", "Answered", "Pending", "Median, days", "90th pct, days"]
    for key, title, first in (("by_country", "Response times by country", "Country"),
                              ("by_legal_basis", "Response times by legal basis (agreement)", "Legal basis")):
        rows = _time_rows(fig["response_times"][key])
        block = [TextBlock(title, S_H2)]
        block.append(_table([first, *time_head], rows, time_w, first_number=2) if rows else TextBlock("None in this period.", S_BODY))
        story.append(KeepTogether(block))
        answered = [r for r in fig["response_times"][key] if r["median_days"] is not None]
        if answered and key == "by_country":
            series: dict[str, list[Any]] = {}
            for r in answered:
                series.setdefault(r["label"], [r["label"], None, None])[1 if r["direction"] == "sent" else 2] = \
                    r["median_days"]
            chart_rows = sorted(series.values(), key=lambda x: (-max(x[1] or 0, x[2] or 0), x[0]))
            story += [Spacer(1, 6), _bar_chart("Median response time by country, days (no bar: none answered)",
                                               chart_rows, width, value_format="%.1f")]
    story.append(TextBlock("Method", S_H2))
    story += [TextBlock(p, S_BODY) for p in METHOD]
    story.append(TextBlock(f"Definitions used by the statistics: {DEFINITIONS}", S_NOTE))
    return story


def _canvas_class(start: date, end: date, audit_head: str = "") -> type[Canvas]:
    from .documents.render import _Info

    class _PagedCanvas(Canvas):
        """Keeps every page until the end so that each can say "Page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if audit_head:  # the trail's head when the report was made, in its metadata (audit verify --against)
                info = _Info()
                info.__dict__.update(self._doc.info.__dict__)
                info.document_id, info.audit_head = "", audit_head
                self._doc.info = info

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, total: int) -> None:
            top = PAGE_HEIGHT - 14 * mm
            draw_line(self, MARGIN_X, top, "Liaison · Oversight report", S_SMALL)
            draw_line(self, PAGE_WIDTH - MARGIN_X, top, f"{start.isoformat()} to {end.isoformat()}", S_SMALL,
                      align="right")
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
            self.line(MARGIN_X, 16 * mm, PAGE_WIDTH - MARGIN_X, 16 * mm)
            self.restoreState()
            draw_line(self, MARGIN_X, 12 * mm, "Statistics only: no personal data.", S_SMALL)
            draw_line(self, PAGE_WIDTH - MARGIN_X, 12 * mm, f"Page {self._pageNumber} of {total}",
                      TextStyle(font_size=8, bold=True, colour=INK), align="right")

    return _PagedCanvas


def oversight_report(vault, *, start: date, end: date, lang: str = "en") -> bytes:
    """The oversight report for ``start``..``end`` (both included) as PDF bytes,
    built in memory; audited as an export of the period."""
    if lang not in LANGUAGES:
        raise ValidationError(f"lang: the oversight report exists in {', '.join(LANGUAGES)} only.", field="lang")
    figures = oversight_data(vault, start=start, end=end)
    buf = io.BytesIO()
    doc = simple_document(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=22 * mm, bottomMargin=22 * mm,
        title=f"Oversight report {start.isoformat()} to {end.isoformat()}", author=figures["office"]["unit"],
        subject="International requests: statistics", creator="Liaison", lang=lang,
    )
    default_fonts()
    head = vault.audit.head()
    doc.build(_story(figures, start, end), canvasmaker=_canvas_class(start, end, f"{head['seq']}:{head['hash']}"))
    _audit(vault, start, end, "pdf", figures)
    return buf.getvalue()
