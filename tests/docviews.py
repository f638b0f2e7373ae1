"""Hand-built DocumentViews for the render, register and e-mail tests: a preservation request (Budapest
Convention Art. 29(2) points a to f) with persons in several scripts."""

from __future__ import annotations

from liaison.documents.model import Annex, DocumentView, FieldView, SectionView
from liaison.ids import new_id

LABELS = {
    "en": {"layout.our_reference": "Our reference", "layout.your_reference": "Your reference",
           "layout.date": "Date", "layout.document_id": "Document id", "layout.page_of": "Page {page} of {pages}",
           "layout.draft": "DRAFT", "layout.annexes": "Annexes", "layout.signature": "Signature",
           "layout.to": "To", "layout.subject": "Subject", "layout.legal_basis": "Legal basis"},
    "fr": {"layout.our_reference": "Notre référence", "layout.your_reference": "Votre référence",
           "layout.date": "Date", "layout.document_id": "Identifiant du document",
           "layout.page_of": "Page {page} sur {pages}", "layout.draft": "PROJET", "layout.annexes": "Annexes",
           "layout.signature": "Signature", "layout.to": "Destinataire", "layout.subject": "Objet",
           "layout.legal_basis": "Base juridique"},
    "ar": {"layout.our_reference": "مرجعنا", "layout.your_reference": "مرجعكم", "layout.date": "التاريخ",
           "layout.page_of": "صفحة {page} من {pages}", "layout.draft": "مسودة", "layout.subject": "الموضوع"},
}

SECTION_TEXT = {
    "a": ({"en": "(a) The authority seeking the preservation", "fr": "(a) L'autorité qui demande la conservation",
           "ar": "(أ) السلطة التي تطلب الحفظ"}, "authority", "text"),
    "b": ({"en": "(b) The offence and a brief summary of the facts", "fr": "(b) L'infraction et un bref exposé des faits",
           "ar": "(ب) الجريمة وملخص موجز للوقائع"}, "summary", "long"),
    "c": ({"en": "(c) The stored data to be preserved and its relation to the offence",
           "fr": "(c) Les données stockées à conserver et leur lien avec l'infraction",
           "ar": "(ج) البيانات المخزنة المطلوب حفظها"}, "data", "long"),
    "d": ({"en": "(d) Information identifying the custodian or the location of the computer system",
           "fr": "(d) Le gardien des données ou l'emplacement du système informatique",
           "ar": "(د) الجهة الحائزة للبيانات"}, "custodian", "text"),
    "e": ({"en": "(e) The necessity of the preservation", "fr": "(e) La nécessité de la conservation",
           "ar": "(هـ) ضرورة الحفظ"}, "necessity", "long"),
    "f": ({"en": "(f) Mutual assistance to follow", "fr": "(f) Demande d'entraide à suivre",
           "ar": "(و) طلب المساعدة المتبادلة لاحقاً"}, "follow", "statement"),
}

VALUES = {
    "authority": "National Cybercrime Unit, Ministry of the Interior, acting on behalf of the Public Prosecutor",
    "summary": ("Between 1 and 14 March 2026 a network sold forged customs seals through an online shop. "
                "Payments went through accounts opened with stolen identities. The suspects named below ran "
                "the shop and the accounts."),
    "data": ("Subscriber information, connection logs (IP addresses with timestamps) and the content of the "
             "mailbox shop-orders@example.test from 1 January 2026 to the date of preservation."),
    "custodian": "Example Mail Services Ltd, 12 Harbour Road, Valletta",
    "necessity": "The provider keeps connection logs for 90 days only; the data would be lost before a formal "
                 "request for mutual assistance can be executed.",
    "follow": "A request for mutual assistance for the disclosure of the data will follow.",
}


def make_view(
    *,
    case_id: str,
    languages: tuple[str, ...] = ("en",),
    draft: bool = False,
    handling: str = "TLP:AMBER H3",
    template_id: str = "preservation-request",
    overrides: dict[str, object] | None = None,
    persons: list[dict] | None = None,
    logo_path: str | None = None,
    missing: tuple[str, ...] = (),
    own_reference: str = "LO-2026-0042",
    counterpart_reference: str = "MT/CYB/2026/117",
) -> DocumentView:
    """A preservation request. ``overrides`` replaces field values by key; ``missing`` empties required ones."""
    overrides = overrides or {}
    langs = list(languages)

    def lab(texts: dict[str, str]) -> dict[str, str]:
        return {lang: texts.get(lang, texts["en"]) for lang in langs}

    sections = []
    for key, (heading, field_key, kind) in SECTION_TEXT.items():
        value = overrides.get(field_key, VALUES[field_key])
        gone = field_key in missing
        fields = [FieldView(key=field_key, label=lab({"en": heading["en"].split(") ", 1)[1], "fr":
                                                      heading["fr"].split(") ", 1)[1], "ar": heading["ar"]}),
                            kind=kind, required=True, value=None if gone else value, source="answer", missing=gone)]
        if key == "b":
            fields.append(FieldView(key="persons", label=lab({"en": "Persons concerned", "fr": "Personnes concernées",
                                                              "ar": "الأشخاص المعنيون"}),
                                    kind="persons", required=False, value=persons if persons is not None else [
                                        {"display_name": "محمد بن سلمان العتيبي",
                                         "transliteration": "Muhammad bin Salman al-Utaybi",
                                         "date_of_birth": "1984-02-11", "nationality": "SA", "category": "suspect"},
                                        {"display_name": "Αλέξανδρος Παπαδόπουλος", "date_of_birth": "1979-07-30",
                                         "nationality": "GR", "category": "suspect"},
                                        {"display_name": "Łukasz Żółkiewski", "nationality": "PL",
                                         "category": "witness"},
                                    ], source="case.persons"))
        sections.append(SectionView(key=key, heading=lab(heading), fields=fields))
    return DocumentView(
        template_id=template_id,
        template_version=1,
        languages=langs,
        title=lab({"en": "Request for the expedited preservation of stored computer data",
                   "fr": "Demande de conservation rapide de données informatiques stockées",
                   "ar": "طلب الحفظ العاجل لبيانات حاسوبية مخزنة"}),
        subject=lab({"en": "Online sale of forged customs seals", "fr": "Vente en ligne de scellés douaniers contrefaits",
                     "ar": "بيع أختام جمركية مزورة عبر الإنترنت"}),
        legal_basis=lab({"en": "Council of Europe Convention on Cybercrime (Budapest, 2001), Art. 29",
                         "fr": "Convention du Conseil de l'Europe sur la cybercriminalité (Budapest, 2001), art. 29",
                         "ar": "اتفاقية مجلس أوروبا بشأن الجريمة الإلكترونية، المادة 29"}),
        document_id=new_id(),
        date="2026-03-15",
        own_reference=own_reference,
        counterpart_reference=counterpart_reference,
        case_id=case_id,
        handling=handling,
        handling_text=lab({"en": "Need-to-know within the recipient's organisation and its clients. H3: use for "
                                 "this investigation only.",
                           "fr": "Besoin d'en connaître au sein de l'organisation du destinataire et de ses clients.",
                           "ar": "الاطلاع على أساس الحاجة إلى المعرفة داخل منظمة المتلقي"}),
        sender={"name": "Insp. Anna Kowalska", "rank": "Chief Inspector", "unit": "International Liaison Office",
                "authority": "Ministry of the Interior - National Police", "address": "Rue de la Loi 1, 1000 Brussels",
                "phone": "+32 2 000 00 00", "email": "anna.kowalska@police.example",
                "logo_path": logo_path or ""},
        addressee={"name": "Duty Officer", "authority": "Malta Police Force - Cybercrime Unit",
                   "address": "Police General Headquarters, Floriana", "country": "Malta"},
        sections=sections,
        annexes=[Annex(name="orders-export.csv", sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                       size=48213, description="orders exported from the seized shop server")],
        draft=draft,
        labels={lang: LABELS.get(lang, {}) for lang in set(langs) | {"en"}},
    )


def private_tmp(monkeypatch, tmp_path) -> None:
    """Point tempfile (and TMPDIR) at an empty folder of this test's own, so that "no temporary file is left"
    can be checked without seeing other processes' files in /tmp."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
