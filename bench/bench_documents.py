"""Benchmark of the document layout and the register.

1. Median time to render a three-page request (``liaison.documents.render.render``) against a floor: bare
   reportlab drawing the same text (the same strings, wrapped with ``simpleSplit`` in the same embedded font,
   with a black banner strip at the top and bottom of each page and a page number). Aim: within 2.5x.
2. A batch of 100 final documents through the register (render, SHA-256, store in the encrypted vault, audit,
   search index), against 100 floor renders.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from liaison.documents.model import Annex, DocumentView, FieldView, SectionView
from liaison.documents.render import field_text, render
from liaison.ids import new_id
from liaison.pdf import default_fonts

FACTS = ("Between 1 and 14 March 2026 a network sold forged customs seals through an online shop. Payments went "
         "through accounts opened with stolen identities; the suspects named below ran the shop and the accounts. ")
NAMES = ["محمد بن سلمان العتيبي", "Αλέξανδρος Παπαδόπουλος", "Иван Петрович Сидоров", "Łukasz Żółkiewski", "王小明"]
AIM = "within 2.5x of bare reportlab drawing the same text"


def sample_view(case_id: str = "01J00000000000000000000000", repeat: int = 4) -> DocumentView:
    """A preservation request of about three pages (``repeat`` scales the facts)."""
    sections = []
    for i, heading in enumerate(["(a) Authority", "(b) Offence and facts", "(c) Data to preserve", "(d) Custodian",
                                 "(e) Necessity", "(f) Mutual assistance to follow"]):
        fields = [FieldView(key=f"f{i}", label={"en": heading[4:]}, kind="long", required=True,
                            value=FACTS * repeat, source="answer")]
        if i == 1:
            fields.append(FieldView(key="persons", label={"en": "Persons concerned"}, kind="persons", required=False,
                                    value=[{"name": n, "date_of_birth": "1984-02-11", "category": "suspect"}
                                           for n in NAMES], source="case.persons"))
        sections.append(SectionView(key=str(i), heading={"en": heading}, fields=fields))
    return DocumentView(
        template_id="preservation-request", template_version=1, languages=["en"],
        title={"en": "Request for the expedited preservation of stored computer data"},
        subject={"en": "Online sale of forged customs seals"},
        legal_basis={"en": "Convention on Cybercrime (Budapest, ETS 185), Article 29"},
        document_id=new_id(), date="2026-03-15", own_reference="LO-2026-0042",
        counterpart_reference="MT/CYB/2026/117", case_id=case_id, handling="TLP:AMBER H3",
        handling_text={"en": "Need-to-know within the recipient's organisation and its clients."},
        sender={"name": "Insp. Anna Kowalska", "unit": "International Liaison Office",
                "authority": "Ministry of the Interior", "address": "Rue de la Loi 1, 1000 Brussels",
                "email": "anna.kowalska@police.example"},
        addressee={"name": "Duty Officer", "authority": "Malta Police Force", "country": "Malta"},
        sections=sections,
        annexes=[Annex(name="orders.csv", sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                       size=48213)],
    )


def _strings(view: DocumentView) -> list[tuple[str, float]]:
    """The text of the document as (string, size) in reading order."""
    out = [(view.sender.get("authority", ""), 10), (view.sender.get("unit", ""), 8.5),
           (view.addressee.get("authority", ""), 10),
           (f"Our reference {view.own_reference} Your reference {view.counterpart_reference} Date {view.date} "
            f"Document id {view.document_id}", 9),
           (view.title["en"], 15), ("Subject: " + view.subject["en"], 10.5), (view.legal_basis["en"], 9.5)]
    for s in view.sections:
        out.append((s.heading["en"], 11))
        for f in s.fields:
            out.append((f.label["en"], 8.5))
            out.extend((line, 10) for line in field_text(f).split("\n"))
    out += [(view.sender.get("name", ""), 10)]
    out += [(f"{a.name} SHA-256: {a.sha256}", 8) for a in view.annexes]
    return out


def floor_render(view: DocumentView) -> bytes:
    """Bare reportlab: the same strings wrapped with simpleSplit, one embedded font, banners and page numbers."""
    font = default_fonts().primary
    width, height = A4
    margin = 62.0
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=A4, initialFontName=font)
    page = 1

    def furniture() -> None:
        for y in (height - 38, 23):
            canv.setFillColorRGB(0, 0, 0)
            canv.rect(margin, y, width - 2 * margin, 15, stroke=0, fill=1)
            canv.setFillColorRGB(1, 0.75, 0)
            canv.setFont(font, 9)
            canv.drawString(margin + 6, y + 4.4, view.handling)
        canv.setFillColorRGB(0, 0, 0)
        canv.setFont(font, 8)
        canv.drawRightString(width - margin, 44, f"Page {page}")

    furniture()
    y = height - 80
    for text, size in _strings(view):
        canv.setFont(font, size)
        for line in simpleSplit(text, font, size, width - 2 * margin) or [""]:
            if y < 80:
                canv.showPage()
                page += 1
                furniture()
                y = height - 80
                canv.setFont(font, size)
            canv.drawString(margin, y, line)
            y -= size * 1.3
    canv.showPage()
    canv.save()
    return buf.getvalue()


def _paired_medians(fn, floor_fn, runs: int) -> tuple[float, float]:
    """Medians of ``fn`` and ``floor_fn`` timed alternately, so that a change in the machine's load during the
    run (other processes) weighs on both alike instead of on whichever happened to run at that moment."""
    times: list[float] = []
    floor_times: list[float] = []
    for _ in range(runs):
        for f, out in ((fn, times), (floor_fn, floor_times)):
            t0 = time.perf_counter()
            f()
            out.append(time.perf_counter() - t0)
    return statistics.median(times), statistics.median(floor_times)


def _pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


def run(quick: bool = False) -> list[dict]:
    view = sample_view()
    render(view)  # warm up: fonts registered and parsed once
    floor_render(view)
    runs = 3 if quick else 15
    measured, floor = _paired_medians(lambda: render(view), lambda: floor_render(view), runs)
    pages = _pages(render(view))
    rows = [{
        "name": "documents: render a three-page request",
        "measured": measured, "floor": floor, "ratio": measured / floor, "aim": AIM,
        "notes": f"{pages} pages; median of {runs}; floor: bare reportlab, same strings, simpleSplit, same font",
    }]

    count = 10 if quick else 100
    from liaison.documents.register import finalise
    from liaison.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        vault, _code = Vault.create(Path(tmp) / "bench.liaison", "bench passphrase 1234", use_keychain=False)
        try:
            case = vault.cases.add(title="Bench case", requesting_state="BE", requested_state="MT")
            views = [sample_view(case.id) for _ in range(count)]
            batch = batch_floor = 0.0
            for v in views:  # alternated with the floor, for the same reason as _paired_medians
                t0 = time.perf_counter()
                finalise(vault, v)
                t1 = time.perf_counter()
                floor_render(view)
                batch += t1 - t0
                batch_floor += time.perf_counter() - t1
        finally:
            vault.close()
    rows.append({
        "name": f"documents: batch of {count} final documents into the register",
        "measured": batch, "floor": batch_floor, "ratio": batch / batch_floor, "aim": AIM + " (plus storage)",
        "notes": "render + SHA-256 + encrypted storage + audit + search index per document; floor: bare reportlab "
                 f"renders only; {batch / count * 1000:.1f} ms per document",
    })
    return rows
