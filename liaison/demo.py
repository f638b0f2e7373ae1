"""The demo data set: a fictional, realistic workspace for trying Liaison.

``populate(vault)`` fills an empty vault with about 30 cases across 13
countries, their persons (names in many scripts), agencies and contacts in those
countries, four bilateral agreements and memoranda marked "(demo)", about 200
exchange-log entries over the last 18 months with their attachments and legal
deadlines, and a fictional officer's profile.

Why it is built this way:

- Everything is written through the stores, so the audit trail, the search
  index, the deadlines and the statistics are exactly what real use produces.
  The whole set is written in one transaction: it is there entirely or not at all.
- Every record carries ``origin='demo'``, and a vault that already holds records
  of any other origin is refused, so fictional data can never mix with real work.
- Dates are relative to ``today``, so a fresh demo always shows overdue
  deadlines, deadlines due within hours or days, requests awaiting answers for
  various numbers of days, and answered requests with response times.
- Deterministic for a given ``seed`` and ``today`` (references, titles, times).

Every name, reference, number and address is invented. Agreements are named
"Agreement between ... (demo)" so that nobody takes them for real treaties.
E-mail addresses are under example.org / example.net only; phone numbers use
runs of zeros. Legal facts used here (time limits, instruments) are those of
``/work/shared/DOMAIN.md`` and the reference catalogue; each case's basis is
the one the legal-basis finder gives from the reference pack (who is bound by
which instrument since when) and the demo agreements.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from .db import OperationalError
from .errors import Conflict, NotFound, ValidationError
from .timeutil import parse_datetime, to_iso, utcnow

ORIGIN = "demo"
HOME = "AT"  # the fictional office's state (a real ISO code is needed for cases)
EU_STATES = frozenset({"AT", "DE", "PL", "GR", "FR", "ES", "IT", "NL", "RO"})
TARGET_EXCHANGES = 200
DEMO_SETTING = "demo.populated"

# Tables whose records carry an origin; any row not 'demo' or 'reference' is real work.
_RECORD_TABLES = ("cases", "persons", "agencies", "contacts", "agreements", "exchanges", "attachments", "deadlines")

OFFICER = {
    "officer.name": "Anna Beispiel",
    "officer.rank": "Chief Inspector",
    "officer.unit": "National Liaison Office (demo), International Police Cooperation Division",
    "officer.authority": "Ministry of the Interior of the Sample Republic (demo data)",
    "officer.address": "Beispielgasse 1, 1010 Musterstadt (sample address)",
    "officer.phone": "+43 1 0000 1000",
    "officer.email": "nlo.desk@example.org",
    "officer.place": "Musterstadt",
    "officer.signature_block": (
        "Anna Beispiel\nChief Inspector\nNational Liaison Office (demo)\n"
        "Ministry of the Interior of the Sample Republic\nBeispielgasse 1, 1010 Musterstadt\n"
        "+43 1 0000 1000 | nlo.desk@example.org"
    ),
}

# ------------------------------------------------------------------ countries
# code: (time zone, languages, international dialling code, area code, police channel)
COUNTRIES: dict[str, tuple[str, list[str], str, str, str]] = {
    "AT": ("Europe/Vienna", ["de", "en"], "43", "1", "Europol SIENA"),
    "DE": ("Europe/Berlin", ["de", "en"], "49", "611", "Europol SIENA"),
    "PL": ("Europe/Warsaw", ["pl", "en"], "48", "22", "Europol SIENA"),
    "GR": ("Europe/Athens", ["el", "en"], "30", "210", "Europol SIENA"),
    "FR": ("Europe/Paris", ["fr", "en"], "33", "1", "Europol SIENA"),
    "ES": ("Europe/Madrid", ["es", "en"], "34", "91", "Europol SIENA"),
    "IT": ("Europe/Rome", ["it", "en"], "39", "06", "Europol SIENA"),
    "NL": ("Europe/Amsterdam", ["nl", "en"], "31", "79", "Europol SIENA"),
    "RO": ("Europe/Bucharest", ["ro", "en"], "40", "21", "Europol SIENA"),
    "TR": ("Europe/Istanbul", ["tr", "en"], "90", "312", "INTERPOL I-24/7"),
    "UA": ("Europe/Kyiv", ["uk", "en"], "380", "44", "INTERPOL I-24/7"),
    "MA": ("Africa/Casablanca", ["ar", "fr"], "212", "537", "INTERPOL I-24/7"),
    "IL": ("Asia/Jerusalem", ["he", "en"], "972", "2", "INTERPOL I-24/7"),
    "CN": ("Asia/Shanghai", ["zh", "en"], "86", "10", "Liaison officer network"),
}


def _phone(cc: str, n: int) -> str:
    dial, area = COUNTRIES[cc][2], COUNTRIES[cc][3].lstrip("0")
    return f"+{dial} {area} 0000 {n:04d}"


# Agencies: (key, country, kind, name, mail domain label)
AGENCIES: list[tuple[str, str, str, str, str]] = [
    ("at-spoc", "AT", "spoc", "National Liaison Office (demo)", "nlo"),
    ("at-ca", "AT", "central-authority", "Central Authority for Mutual Legal Assistance, Ministry of Justice (demo)", "mla"),
    ("at-247", "AT", "24-7-point", "Cybercrime 24/7 Contact Point (demo)", "cyber247"),
]
for _cc, _police, _ca in (
    ("DE", "Federal Criminal Police, International Cooperation Desk (demo)", "Federal Office of Justice, MLA Unit (demo)"),
    ("PL", "National Police HQ, International Police Cooperation Bureau (demo)", "Ministry of Justice, International Cooperation Department (demo)"),
    ("GR", "Hellenic Police, International Police Cooperation Division (demo)", "Ministry of Justice, Central Authority for MLA (demo)"),
    ("FR", "National Judicial Police, International Cooperation Section (demo)", "Ministry of Justice, Bureau of International Criminal Assistance (demo)"),
    ("ES", "National Police, International Cooperation Centre (demo)", "Ministry of Justice, International Legal Cooperation (demo)"),
    ("IT", "Criminal Police, International Police Cooperation Service (demo)", "Ministry of Justice, Office II International Cooperation (demo)"),
    ("NL", "National Police, International Cooperation Centre (demo)", "Public Prosecution Service, International Legal Assistance Centre (demo)"),
    ("RO", "General Police Inspectorate, International Cooperation Centre (demo)", "Ministry of Justice, Directorate for International Law (demo)"),
    ("TR", "General Directorate of Security, Interpol-Europol Department (demo)", "Ministry of Justice, Directorate General for Foreign Relations (demo)"),
    ("UA", "National Police, International Police Cooperation Department (demo)", "Office of the Prosecutor General, International Legal Cooperation (demo)"),
    ("MA", "General Directorate for National Security, Interpol NCB (demo)", "Ministry of Justice, Directorate of Criminal Affairs and Pardons (demo)"),
    ("IL", "Israel Police, International Relations Department (demo)", "Ministry of Justice, Department of International Affairs (demo)"),
    ("CN", "Ministry of Public Security, International Cooperation Bureau (demo)", "Ministry of Justice, Department of Judicial Assistance (demo)"),
):
    AGENCIES.append((f"{_cc.lower()}-police", _cc, "spoc" if _cc in EU_STATES else "police", _police, "police"))
    AGENCIES.append((f"{_cc.lower()}-ca", _cc, "central-authority", _ca, "justice"))
for _cc in ("DE", "FR", "PL", "UA", "NL"):
    AGENCIES.append((f"{_cc.lower()}-247", _cc, "24-7-point", f"Cybercrime 24/7 Contact Point {_cc} (demo)", "cyber247"))
for _cc, _name in (("IT", "District Anti-Mafia Directorate, Sample District (demo)"),
                   ("ES", "Special Prosecutor's Office against Drug Trafficking (demo)"),
                   ("RO", "Directorate for Investigating Organised Crime, Sample Branch (demo)")):
    AGENCIES.append((f"{_cc.lower()}-pros", _cc, "prosecutor", _name, "prosecutor"))
AGENCIES.append(("nl-customs", "NL", "customs", "Customs Investigation Service, Port Unit (demo)", "customs"))
del _cc, _police, _ca, _name


def _agency_email(key: str, cc: str, label: str) -> str:
    return f"{label}@{cc.lower()}-{key.split('-')[-1]}.example.{'org' if len(key) % 2 else 'net'}"


# Contacts: (e-mail local part, agency key, name, role); country, languages and zone come from the agency
CONTACTS: list[tuple[str, str, str, str]] = [
    ("k.vogel", "de-police", "Katrin Vogel", "Detective Chief Inspector, SPOC desk"),
    ("t.hartmann", "de-ca", "Tobias Hartmann", "Senior Legal Adviser, MLA"),
    ("a.wrobel", "pl-police", "Agnieszka Wróbel", "Commissioner, SPOC"),
    ("m.zielinski", "pl-ca", "Marek Zieliński", "Prosecutor, international cooperation"),
    ("k.nikolaou", "gr-police", "Κατερίνα Νικολάου", "Police Captain, international cooperation"),
    ("g.antoniou", "gr-ca", "Giorgos Antoniou", "Legal officer, central authority"),
    ("c.dubois", "fr-police", "Claire Dubois", "Commandant, international cooperation"),
    ("j.marchand", "fr-247", "Julien Marchand", "Cybercrime investigator, 24/7 point"),
    ("l.fernandez", "es-police", "Lucía Fernández Ortega", "Inspector, international cooperation"),
    ("j.romero", "es-pros", "Javier Romero", "Prosecutor"),
    ("m.bellini", "it-police", "Marco Bellini", "Vice Questore, international cooperation"),
    ("g.ferraro", "it-pros", "Giulia Ferraro", "Deputy Prosecutor"),
    ("s.devries", "nl-police", "Sanne de Vries", "Senior investigator, SPOC"),
    ("p.bakker", "nl-ca", "Pieter Bakker", "Public prosecutor, legal assistance centre"),
    ("a.popescu", "ro-police", "Andreea Popescu", "Chief Inspector, SPOC"),
    ("m.ionescu", "ro-pros", "Mihai Ionescu", "Prosecutor, organised crime"),
    ("e.yildiz", "tr-police", "Elif Yıldız", "Superintendent, Interpol-Europol Department"),
    ("m.kaya", "tr-ca", "Mehmet Kaya", "Judge, foreign relations directorate"),
    ("o.bondarenko", "ua-police", "Олександр Бондаренко", "Lieutenant Colonel, international cooperation"),
    ("i.melnyk", "ua-247", "Iryna Melnyk", "Cybercrime analyst, 24/7 point"),
    ("y.elidrissi", "ma-police", "Youssef El Idrissi", "Commissaire, Interpol NCB"),
    ("s.bennani", "ma-ca", "Salma Bennani", "Magistrate, criminal affairs"),
    ("n.levi", "il-police", "נועה לוי", "Chief Superintendent, international relations"),
    ("a.mizrahi", "il-ca", "Avi Mizrahi", "Senior attorney, international affairs"),
    ("l.jing", "cn-police", "李静", "Liaison officer, international cooperation bureau"),
    ("z.wei", "cn-ca", "张伟", "Division director, judicial assistance"),
]

# ----------------------------------------------------------------- agreements
AGREEMENTS: list[dict[str, Any]] = [
    {
        "title": "Agreement between the Sample Republic (AT) and the Kingdom of Morocco on cooperation in criminal "
                 "matters (demo)",
        "reference": "DEMO-BT-MA-2014", "type": "bilateral-treaty", "parties": ["AT", "MA"],
        "signed": "2014-03-12", "in_force": "2015-07-01", "measures_scope": "listed",
        "measures": ["information-held:Art. 3", "database-information:Art. 3", "criminal-records:Art. 4",
                     "hearing:Art. 6", "search-seizure:Art. 8", "financial-information:Art. 9",
                     "service-of-documents:Art. 11"],
        "accepted_languages": ["fr", "ar", "de"], "channels": ["Central authority", "Diplomatic channel"],
        "confidentiality": "Art. 14: requests and their content are confidential unless disclosure is needed to "
                           "execute them.",
        "data_protection": "Art. 15: data only for the purposes stated; erased when no longer needed.",
    },
    {
        "title": "Agreement between the Sample Republic (AT) and Ukraine on police cooperation in combating crime "
                 "(demo)",
        "reference": "DEMO-BT-UA-2017", "type": "bilateral-treaty", "parties": ["AT", "UA"],
        "signed": "2017-10-05", "in_force": "2018-09-01", "measures_scope": "listed",
        "measures": ["information-held:Art. 4", "database-information:Art. 4", "expedited-preservation:Art. 7",
                     "subscriber-data:Art. 7", "traffic-data:Art. 8", "spontaneous-information:Art. 5",
                     "controlled-delivery:Art. 10"],
        "accepted_languages": ["uk", "en", "de"], "channels": ["INTERPOL I-24/7", "Liaison officer network"],
        "data_protection": "Art. 12: conditions of use set by the providing party are binding.",
    },
    {
        "title": "Agreement between the Sample Republic (AT) and the State of Israel on mutual legal assistance in "
                 "criminal matters (demo)",
        "reference": "DEMO-MLAT-IL-2011", "type": "bilateral-treaty", "parties": ["AT", "IL"],
        "signed": "2011-02-20", "in_force": "2012-06-01", "measures_scope": "general",
        "article": "Art. 1", "measures_excluded": ["interception:Art. 2(3)"],
        "accepted_languages": ["en", "he", "de"], "channels": ["Central authority"],
        "reservations": "Art. 2(3): interception of telecommunications is outside this agreement.",
    },
    {
        "title": "Memorandum of understanding between the Sample Republic (AT) and the People's Republic of China on "
                 "police liaison (demo)",
        "reference": "DEMO-MOU-CN-2019", "type": "memorandum", "parties": ["AT", "CN"],
        "signed": "2019-04-16", "in_force": "2019-04-16", "review": "2024-04-16", "measures_scope": "listed",
        "measures": ["information-held:Section 2", "database-information:Section 2",
                     "spontaneous-information:Section 3"],
        "accepted_languages": ["zh", "en"], "channels": ["Liaison officer network", "Diplomatic channel"],
        "notes": "Not a treaty: it sets up liaison channels; evidence needs a formal request.",
    },
]

# -------------------------------------------------------------------- persons
# (names [(text, script, lang)], nationality, category, date of birth)
PERSONS: list[tuple[list[tuple[str, str, str]], str, str, str]] = [
    ([("Jürgen Groß", "Latin", "de"), ("Juergen Gross", "Latin", "")], "DE", "suspect", "1979-04-11"),   # 0
    ([("Sabine Krüger", "Latin", "de")], "DE", "witness", "1986-09-02"),                                   # 1
    ([("Јован Јовановић", "Cyrillic", "sr"), ("Jovan Jovanović", "Latin", "sr")], "RS", "suspect", "1983-01-27"),
    ([("Leonie Brandt", "Latin", "de")], "DE", "victim", "2011"),                                           # 3
    ([("Dirk Brandt", "Latin", "de")], "DE", "suspect", "1977-12-05"),                                      # 4
    ([("Łukasz Żółkiewski", "Latin", "pl"), ("Lukasz Zolkiewski", "Latin", "")], "PL", "suspect", "1981-06-30"),
    ([("Małgorzata Dąbrowska", "Latin", "pl")], "PL", "other", "1974-03-18"),                               # 6
    ([("Paweł Wiśniewski", "Latin", "pl")], "PL", "suspect", "1990-10-09"),                                 # 7
    ([("Αλέξανδρος Παπαδόπουλος", "Greek", "el"), ("Alexandros Papadopoulos", "Latin", "")], "GR", "suspect",
     "1985-02-14"),                                                                                          # 8
    ([("Ελένη Γεωργίου", "Greek", "el"), ("Eleni Georgiou", "Latin", "")], "GR", "witness", "1992-07-21"),  # 9
    ([("Δημήτρης Οικονόμου", "Greek", "el"), ("Dimitris Oikonomou", "Latin", "")], "GR", "witness",
     "1969-11-03"),                                                                                          # 10
    ([("Inès Garnier", "Latin", "fr")], "FR", "witness", "1988-05-25"),                                     # 11
    ([("Théo Lefèvre", "Latin", "fr")], "FR", "suspect", "1996-08-14"),                                     # 12
    ([("José Manuel Núñez", "Latin", "es")], "ES", "suspect", "1976-01-08"),                                # 13
    ([("Begoña Ibáñez", "Latin", "es")], "ES", "other", "1982-12-12"),                                      # 14
    ([("Niccolò Esposito", "Latin", "it")], "IT", "suspect", "1971-09-19"),                                 # 15
    ([("Chiara Russo", "Latin", "it")], "IT", "victim", "1980-04-04"),                                      # 16
    ([("Daan van der Berg", "Latin", "nl")], "NL", "suspect", "1987-03-03"),                                # 17
    ([("Fleur Janssen", "Latin", "nl")], "NL", "suspect", "1999-06-16"),                                    # 18
    ([("Ionuț Bălănescu", "Latin", "ro")], "RO", "suspect", "1984-08-22"),                                  # 19
    ([("Ștefania Dumitrescu", "Latin", "ro")], "RO", "victim", "1995-02-28"),                               # 20
    ([("İsmail Işık", "Latin", "tr"), ("Ismail Isik", "Latin", "")], "TR", "suspect", "1973-10-30"),        # 21
    ([("Ayşe Çelik", "Latin", "tr")], "TR", "victim", "1964-05-07"),                                        # 22
    ([("Emre Şahin", "Latin", "tr")], "TR", "suspect", "1991-12-01"),                                       # 23
    ([("Андрій Ткаченко", "Cyrillic", "uk"), ("Andrii Tkachenko", "Latin", "")], "UA", "suspect", "1994-04-17"),
    ([("Олена Шевченко", "Cyrillic", "uk"), ("Olena Shevchenko", "Latin", "")], "UA", "victim", "1998-09-09"),
    ([("Наталія Кравчук", "Cyrillic", "uk"), ("Nataliia Kravchuk", "Latin", "")], "UA", "suspect",
     "1979-07-13"),                                                                                          # 26
    ([("Иван Петрович Сидоров", "Cyrillic", "ru"), ("Ivan Petrovich Sidorov", "Latin", "")], "RU", "suspect",
     "1968-03-29"),                                                                                          # 27
    ([("გიორგი ბერიძე", "Georgian", "ka"), ("Giorgi Beridze", "Latin", "")], "GE", "suspect", "1989-11-11"),
    ([("كريم بن عمر الفاسي", "Arabic", "ar"), ("Karim Ben Omar El Fassi", "Latin", "")], "MA", "suspect",
     "1982-05-02"),                                                                                          # 29
    ([("سعاد المنصوري", "Arabic", "ar"), ("Souad El Mansouri", "Latin", "")], "MA", "suspect", "1987-01-19"),
    ([("דוד כהן", "Hebrew", "he"), ("David Cohen", "Latin", "")], "IL", "suspect", "1975-06-06"),  # 31
    ([("מיכל אברהם", "Hebrew", "he"), ("Michal Avraham", "Latin", "")], "IL", "witness", "1990-02-02"),     # 32
    ([("王小明", "Han (simplified)", "zh"), ("Wang Xiaoming", "Latin", "")], "CN", "suspect", "1986-08-08"),  # 33
    ([("陈志强", "Han (simplified)", "zh"), ("Chen Zhiqiang", "Latin", "")], "CN", "suspect", "1978-10-10"),  # 34
    ([("刘芳", "Han (simplified)", "zh"), ("Liu Fang", "Latin", "")], "CN", "victim", "1993-03-15"),          # 35
    ([("김민준", "Hangul", "ko"), ("Kim Min-jun", "Latin", "")], "KR", "witness", "1992-12-24"),             # 36
    ([("山田太郎", "Han (Japanese)", "ja"), ("Yamada Taro", "Latin", "")], "JP", "witness", "1970-01-30"),    # 37
    ([("Trần Văn Hùng", "Latin", "vi"), ("Tran Van Hung", "Latin", "")], "VN", "suspect", "1988-07-07"),    # 38
    ([("Phạm Thị Lan", "Latin", "vi"), ("Pham Thi Lan", "Latin", "")], "VN", "victim", "1983-04-26"),       # 39
    ([("Chiara Moretti", "Latin", "it")], "IT", "witness", "1997-11-30"),                                   # 40
    ([("יוסף חדד", "Hebrew", "he"), ("Yosef Hadad", "Latin", "")], "IL", "other", "1966-02-09"),            # 41
]


# ----------------------------------------------------------------------- cases
@dataclass
class CaseSpec:
    """One fictional case and how its story unfolds in the exchange log.

    ``way``: 'out' (we ask ``cc``) or 'in' (``cc`` asks us). ``kind``: the main
    request (mla, eio, info, pres, spont). ``start``: days before today the main
    request was sent or received. ``answer``: days from request to the final
    answer (None: still pending). ``due``: days our outgoing request is given
    for an answer (a response_due deadline). ``ack``: days to the EIO
    acknowledgement (received EIOs) or None (not yet acknowledged).
    """

    cc: str
    way: str
    kind: str
    title: str
    summary: str
    offence: str
    status: str
    persons: list[tuple[int, str]] = field(default_factory=list)
    start: float = 30
    answer: float | None = None
    outcome: str = "granted"
    due: float | None = None
    ack: float | None = 2
    urgent: str = ""
    access: str | None = None
    handling: str = "TLP:AMBER"
    h3: str = ""
    tags: list[str] = field(default_factory=list)
    measure: str = "information-held"
    follow: float | None = None  # preservation: days to the follow-up request (None: not sent yet)
    review: int | None = None  # review date, days from today


CASES: list[CaseSpec] = [
    CaseSpec("DE", "out", "eio", "Cash-in-transit robbery on the Musterstadt ring road",
             "Armed robbery of a cash-in-transit van; the getaway car was later found with German plates. EIO for "
             "the hearing of a witness and telephone subscriber data.", "organised-armed-robbery", "closed",
             [(0, "suspect"), (1, "witness"), (2, "suspect")], start=410, answer=58, due=90,
             tags=["robbery", "firearms"], measure="subscriber-data", handling="TLP:AMBER H1"),
    CaseSpec("DE", "in", "info", "Child believed taken across the border by a parent",
             "Urgent request: a parent without custody is believed to be driving towards the border with a child. "
             "Vehicle and mobile number given; our records asked for sightings.", "kidnapping-hostage-taking",
             "open", [(3, "victim"), (4, "suspect")], start=0.12, answer=None, access="direct",
             urgent="A child is at risk; the vehicle may cross the border tonight.", handling="TLP:RED",
             tags=["missing child", "urgent"]),
    CaseSpec("PL", "out", "eio", "VAT carousel fraud in electronics wholesale",
             "Chain of shell companies trading mobile phones; invoices suggest a Polish buffer company. EIO for "
             "bank statements and company records.", "fraud", "awaiting response",
             [(5, "suspect"), (6, "other")], start=96, answer=None, due=60, tags=["VAT fraud", "shell companies"],
             measure="financial-information", handling="TLP:AMBER"),
    CaseSpec("PL", "in", "info", "Stolen excavators traced to a yard near the border",
             "Polish police asked whether three excavators stolen on building sites are registered here; two "
             "matched our vehicle checks.", "stolen-vehicles-trafficking", "closed", [(7, "suspect")],
             start=300, answer=4, tags=["vehicles"], handling="TLP:GREEN"),
    CaseSpec("GR", "out", "info", "Forged residence permits sold through a messaging app",
             "Sellers of forged residence permits use Greek telephone numbers; we asked for the holders and any "
             "earlier cases.", "administrative-document-forgery", "response received",
             [(8, "suspect"), (9, "witness")], start=120, answer=12, due=7, tags=["document fraud"],
             measure="number-holder-identification", handling="TLP:AMBER+STRICT"),
    CaseSpec("GR", "in", "eio", "Hearing of a witness in a ferry-port smuggling case",
             "EIO from a Greek prosecutor: hearing by videoconference of a lorry driver who lives here.",
             "drug-trafficking", "open", [(10, "witness")], start=12, answer=None, ack=None,
             tags=["drugs", "videoconference"], measure="hearing-videoconference"),
    CaseSpec("FR", "out", "pres", "Ransomware attack on a regional hospital",
             "Hospital systems encrypted; ransom note names a server hosted in France. Preservation of the server "
             "data first, then an EIO for its content.", "computer-crime", "awaiting response",
             [(11, "witness"), (12, "suspect")], start=70, follow=9, answer=None, due=90,
             urgent="Patient systems are still affected and the server logs could be deleted at any time.",
             tags=["ransomware", "cyber"], measure="expedited-preservation", handling="TLP:RED H2"),
    CaseSpec("FR", "in", "info", "Firearms bought with forged licences",
             "French police ask for our records on a buyer of hunting rifles who used a forged licence.",
             "weapons-trafficking", "open", [], start=1.1, answer=None, access="indirect",
             urgent="The buyer announced the resale of the weapons this week.", tags=["firearms"]),
    CaseSpec("ES", "out", "info", "Hashish shipments in refrigerated lorries",
             "Lorries of a Spanish haulier carried hashish hidden in vegetable loads; request for company and "
             "driver records.", "drug-trafficking", "closed", [(13, "suspect"), (14, "other")], start=380,
             answer=6, due=7, outcome="information provided", tags=["drugs", "transport"]),
    CaseSpec("ES", "in", "eio", "Holiday-rental deposit fraud",
             "EIO from a Spanish prosecutor for bank records of accounts here that received deposits for holiday "
             "flats that did not exist.", "swindling", "closed", [], start=260, answer=41,
             tags=["online fraud"], measure="financial-information", handling="TLP:GREEN"),
    CaseSpec("IT", "out", "eio", "Extortion of restaurant owners",
             "Restaurant owners here paid 'protection' money to people linked to an Italian group. EIO for the "
             "hearing of a suspect and bank records.", "racketeering-extortion", "awaiting response",
             [(15, "suspect"), (16, "victim")], start=40, answer=None, due=90, handling="TLP:RED H2",
             tags=["organised crime"], measure="hearing"),
    CaseSpec("IT", "in", "spont", "Counterfeit spare parts sold online",
             "Spontaneous information from Italy: a web shop registered here sells counterfeit brake parts.",
             "product-counterfeiting-piracy", "open", [(40, "witness")], start=25, tags=["counterfeits"],
             handling="TLP:GREEN"),
    CaseSpec("NL", "out", "info", "Synthetic drug precursor deliveries",
             "Precursor chemicals delivered from a Dutch trading company to a barn here; request for the "
             "company's records.", "drug-trafficking", "closed", [(17, "suspect")], start=330, answer=9, due=7,
             outcome="partially granted", tags=["drugs", "precursors"]),
    CaseSpec("NL", "in", "eio", "Money-mule accounts used in phishing",
             "EIO from the Netherlands for bank records of money-mule accounts here.", "money-laundering",
             "closed", [(18, "suspect")], start=200, answer=27, ack=3, tags=["phishing", "money mules"],
             measure="financial-information"),
    CaseSpec("RO", "out", "eio", "Labour exploitation on construction sites",
             "Workers recruited in Romania were housed in overcrowded flats and paid nothing. EIO for the hearing "
             "of victims and the recruiters' bank records.", "trafficking-in-human-beings", "response received",
             [(19, "suspect"), (20, "victim")], start=150, answer=64, due=90, tags=["labour exploitation"],
             measure="hearing", handling="TLP:AMBER H3", h3="Victims' addresses not to be passed to third parties."),
    CaseSpec("RO", "in", "info", "Card-skimming devices at petrol stations",
             "Romanian police ask whether skimming devices of a given model were found here.",
             "payment-means-forgery", "open", [], start=10, answer=None, tags=["skimming"]),
    CaseSpec("TR", "out", "info", "Antiquities offered at a local auction",
             "Coins and a marble relief offered at an auction here may come from an excavation in Turkey.",
             "cultural-goods-trafficking", "closed", [(21, "suspect"), (37, "witness")], start=450, answer=21,
             due=30, tags=["cultural goods"]),
    CaseSpec("TR", "in", "mla", "Investment fraud call centre",
             "Turkish prosecutor asks for the hearing of a victim here and records of payments to a trading "
             "platform.", "fraud", "open", [(22, "victim"), (23, "suspect")], start=50, answer=None,
             tags=["investment fraud"], measure="hearing"),
    CaseSpec("UA", "out", "pres", "Phishing kit sold to customers in the EU",
             "A Ukrainian-hosted shop sells phishing kits used against banks here; preservation of the shop's "
             "server data requested.", "computer-crime", "request sent", [(24, "suspect")], start=54,
             follow=None, tags=["phishing", "cyber"], measure="expedited-preservation"),
    CaseSpec("UA", "in", "info", "Women recruited for seasonal work",
             "Ukrainian police ask about an agency here that recruited women for seasonal work that did not "
             "exist.", "trafficking-in-human-beings", "closed", [(25, "victim"), (26, "suspect")], start=230,
             answer=5, tags=["trafficking"], handling="TLP:AMBER+STRICT"),
    CaseSpec("UA", "out", "info", "Stolen cars shipped through a Black Sea port",
             "Cars stolen here were re-registered and shipped; request for the registration records.",
             "stolen-vehicles-trafficking", "awaiting response", [(27, "suspect"), (28, "suspect")], start=48,
             answer=None, due=30, tags=["vehicles"], measure="database-information"),
    CaseSpec("MA", "out", "mla", "Cannabis resin trafficking network",
             "Couriers carried cannabis resin by car ferry; request for the search of a warehouse and bank "
             "records.", "drug-trafficking", "closed", [(29, "suspect")], start=520, answer=95, due=120,
             tags=["drugs"], measure="search-seizure"),
    CaseSpec("MA", "in", "info", "Forged visas sold to travellers",
             "Moroccan police ask whether visas with given numbers were issued here.",
             "facilitation-of-unauthorised-entry", "closed", [(30, "suspect")], start=175, answer=8,
             tags=["document fraud", "migrant smuggling"]),
    CaseSpec("IL", "out", "mla", "CEO fraud against a logistics company",
             "A logistics company here paid a false invoice after an e-mail in its director's name; the money "
             "went to an account in Israel.", "fraud", "closed", [(31, "suspect"), (32, "witness")], start=290,
             answer=47, due=60, tags=["CEO fraud"], measure="financial-information"),
    CaseSpec("IL", "out", "spont", "Threats against a community centre",
             "Spontaneous information sent: threats against a community centre were posted from an account "
             "that may be used in Israel.", "racism-xenophobia", "open", [(41, "other")], start=18,
             tags=["hate crime"], handling="TLP:AMBER"),
    CaseSpec("CN", "out", "info", "Anabolic steroids shipped by post",
             "Parcels of anabolic steroids sent from a Chinese web shop; request for the shop's registration.",
             "hormonal-substances-trafficking", "awaiting response", [(33, "suspect"), (36, "witness")],
             start=75, answer=None, due=45, tags=["doping", "postal"]),
    CaseSpec("CN", "in", "info", "Luxury watches stolen by a travelling group",
             "Chinese police ask whether watches stolen from a tourist were sold here.",
             "organised-armed-robbery", "closed", [(34, "suspect"), (35, "victim")], start=140, answer=6,
             tags=["theft"]),
    CaseSpec("DE", "out", "eio", "Illegal waste shipment to a quarry",
             "Draft: demolition waste declared as gravel was dumped in a quarry; an EIO for the shipper's "
             "records is being prepared.", "environmental-crime", "draft", [], start=0,
             tags=["waste"], measure="information-held"),
    CaseSpec("PL", "out", "pres", "Sextortion of minors through a gaming platform",
             "Children here were threatened on a gaming platform by an account linked to a Polish internet "
             "connection. Preservation, then an EIO for subscriber data.", "child-sexual-exploitation",
             "response received", [(38, "suspect")], start=160, follow=12, answer=40, due=60, handling="TLP:RED",
             urgent="Ongoing threats against several children.", tags=["child protection", "cyber"],
             measure="subscriber-data"),
    CaseSpec("ES", "out", "info", "Stolen motorhome recovered",
             "A motorhome stolen here was found in Spain; request to confirm its identification.",
             "stolen-vehicles-trafficking", "archived", [(39, "victim")], start=505, answer=3, due=7,
             outcome="information provided", tags=["vehicles"], handling="TLP:CLEAR"),
    CaseSpec("RO", "in", "eio", "Bribes in public procurement",
             "EIO from a Romanian prosecutor for the company records of a firm here that paid a procurement official.",
             "corruption", "closed", [], start=360, answer=55, tags=["procurement"], measure="information-held"),
]

_STATUS_PATH = {
    "draft": [], "open": [], "request sent": ["request sent"],
    "awaiting response": ["request sent", "awaiting response"],
    "response received": ["request sent", "response received"],
    "closed": ["request sent", "response received", "closed"],
    "archived": ["request sent", "response received", "closed", "archived"],
}


# ------------------------------------------------------------------- planning
@dataclass
class _Entry:
    """One planned exchange-log entry (written in time order)."""

    n: int
    case: int | None
    at: datetime
    fields: dict[str, Any]
    response_to: "_Entry | None" = None
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    correction: dict[str, Any] | None = None
    mark_met_after: "_Entry | None" = None  # this entry follows up that preservation request
    own_ref: bool = False
    id: str = ""


# The final documents of the demo register: (template, direction, request kinds of the case, answers).
_DEMO_DOCUMENTS: list[tuple[str, str, tuple[str, ...], dict[str, Any]]] = [
    ("mla-request", "out", ("mla",), {}),
    ("eio-request", "out", ("eio",), {}),
    ("information-request", "out", ("info",), {}),
    ("preservation-request", "out", ("pres",), {}),
    ("spontaneous-information", "out", ("spont",), {}),
    ("acknowledgement", "in", ("eio",), {}),  # an EIO received: the official Annex B form
    ("acknowledgement", "in", ("info", "mla"), {}),
    ("status-inquiry", "out", ("mla", "eio"), {}),
    ("cover-letter", "out", ("eio", "mla"), {}),
]
_DEMO_ANSWERS: dict[str, dict[str, Any]] = {
    "mla-request": {
        "authority_conducting": "Public Prosecutor's Office Musterstadt (demo), the investigating prosecutor in charge "
                                "of the preliminary investigation",
        "issuing_judicial_authority": "Public Prosecutor's Office Musterstadt (demo)",
        "request_summary": "We ask for the bank records of two accounts and for the hearing of one witness.",
        "object": "Obtaining the statements of the accounts named below and hearing the witness named below.",
        "reason": "The proceeds of the offences were paid into these accounts; the witness received them.",
        "purpose": "Evidence for the criminal proceedings against the suspects named below.",
        "law_cited": "Sections 146 and 147 of the Criminal Code of the Sample Republic (fraud, aggravated fraud)",
        "measures": ["financial-information", "hearing"],
        "measure_details": "1. Statements of accounts no. 0000 0000 0001 and 0000 0000 0002 from 1 January to 31 "
                           "December last year.\n2. Hearing of the witness on the transfers received.",
        "persons_to_be_heard": "The witness named below, at the address given.",
        "confidentiality": "Please keep the request and its content confidential: the suspects are not aware of the "
                           "investigation.",
        "time_limit": None,
    },
    "eio-request": {
        "measures": ["information-held", "hearing", "financial-information"],
        "measure_details": "Obtain the records of the vehicle hire company named in the facts and hear its manager "
                           "as a witness; provide the statements of the account used to pay the hire.",
        "proceedings_type": "criminal", "three_years": "yes", "authority_type": "other",
        "law_cited": "Sections 142 and 143 of the Criminal Code of the Sample Republic (robbery, aggravated robbery)",
        "measure_reasons": "The vehicle used in the robbery was hired with the account; its statements show who paid.",
        "validating_authority": "Regional Court Musterstadt (demo), investigating judge",
        "validating_type": "investigating-judge", "main_contact": "issuing",
        "communication_languages": "German, English",
        "remedies_authority": "Regional Court Musterstadt (demo), criminal registry",
    },
    "information-request": {
        "information_access": "indirect",
        "information_requested": "The holder of the telephone number +30 210 0000 0042 and the addresses linked to it.",
        "purpose": "Identify the seller of the forged residence permits.",
        "grounds_available": "The number is a Greek mobile number used in the adverts.",
        "persons_connection": "The suspect named below used this number.",
        "conditions_of_use": "For this investigation only; not to be used as evidence without a request for mutual "
                             "legal assistance.",
    },
    "preservation-request": {
        "data_to_preserve": "Subscriber information and connection logs (IP addresses with time stamps) of the account "
                            "used to send the ransom note, from 1 to 31 of last month.",
        "data_relation": "The ransom note came from this account.",
        "custodian": "The hosting provider named in the facts.",
        "necessity": "The provider keeps connection logs for 90 days only.",
        "traffic_data_disclosure": "requested", "subscriber_notification": "not-to-be-notified",
    },
    "spontaneous-information": {
        "information_provided": "A person known to us has announced, in a closed group, a visit to the community "
                                "centre named in the facts on a date next week.",
        "relevance": "The threats target a centre in your country.",
        "evaluation": "B2",
        "conditions_of_use": "For the prevention of the threatened offence only.",
    },
    "acknowledgement": {
        "received_via": "SIENA",
        "competent_authority": "the Public Prosecutor's Office Musterstadt (demo)",
        "communication_languages": "German, English",
    },
    "status-inquiry": {
        "questions": "Has the bank been asked for the statements, and when may we expect them?",
    },
    "cover-letter": {
        "enclosed": ["Translation of the European Investigation Order (12 pages)",
                     "Copy of the validation by the investigating judge"],
    },
}


def _png(rng: random.Random, size: int = 24) -> bytes:
    """A small generated greyscale PNG (a stand-in for a photo in a report)."""
    base = rng.randrange(40, 200)
    rows = b"".join(b"\x00" + bytes((base + x * 2 + y) % 256 for x in range(size)) for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _anchor(today: date | datetime | str | None) -> datetime:
    """The demo's "now": ``today`` at noon UTC (a datetime as given), never later
    than the real clock, since nothing can be logged in the future."""
    now = utcnow().replace(microsecond=0) - timedelta(minutes=1)
    if today is None:
        return now.replace(second=0)
    if isinstance(today, str):
        text = today.strip()
        try:
            today = date.fromisoformat(text)
        except ValueError:
            today = parse_datetime(text, field="today")
    if isinstance(today, datetime):
        when = today if today.tzinfo else today.replace(tzinfo=UTC)
    elif isinstance(today, date):
        when = datetime.combine(today, time(12, 0), UTC)
    else:
        raise ValidationError("today: give a date (YYYY-MM-DD).", field="today")
    if when.astimezone(UTC).date() > now.date():
        raise ValidationError("today: the demo cannot be set in the future.", field="today")
    return min(when.astimezone(UTC), now)


def _check_vault_empty(vault) -> None:
    """Refuse a vault that holds anything but demo or reference records."""
    db = vault.db
    real: dict[str, int] = {}
    demo = 0
    for table in _RECORD_TABLES:
        try:
            row = db.execute(
                f"SELECT sum(origin NOT IN ('demo', 'reference')), sum(origin = 'demo') FROM {table}"
            ).fetchone()
        except OperationalError:  # a table of a later schema
            continue
        if row and row[0]:
            real[table] = int(row[0])
        demo += int(row[1] or 0) if row else 0
    try:
        imported = db.execute("SELECT count(*) FROM bundle_imports").fetchone()[0]
    except OperationalError:
        imported = 0
    if imported:
        real["bundle imports"] = int(imported)
    if real:
        what = ", ".join(f"{t}: {n}" for t, n in real.items())
        raise Conflict(
            f"This vault already holds real records ({what}); demo data is only added to an empty vault, so that "
            "fictional records never mix with real work. Nothing was written.",
            hint="Create a separate vault for the demo (liaison --vault demo.liaison init, then demo).",
        )
    if demo or vault.settings.get(DEMO_SETTING):
        raise Conflict("This vault already holds the demo data; nothing was written.",
                       hint="Create a new vault to start a fresh demo.")


class _Builder:
    """Writes the demo set through the stores (one instance per populate call)."""

    def __init__(self, vault, anchor: datetime, seed: int) -> None:
        self.vault = vault
        self.now = anchor
        self.rng = random.Random(seed)
        self.agencies: dict[str, str] = {}
        self.contacts: dict[str, list[str]] = {}  # country -> contact e-mails (police first)
        self.contact_247: dict[str, str] = {}
        self.contact_ca: dict[str, str] = {}
        self.agreements: list[str] = []
        self.case_ids: list[str] = []
        self.case_refs: list[str] = []
        self.case_basis: list[str | None] = []
        self.their_refs: list[str] = []
        self.person_ids: list[str] = []
        self.person_docs: list[list[str]] = []
        self.entries: list[_Entry] = []
        self.letters: dict[int, int] = {}

    # ---------------------------------------------------------------- helpers
    def days_ago(self, days: float, *, office_hours: bool = True) -> datetime:
        """A moment ``days`` before the anchor, moved into office hours when the
        offset is a day or more (people write letters in the daytime)."""
        when = self.now - timedelta(days=days)
        if office_hours and days >= 1:
            when = when.replace(hour=self.rng.randrange(7, 15), minute=self.rng.choice((0, 10, 20, 35, 45, 50)),
                                second=0)
        return min(when, self.now)

    def _ref(self, case: int) -> str:
        self.letters[case] = self.letters.get(case, 0) + 1
        return f"{self.case_refs[case]}/{self.letters[case]}"

    def _their_ref(self, cc: str, kind: str) -> str:
        """A fictional reference of the counterpart's file."""
        office = {"mla": "MLA", "eio": "EIO", "pres": "CY", "info": "SPOC", "spont": "IC"}[kind]
        return f"{cc}-{office}-{self.now.year - self.rng.randrange(0, 2)}/{self.rng.randrange(100, 9999):04d}"

    # ---------------------------------------------------------------- profile
    def profile(self) -> None:
        settings = self.vault.settings
        for key, value in OFFICER.items():
            if settings.get(key) in (None, ""):  # an officer's own profile is never overwritten
                settings.set(key, value)

    # -------------------------------------------------------------- directory
    def directory(self) -> None:
        for key, cc, kind, name, label in AGENCIES:
            tz, langs, _, _, channel = COUNTRIES[cc]
            email = _agency_email(key, cc, label)
            channels = [{"channel": "E-mail", "address": email}]
            if kind in ("spoc", "police"):
                channels.insert(0, {"channel": channel, "address": f"{cc}-{label.upper()}-DESK"})
            if kind == "24-7-point":
                channels.insert(0, {"channel": "24/7 cybercrime network", "address": f"{cc}-247"})
            if kind == "central-authority":
                channels.insert(0, {"channel": "Central authority", "address": f"{cc} central authority registry"})
            ch = self.vault.agencies.add(
                name=name, kind=kind, country=cc, languages=langs, channels=channels,
                phones=[_phone(cc, 100 + len(self.agencies))], email=email,
                address=f"{self.rng.randrange(1, 120)} Sample Street, {cc} (fictional address)", time_zone=tz,
                notes="Fictional agency of the demo data set.", origin=ORIGIN,
            )
            self.agencies[key] = ch.id
        for i, (local, agency_key, name, role) in enumerate(CONTACTS):
            agency = next(a for a in AGENCIES if a[0] == agency_key)
            cc = agency[1]
            tz, langs, _, _, channel = COUNTRIES[cc]
            email = f"{local}@{cc.lower()}-{agency_key.split('-')[-1]}.example.{'org' if i % 2 else 'net'}"
            secure = [{"channel": "E-mail", "address": email}]
            if agency[2] in ("spoc", "police"):
                secure.insert(0, {"channel": channel, "address": f"{local.upper()}@{cc}"})
            if agency[2] == "24-7-point":
                secure.insert(0, {"channel": "24/7 cybercrime network", "address": f"{cc}-247"})
            self.vault.contacts.add(
                name=name, agency=self.agencies[agency_key], role=role, country=cc, languages=langs,
                phones=[_phone(cc, 200 + i)], email=email, secure_channels=secure, time_zone=tz,
                notes="Fictional counterpart (demo data).", origin=ORIGIN,
            )
            self.contacts.setdefault(cc, []).append(email)
            if agency[2] == "24-7-point":
                self.contact_247[cc] = email
            if agency[2] in ("central-authority", "prosecutor") and cc not in self.contact_ca:
                self.contact_ca[cc] = email

    def agreements_(self) -> None:
        for spec in AGREEMENTS:
            ch = self.vault.agreements.add(
                **spec, source="Fictional agreement of the demo data set (liaison.demo); not a real treaty.",
                origin=ORIGIN,
            )
            self.agreements.append(ch.id)

    def _instrument(self, key: str) -> str | None:
        try:
            return self.vault.agreements.resolve(key)
        except NotFound:
            return None

    def legal_basis(self, spec: CaseSpec) -> str | None:
        """The basis the finder gives for the case's main request (reference pack and demo agreements), the
        first one that fits the request type: the EIO for an EIO, Directive 2023/977 or a police agreement for
        police information, an instrument providing for expedited preservation (the Convention on Cybercrime
        first) for a preservation request, a judicial instrument for a letter of request. None when nothing
        binds (the officer still has to determine it)."""
        requesting, requested = (HOME, spec.cc) if spec.way == "out" else (spec.cc, HOME)
        measure = {"info": "database-information", "spont": "spontaneous-information",
                   "pres": "expedited-preservation"}.get(spec.kind, spec.measure)
        found = self.vault.agreements.find_basis(requesting, requested, measure, on=self.now.date(),
                                                 offence=spec.offence)
        fits = {
            "eio": lambda r: r["key"] == "eu-eio-2014-41",
            "info": lambda r: r["key"] in ("eu-2023-977", "eu-fd-2006-960") or r["type"] in ("bilateral-treaty",
                                                                                              "memorandum"),
            "pres": lambda r: True,
            "mla": lambda r: r["key"] not in ("eu-eio-2014-41", "eu-2023-977", "eu-fd-2006-960")
            and r["type"] != "memorandum",
            "spont": lambda r: True,
        }[spec.kind]
        results = found["results"]
        if spec.kind == "pres":  # the 24/7 network's own instrument first, where it binds (Budapest Art. 29)
            results = sorted(results, key=lambda r: r["key"] != "coe-ets-185")
        for r in results:
            if fits(r):
                return r["agreement_id"]
        return None

    # ------------------------------------------------------- cases and persons
    def cases(self) -> None:
        for i, spec in enumerate(CASES):
            basis = self.legal_basis(spec)
            theirs = self._their_ref(spec.cc, spec.kind)
            self.their_refs.append(theirs)
            requesting, requested = (HOME, spec.cc) if spec.way == "out" else (spec.cc, HOME)
            fields: dict[str, Any] = {
                "title": spec.title, "summary": spec.summary, "offence_category": spec.offence,
                "requesting_state": requesting, "requested_state": requested, "handling": spec.handling,
                "handling_h3_text": spec.h3 or None, "tags": spec.tags, "legal_basis": basis,
                "assigned_officer": OFFICER["officer.name"] if i % 3 else "Lukas Muster",
                "counterpart_reference": theirs if spec.way == "in" else "",
                "direction": "incoming" if spec.way == "in" else "outgoing",
            }
            if spec.urgent:
                fields.update(urgency="urgent", urgency_reason=spec.urgent)
            if spec.review is not None or spec.status in ("closed", "archived"):
                fields["review_date"] = (self.now.date() + timedelta(days=spec.review or 365)).isoformat()
            if basis is None and spec.status != "draft":
                fields["notes"] = "Legal basis to be confirmed with the central authority."
            ch = self.vault.cases.add(status="draft" if spec.status == "draft" else "open", origin=ORIGIN,
                                      **fields)
            self.case_ids.append(ch.id)
            self.case_refs.append(ch.extra["reference"])
            self.case_basis.append(basis)

    def persons(self) -> None:
        first_case: dict[int, list[tuple[int, str]]] = {}
        for ci, spec in enumerate(CASES):
            for pi, role in spec.persons:
                first_case.setdefault(pi, []).append((ci, role))
        for pi, (names, nationality, category, dob) in enumerate(PERSONS):
            docs = []
            numbers = []
            if self.rng.random() < 0.8:
                number = f"{self.rng.choice('XYZ')}{self.rng.choice('ABCDEFGHJK')}{self.rng.randrange(10**6, 10**7)}"
                expires = self.now.date() + timedelta(days=self.rng.randrange(-200, 2500))
                docs.append({"type": "passport", "number": number, "country": nationality,
                             "expires": expires.isoformat()})
                numbers.append(number)
            if self.rng.random() < 0.3:
                number = f"ID{self.rng.randrange(10**7, 10**8)}"
                docs.append({"type": "identity card", "number": number, "country": nationality})
                numbers.append(number)
            links = first_case.get(pi, [])
            first = links[0] if links else None
            facts, assessments = self._facts(pi, category, first[0] if first else None)
            ch = self.vault.persons.add(
                names=[{"text": t, "script": s, **({"lang": lang} if lang else {})} for t, s, lang in names],
                nationality=nationality, category=category, date_of_birth=dob, documents=docs, facts=facts,
                assessments=assessments, notes="Fictional person (demo data).",
                review_date=(self.now.date() + timedelta(days=self.rng.randrange(30, 900))).isoformat(),
                case=self.case_ids[first[0]] if first else None, role=first[1] if first else None, origin=ORIGIN,
            )
            self.person_ids.append(ch.id)
            self.person_docs.append(numbers)
            for ci, role in links[1:]:
                self.vault.persons.link(self.case_ids[ci], ch.id, role=role)

    def _facts(self, pi: int, category: str, ci: int | None) -> tuple[list[dict], list[dict]]:
        """Facts and personal assessments kept apart (LED Art. 7), each with its
        source and date (within the life of the person's first case)."""
        spec = CASES[ci] if ci is not None else None
        start = spec.start if spec else 200

        def on() -> str:
            return self.days_ago(self.rng.uniform(0, max(start, 0.01))).date().isoformat()

        if spec is not None and spec.way == "in":
            facts = [{"text": f"Named in the request received from {spec.cc}.",
                      "source": f"Counterpart request {self.their_refs[ci]}", "date": on()}]
        else:
            facts = [{"text": "Identified in our investigation file.",
                      "source": f"Own investigation file {self.case_refs[ci]}" if ci is not None else "Own records",
                      "date": on()}]
        assessments: list[dict] = []
        pick = self.rng.choice
        if category == "suspect":
            facts.append(pick([
                {"text": "Registered keeper of a vehicle seen at the scene.", "source": "Vehicle register"},
                {"text": "Holder of the bank account that received the payments.", "source": "Bank's reply"},
                {"text": "Subscriber of the telephone number used for the contacts.", "source": "Operator's reply"},
                {"text": "Crossed the border at the Musterstadt checkpoint.", "source": "Border register"},
            ]) | {"date": on()})
            assessments.append(pick([
                {"text": "Probably organises the group's logistics (pattern of calls; not confirmed).",
                 "source": "Analyst, National Liaison Office"},
                {"text": "May use a second identity; photographs to be compared.", "source": "Investigating officer"},
                {"text": "Likely to travel again soon; risk of flight assessed as high.",
                 "source": "Counterpart's assessment"},
            ]) | {"date": on()})
        elif category == "victim":
            facts.append({"text": "Filed a complaint.", "source": "Complaint record", "date": on()})
            assessments.append({"text": "Vulnerable: needs an interpreter and victim support.",
                                "source": "Victim support officer", "date": on()})
        elif category == "witness":
            facts.append({"text": "Gave a statement.", "source": "Statement record", "date": on()})
            assessments.append({"text": "Credible; willing to testify by videoconference.",
                                "source": "Interviewing officer", "date": on()})
        else:
            facts.append({"text": "Director of a company named in the file.", "source": "Company register",
                          "date": on()})
        return facts, assessments

    # ------------------------------------------------------------ the log plan
    def _add(self, case_index: int, at: datetime, /, *, own_ref: bool = False, **fields: Any) -> _Entry:
        """Plan one entry. ``own_ref``: it carries our letter reference, given
        when it is written (in time order, so /1, /2... follow the dates)."""
        entry = _Entry(len(self.entries), case_index, at, fields, own_ref=own_ref)
        self.entries.append(entry)
        return entry

    def _counterpart(self, cc: str, kind: str) -> str:
        if kind == "pres" and cc in self.contact_247:
            return self.contact_247[cc]
        if kind in ("mla", "eio") and cc in self.contact_ca:
            return self.contact_ca[cc]
        return self.contacts[cc][0]

    def _channel(self, cc: str, kind: str) -> str:
        if kind == "pres":
            return "24/7 cybercrime network"
        if kind == "mla":
            return "Diplomatic channel" if cc == "CN" else "Central authority"
        if kind == "eio":
            return "E-mail"
        return COUNTRIES[cc][4]

    def plan(self) -> None:
        """The story of each case as log entries: the request, acknowledgements,
        status inquiries, the answer; then everyday messages up to the target."""
        rtype = {"mla": "mla-request", "eio": "eio-request", "info": "information-request",
                 "pres": "preservation-request", "spont": "spontaneous-information"}
        for ci, spec in enumerate(CASES):
            if spec.status == "draft":
                continue
            cc, basis, theirs = spec.cc, self.case_basis[ci], self.their_refs[ci]
            names = [PERSONS[p][0][0][0] for p, _ in spec.persons]
            idents = [d for p, _ in spec.persons for d in self.person_docs[p]]
            common = {"case": self.case_ids[ci], "handling": spec.handling, "h3_text": spec.h3 or None,
                      "legal_basis": basis}
            plain = {"case": self.case_ids[ci], "handling": spec.handling, "h3_text": spec.h3 or None}
            t0 = self.days_ago(spec.start)
            urgency = "urgent" if spec.urgent else "normal"
            if spec.way == "out":
                kind = spec.kind
                first = None
                if kind == "pres":
                    first = self._add(ci, t0, direction="sent", request_type="preservation-request",
                                      channel="24/7 cybercrime network", counterpart=self._counterpart(cc, "pres"),
                                      summary=f"Request for expedited preservation of stored computer data: "
                                              f"{spec.title}. A request for mutual assistance will follow.",
                                      own_ref=True, urgency=urgency, names=names, **common)
                    # The 24/7 point confirms; the end of preservation stays open (following up is our duty).
                    confirm = self._add(ci, t0 + timedelta(hours=self.rng.randrange(5, 40)), direction="received",
                                        channel="24/7 cybercrime network", counterpart=self._counterpart(cc, "pres"),
                                        counterpart_reference=theirs, outcome="granted",
                                        summary="Preservation confirmed: the data are preserved for at least 60 "
                                                "days; a request for mutual assistance is awaited.", **common)
                    confirm.response_to = first
                    if spec.follow is None:
                        continue
                    t0 = t0 + timedelta(days=spec.follow)
                    kind = "eio" if cc in EU_STATES else "mla"
                due = t0 + timedelta(days=spec.due) if spec.due and kind != "spont" else None
                req = self._add(
                    ci, t0, direction="sent", request_type=rtype[kind], channel=self._channel(cc, kind),
                    counterpart=self._counterpart(cc, kind), own_ref=True, urgency=urgency,
                    summary=self._summary(spec, "request"), names=names, identifiers=idents,
                    response_due=to_iso(due) if due else None,
                    conditions="To be used only for the criminal proceedings named in the request." if
                    spec.handling.endswith(("H1", "H2")) else "", **common,
                )
                if first is not None:
                    if kind == "mla":
                        req.response_to = first  # our follow-up meets the end of preservation
                    else:
                        req.mark_met_after = first
                if self.rng.random() < 0.4:
                    req.attachments.append((f"request-{self.case_refs[ci]}.txt", self._letter(ci, spec)))
                if kind == "spont":
                    continue
                if kind in ("mla", "eio") and spec.start > 5:
                    # The counterpart's acknowledgement is not linked as a response: it
                    # answers nothing, and would cut the response times of the statistics.
                    self._add(ci, t0 + timedelta(days=min(3, spec.start / 4), hours=2), direction="received",
                              request_type="acknowledgement", channel=self._channel(cc, kind),
                              counterpart=self._counterpart(cc, kind), counterpart_reference=theirs,
                              summary="Acknowledgement of receipt; the request was forwarded to the executing "
                                      "authority.", **plain)
                waited = (self.now - t0).days if spec.answer is None else spec.answer
                if waited > 40:
                    self._add(ci, t0 + timedelta(days=30, hours=3), direction="sent", request_type="status-inquiry",
                              channel=self._channel(cc, kind), counterpart=self._counterpart(cc, kind),
                              own_ref=True, counterpart_reference=theirs if kind in ("mla", "eio") else "",
                              summary="Status inquiry: where does our request stand? Reminder of the urgency "
                                      "and of our reference." if spec.urgent else
                              "Status inquiry: where does our request stand?", **plain)
                if spec.answer is not None:
                    ans = self._add(ci, t0 + timedelta(days=spec.answer), direction="received",
                                    channel=self._channel(cc, kind), counterpart=self._counterpart(cc, kind),
                                    counterpart_reference=theirs, outcome=spec.outcome,
                                    summary=self._summary(spec, "answer"),
                                    evaluation=self.rng.choice(("A1", "B2", "B1", "A2")), **common)
                    ans.response_to = req
                    if self.rng.random() < 0.5:
                        ans.attachments.append((f"photo-{self.case_refs[ci]}.png", _png(self.rng)))
            else:
                kind = spec.kind
                req = self._add(
                    ci, t0, direction="received", request_type=rtype[kind], channel=self._channel(cc, kind),
                    counterpart=self._counterpart(cc, kind), counterpart_reference=theirs,
                    urgency=urgency if kind == "info" else "normal",
                    information_access=spec.access if kind == "info" and spec.urgent else None,
                    summary=self._summary(spec, "incoming"), names=names, identifiers=idents,
                    evaluation="B2" if kind in ("info", "spont") else None, **common,
                )
                if kind == "spont":
                    continue
                if kind == "eio" and spec.ack is not None:
                    # Linked: the acknowledgement meets the Annex B one-week limit.
                    ack = self._add(ci, t0 + timedelta(days=spec.ack, hours=1), direction="sent",
                                    request_type="acknowledgement", channel=self._channel(cc, kind),
                                    counterpart=self._counterpart(cc, kind), own_ref=True,
                                    counterpart_reference=theirs, summary="Acknowledgement of receipt (Annex B).",
                                    **plain)
                    ack.response_to = req
                elif kind == "mla" and spec.ack is not None:
                    self._add(ci, t0 + timedelta(days=spec.ack, hours=1), direction="sent",
                              request_type="acknowledgement", channel=self._channel(cc, kind),
                              counterpart=self._counterpart(cc, kind), own_ref=True, counterpart_reference=theirs,
                              summary="Acknowledgement of receipt; forwarded to the competent prosecutor.", **plain)
                if spec.answer is not None:
                    hours = spec.answer if spec.urgent else spec.answer * 24
                    ans = self._add(ci, t0 + timedelta(hours=hours), direction="sent",
                                    channel=self._channel(cc, kind), counterpart=self._counterpart(cc, kind),
                                    own_ref=True, counterpart_reference=theirs,
                                    outcome="information provided" if kind == "info" else spec.outcome,
                                    summary=self._summary(spec, "reply"), **common)
                    ans.response_to = req
        self._extras()

    def _window(self, spec: CaseSpec) -> tuple[float, float]:
        """Days before today between which everyday messages of a case fall:
        after its first request, before its answer (or today)."""
        if spec.answer is None:
            return spec.start - 0.5, 0.2
        answer = spec.answer / 24 if spec.urgent and spec.way == "in" else spec.answer
        return spec.start - 0.5, max(spec.start - (spec.follow or 0) - answer + 0.5, 0.2)

    def _extras(self) -> None:
        """Everyday messages (questions and replies, calls, liaison reports) until
        the log holds the target number of entries, a few of them corrected."""
        active = [i for i, s in enumerate(CASES) if s.status != "draft" and s.start >= 5]
        corrections = 4
        pairs = [
            ("E-mail", "Counterpart asks for a translation of the annexes into {lang}.", 2,
             "Translation of the annexes into {lang} sent."),
            ("Telephone", "Counterpart called to clarify the dates of birth in the annex.", 0.2,
             "Clarification confirmed in writing."),
            ("E-mail", "Counterpart asks whether the persons concerned may be told of the request.", 1,
             "Answered: the request is confidential; the persons are not to be told."),
            ("In person", "Meeting at the embassy with the counterpart: progress of the case discussed.", 1,
             "Note of the meeting sent to the counterpart for confirmation."),
        ]
        singles = [  # (channel, direction, text, which cases it fits)
            ("Liaison officer network", "received", "Liaison officer reports a new address of a person concerned.",
             lambda s: bool(s.persons)),
            ("E-mail", "received", "Counterpart sends the contact details of the executing prosecutor.",
             lambda s: s.way == "out" and s.kind in ("mla", "eio", "pres")),
            ("Telephone", "sent", "Called the counterpart to agree on a date for the hearing.",
             lambda s: s.measure.startswith("hearing")),
            ("Telephone", "received", "Counterpart called: the request has been assigned to an investigator.",
             lambda s: s.way == "out"),
            ("E-mail", "sent", "Our records were checked again; nothing new to report.", lambda s: s.way == "in"),
        ]
        weights = [max(0.0, self._window(CASES[i])[0] - self._window(CASES[i])[1]) ** 0.5 for i in active]
        used: set[tuple[int, str]] = set()
        for _ in range(10_000):  # bounded: the loop ends long before
            if len(self.entries) + corrections >= TARGET_EXCHANGES:
                break
            ci = self.rng.choices(active, weights)[0]
            spec = CASES[ci]
            hi, lo = self._window(spec)
            if hi - lo < 1:
                continue
            when = self.days_ago(self.rng.uniform(lo + 0.5, hi))
            lang = next((n for c, n in (("DE", "German"), ("PL", "Polish"), ("GR", "Greek"), ("FR", "French"),
                                        ("ES", "Spanish"), ("IT", "Italian"), ("NL", "Dutch"), ("RO", "Romanian"),
                                        ("TR", "Turkish"), ("UA", "Ukrainian"), ("MA", "Arabic"), ("IL", "Hebrew"),
                                        ("CN", "Chinese")) if c == spec.cc), "English")
            plain = {"case": self.case_ids[ci], "handling": spec.handling, "h3_text": spec.h3 or None}
            contact = self.contacts[spec.cc][-1]
            roll = self.rng.random()
            if roll < 0.5 and len(self.entries) + corrections + 2 <= TARGET_EXCHANGES:
                channel, question, gap, reply = self.rng.choice(pairs)
                if (ci, question) in used:
                    continue
                used.add((ci, question))
                self._add(ci, when, direction="received", request_type="other", channel=channel, counterpart=contact,
                          summary=question.format(lang=lang), **plain)
                later = when + timedelta(days=gap, hours=1)
                if gap >= 1:
                    later = later.replace(hour=self.rng.randrange(8, 16))
                later = min(later, self.days_ago(lo, office_hours=False))
                self._add(ci, max(later, when + timedelta(minutes=20)), direction="sent", request_type="other",
                          channel=channel, counterpart=contact, own_ref=True, summary=reply.format(lang=lang), **plain)
            elif roll < 0.65 and any(role == "suspect" for _, role in spec.persons):
                self._add(ci, when, direction="received", request_type="spontaneous-information",
                          channel=COUNTRIES[spec.cc][4], counterpart=self.contacts[spec.cc][0], evaluation="B2",
                          summary="Spontaneous information: new travel movements of a person concerned.", **plain)
            else:
                channel, direction, text, fits = self.rng.choice(singles)
                if (ci, text) in used or not fits(spec):
                    continue
                used.add((ci, text))
                self._add(ci, when, direction=direction, request_type="other", channel=channel, counterpart=contact,
                          own_ref=direction == "sent", summary=text, **plain)
        # Corrections: a wrong channel recorded, or the counterpart's reference left out.
        candidates = [e for e in self.entries if e.fields.get("request_type") == "other"
                      and e.fields["direction"] == "received"]
        for e in self.rng.sample(candidates, min(corrections, len(candidates))):
            if e.fields.get("channel") != "E-mail":
                e.correction = {"reason": "Wrong channel recorded: the message came by e-mail.", "channel": "E-mail"}
            else:
                e.correction = {"reason": "Counterpart's reference added from the covering letter.",
                                "counterpart_reference": self.their_refs[e.case]}

    def _summary(self, spec: CaseSpec, what: str) -> str:
        kind = {"mla": "Request for mutual legal assistance", "eio": "European Investigation Order",
                "info": "Request for information", "pres": "European Investigation Order",
                "spont": "Spontaneous information"}[spec.kind]
        if what == "request":
            return f"{kind}: {spec.title}. {spec.summary}"
        if what == "incoming":
            return f"{kind} received: {spec.title}. {spec.summary}"
        if what == "answer":
            return {"granted": "Execution completed; results sent with the covering letter.",
                    "partially granted": "Partly executed: company records sent; bank records need a court order.",
                    "refused": "Refused: the facts are not an offence in the requested state.",
                    "information provided": "Information provided: records found and sent.",
                    }.get(spec.outcome, "Answer received.") + f" ({spec.title})"
        return f"Reply sent: our records checked for '{spec.title}'; results attached to the reply."

    def _letter(self, ci: int, spec: CaseSpec) -> bytes:
        text = (f"{OFFICER['officer.unit']}\n{OFFICER['officer.authority']}\n\nOur reference: {self.case_refs[ci]}\n"
                f"Subject: {spec.title}\n\n{spec.summary}\n\nThis letter is part of the fictional demo data set.\n\n"
                f"{OFFICER['officer.signature_block']}\n")
        return text.encode("utf-8")

    # ------------------------------------------------------------ the writing
    def write_log(self) -> None:
        ex = self.vault.exchanges
        for e in sorted(self.entries, key=lambda x: (x.at, x.n)):
            fields = {k: v for k, v in e.fields.items() if v not in (None, "", [])}
            if e.own_ref:
                fields["reference"] = self._ref(e.case)
            if e.response_to is not None:
                fields["response_to"] = e.response_to.id
                if e.at <= e.response_to.at:
                    e.at = e.response_to.at + timedelta(minutes=5)
            e.at = min(e.at, self.now)
            ch = ex.add(occurred_at=e.at, attachments=e.attachments or None, origin=ORIGIN, **fields)
            e.id = ch.id
            if e.correction:
                reason = e.correction["reason"]
                changes = {k: v for k, v in e.correction.items() if k != "reason"}
                e.id = ex.correct(ch.id, reason=reason, **changes).id
            if e.mark_met_after is not None:
                open_ = self.vault.db.execute(
                    "SELECT id FROM deadlines WHERE exchange_id = ? AND rule = 'preservation-end' AND met_at = ''",
                    (e.mark_met_after.id,)).fetchone()
                if open_:
                    seq = self.vault.db.execute("SELECT seq FROM exchanges WHERE id = ?", (e.id,)).fetchone()[0]
                    self.vault.deadlines.mark_met(open_[0], at=e.at, note=f"EIO sent as the follow-up (#{seq})")

    def hand_deadlines(self) -> None:
        """Two deadlines entered by hand: a counterpart's court date, a review."""
        d = self.vault.deadlines
        it = next(i for i, s in enumerate(CASES) if s.measure == "hearing" and s.way == "out" and s.answer is None
                  and s.status != "draft")
        d.add(title="Hearing date proposed by the executing authority", case=self.case_ids[it],
              starts_at=self.days_ago(6), due_at=self.now + timedelta(days=9),
              remind_at=self.now + timedelta(days=6), note="Confirm the videoconference room.", origin=ORIGIN)
        closed = next(i for i, s in enumerate(CASES) if s.status == "closed")
        d.add(title="Return the seized documents to the counterpart", case=self.case_ids[closed],
              starts_at=self.days_ago(40), due_at=self.days_ago(5), origin=ORIGIN)

    def documents(self) -> None:
        """A complete final document of each type, kept in the register: a new user opens a finished letter, the
        official EIO form and its confirmation of receipt in one click. Each rests on its case's legal basis."""
        from .documents import context, register
        from .documents.basis import BasisRefused
        from .documents.context import DocumentIncomplete
        from .documents.templates import get_template

        day = lambda n: (self.now.date() - timedelta(days=n)).isoformat()  # noqa: E731 - a date n days back
        for template_id, way, kinds, extra in _DEMO_DOCUMENTS:
            made = False
            for ci, spec in enumerate(CASES):
                if made or spec.way != way or spec.kind not in kinds or spec.status == "draft":
                    continue
                ref = self.case_refs[ci]
                answers = {**_DEMO_ANSWERS.get(template_id, {}), **extra}
                answers.update(date_received=day(3), date_of_request=day(40), date_of_issue=day(5))
                if spec.urgent:
                    answers.setdefault("urgency_grounds", "concealed")
                template = get_template(self.vault, template_id)
                for _section, f in template.fields():
                    if f.asked and answers.get(f.key) not in (None, ""):
                        context.set_answer(self.vault, ref, template_id, f.key, answers[f.key])
                try:
                    view = context.resolve(self.vault, ref, template_id, lang="en",
                                           second_lang="fr" if template_id == "mla-request" else None,
                                           date=day(1))
                except (DocumentIncomplete, BasisRefused):
                    continue  # this case does not carry the document: the next one of its kind will
                register.finalise(self.vault, view, origin=ORIGIN)
                made = True
            if not made:
                raise ValidationError(f"The demo set has no case that carries a final {template_id}.")

    def statuses(self) -> None:
        """Each case's counterpart reference once the counterpart has written,
        then its status along the workflow."""
        for ci, spec in enumerate(CASES):
            if spec.way == "out" and any(e.case == ci and e.fields.get("direction") == "received"
                                         for e in self.entries):
                self.vault.cases.update(self.case_ids[ci], counterpart_reference=self.their_refs[ci])
            for step in _STATUS_PATH[spec.status]:
                self.vault.cases.set_status(self.case_ids[ci], step)


def populate(vault, *, today: date | datetime | str | None = None, seed: int = 2026) -> dict[str, int]:
    """Fill an empty vault with the fictional demo set; returns counts per
    record type (and of overdue deadlines at ``today``). Refuses (Conflict, a
    LiaisonError) a vault that already holds records other than demo or
    reference ones, or the demo already; nothing is written then."""
    anchor = _anchor(today)
    b = _Builder(vault, anchor, int(seed))
    with vault.transaction():
        _check_vault_empty(vault)
        b.profile()
        b.directory()
        b.agreements_()
        b.cases()
        b.persons()
        b.plan()
        b.write_log()
        b.hand_deadlines()
        b.statuses()
        b.documents()
        vault.settings.set(DEMO_SETTING, {"seed": int(seed), "today": anchor.date().isoformat(),
                                          "at": to_iso(utcnow())})
    return counts(vault, now=anchor)


def is_demo(vault) -> bool:
    """Whether this vault holds the demo data set (for a "demo data" banner)."""
    return bool(vault.settings.get(DEMO_SETTING))


def counts(vault, *, now: datetime | None = None) -> dict[str, int]:
    """Demo records per type, and the deadlines overdue at ``now``."""
    db = vault.db
    out: dict[str, int] = {}
    for name, table in (("cases", "cases"), ("persons", "persons"), ("agencies", "agencies"),
                        ("contacts", "contacts"), ("agreements", "agreements"), ("exchanges", "exchanges"),
                        ("attachments", "attachments"), ("deadlines", "deadlines")):
        out[name] = int(db.execute(f"SELECT count(*) FROM {table} WHERE origin = ?", (ORIGIN,)).fetchone()[0])
    out["corrections"] = int(db.execute(
        "SELECT count(*) FROM exchanges WHERE origin = ? AND corrects_id IS NOT NULL", (ORIGIN,)).fetchone()[0])
    out["countries"] = int(db.execute(
        "SELECT count(DISTINCT CASE WHEN requesting_state = ? THEN requested_state ELSE requesting_state END) "
        "FROM cases WHERE origin = ?", (HOME, ORIGIN)).fetchone()[0])
    out["deadlines_overdue"] = int(db.execute(
        "SELECT count(*) FROM deadlines WHERE origin = ? AND met_at = '' AND due_at < ?",
        (ORIGIN, to_iso(now or utcnow()))).fetchone()[0])
    return out
