"""Full-text search: folding, scripts, prefixes, grouping, snippets, hostile queries, CLI."""

from __future__ import annotations

import json
import unicodedata

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import ValidationError
from liaison.search import fold, highlight, index_text


def _ids(result: dict, record_type: str) -> list[str]:
    return [r["record_id"] for r in result.get(record_type, [])]


@pytest.fixture
def indexed(vault, multiscript):
    """Every multiscript name as a person, every place as a case."""
    with vault.transaction():
        for i, n in enumerate(multiscript["names"]):
            vault.search.index("person", f"P{i}", title=n["text"], text=f"Also known as {n['latin']}.")
        for i, p in enumerate(multiscript["places"]):
            vault.search.index("case", f"C{i}", title=f"Case {i}", text=f"Meeting at {p['text']}", ref=f"LO-2026-{i:04d}")
    return vault


# ---------------------------------------------------------------- folding
def test_fold_letters_unicode_does_not_decompose():
    assert fold("Łódź") == "lodz"
    assert fold("Ørsted Đorđević Þór Æsir Groß") == "orsted dordevic thor aesir gross"
    assert fold("İSTANBUL ıstanbul Istanbul") == "istanbul istanbul istanbul"


def test_fold_nfd_equals_nfc_and_invisibles_vanish():
    nfc = "Café Müller, Łódź"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert fold(nfd) == fold(nfc)
    assert fold("Mo\u200bhammed") == "mohammed"
    assert fold("a\u00adb\ufeffc") == "abc"



def test_fold_of_ascii_text_is_the_per_character_fold():
    """ASCII text takes a byte table; it must give what the general table gives, character by character
    and in any mix."""
    from liaison.search import _TABLE

    every = "".join(chr(b) for b in range(128))
    assert fold(every) == every.translate(_TABLE)
    assert fold("Entry 0: REQUEST\tand\nanswer; e-mail #12") == "entry 0  request and answer  e mail  12"
    assert index_text("LO-2026-0001 Mr. O'Brien") == "lo 2026 0001 mr o brien"
    assert index_text("Kowalski 王伟") == index_text("kowalski") + " 王 伟 王伟"

def test_index_text_splits_unspaced_scripts_into_grams():
    assert index_text("王小明").split() == ["王", "小", "明", "王小", "小明"]
    # Punctuation never reaches FTS5 as syntax.
    assert index_text('x "NEAR(a b)" * - :').split() == ["x", "near", "a", "b"]


# ---------------------------------------------------------------- matching
def test_lodz_finds_lodz_with_diacritics(indexed):
    res = indexed.search.query("lodz")
    assert _ids(res, "case") == ["C4"]
    hit = res["case"][0]
    assert hit["ref"] == "LO-2026-0004"
    start, end = hit["spans"][0]
    assert hit["snippet"][start:end] == "Łódź"


def test_nfd_query_finds_nfc_text_and_back(vault):
    vault.search.index("person", "A", title="Café Müller")
    vault.search.index("person", "B", title=unicodedata.normalize("NFD", "Zoë Brontë"))
    assert _ids(vault.search.query(unicodedata.normalize("NFD", "café müller")), "person") == ["A"]
    assert _ids(vault.search.query("Zoë Brontë"), "person") == ["B"]
    assert _ids(vault.search.query("zoe bronte"), "person") == ["B"]


def test_turkish_dotted_and_dotless_i(indexed):
    for q in ("ismail isik", "İSMAİL IŞIK", "Ismail Işık", "ısmaıl"):
        assert _ids(indexed.search.query(q), "person") == ["P10"], q


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("محمد", "P0"),  # Arabic
        ("כהן", "P1"),  # Hebrew
        ("小明", "P2"),  # a substring of a Chinese name
        ("太郎", "P3"),  # Japanese
        ("민준", "P4"),  # Hangul
        ("Παπαδοπουλος", "P5"),  # Greek without accents
        ("сидоров", "P6"),  # Cyrillic, lower case
        ("Шевченко", "P7"),
        ("jovanović", "P8"),  # Latin transliteration is its own record text
        ("Јованови", "P8"),  # Serbian Cyrillic prefix
        ("lukasz zolkiewski", "P9"),
        ("juergen", "P11"),  # from the Latin transliteration
        ("gross", "P11"),  # ß folds to ss
        ("nguyen thi", "P12"),
        ("शर्मा", "P13"),  # Devanagari
        ("ใจดี", "P14"),  # Thai, no spaces between words
    ],
)
def test_search_across_scripts(indexed, query, expected):
    assert expected in _ids(indexed.search.query(query), "person")


def test_cjk_place_substring(indexed):
    assert _ids(indexed.search.query("朝阳"), "case") == ["C2"]
    assert _ids(indexed.search.query("阳"), "case") == ["C2"]
    assert indexed.search.query("朝北") == {}


def test_prefix_applies_to_the_last_word_only(indexed):
    assert _ids(indexed.search.query("sidor"), "person") == ["P6"]
    assert _ids(indexed.search.query("Алекс"), "person") == []  # Greek name, not Cyrillic
    assert _ids(indexed.search.query("αλεξ"), "person") == ["P5"]
    # "ivan" is a whole word here, not a prefix: "ivanov" would not match it.
    indexed.search.index("person", "X", title="Ivanov Petrov")
    assert _ids(indexed.search.query("ivan petr"), "person") == ["P6"]


def test_reference_is_searchable(indexed):
    assert _ids(indexed.search.query("LO-2026-0003"), "case") == ["C3"]


def test_results_grouped_by_type_best_first(vault):
    vault.search.index("case", "C1", title="Zefir smuggling", text="vessel Zefir seen in Gdańsk")
    vault.search.index("case", "C2", title="Fuel fraud", text="mentions zefir once")
    vault.search.index("exchange", "E1", title="Request to PL", text="About the Zefir")
    vault.search.index("person", "P1", title="Jan Kowalski")
    res = vault.search.query("zefir")
    assert set(res) == {"case", "exchange"}
    assert _ids(res, "case") == ["C1", "C2"]  # title match ranks first
    assert res["case"][0]["score"] >= res["case"][1]["score"]
    for group in res.values():
        for r in group:
            assert set(r) >= {"record_type", "record_id", "ref", "title", "snippet", "spans", "title_spans"}
    only = vault.search.query("zefir", types=["exchange"])
    assert list(only) == ["exchange"]
    assert vault.search.query("zefir", limit_per_type=1)["case"][0]["record_id"] == "C1"


def test_case_filter(vault):
    vault.search.index("exchange", "E1", title="Zefir report", case_id="01CASEAAAAAAAAAAAAAAAAAAAA")
    vault.search.index("exchange", "E2", title="Zefir again", case_id="01CASEBBBBBBBBBBBBBBBBBBBB")
    vault.search.index("person", "P1", title="Zefir owner")
    res = vault.search.query("zefir", case_id="01CASEAAAAAAAAAAAAAAAAAAAA")
    assert res == {"exchange": res["exchange"]} and _ids(res, "exchange") == ["E1"]
    assert res["exchange"][0]["case_id"] == "01CASEAAAAAAAAAAAAAAAAAAAA"
    assert vault.search.query("zefir", case_id="nothing") == {}
    assert len(vault.search.query("zefir")) == 2


def test_type_filter_does_not_confuse_similar_types(vault):
    vault.search.index("document", "D1", title="alpha")
    vault.search.index("document_text", "T1", title="alpha")
    assert list(vault.search.query("alpha", types=["document"])) == ["document"]
    # Record type names are not searchable words.
    assert not {"document", "document_text"} & set(vault.search.query("document"))


def test_many_matches_every_type_still_gets_its_group(vault):
    with vault.transaction():
        vault.search.index_many(("exchange", f"E{i}", "harbour report", "zefir " * 3, None, None) for i in range(120))
        vault.search.index("case", "C1", title="Other", text="a zefir mention deep in a long text " + "x " * 400)
    res = vault.search.query("zefir", limit_per_type=5)
    assert len(res["exchange"]) == 5
    assert _ids(res, "case") == ["C1"]


def test_reindex_replaces_and_remove_forgets(vault):
    base = vault.search.count()  # reference data seeded with the vault
    vault.search.index("person", "P1", title="Old Name", text="first text")
    vault.search.index("person", "P1", title="New Name", text="second text")
    assert vault.search.query("old") == {}
    assert _ids(vault.search.query("second"), "person") == ["P1"]
    assert vault.search.count() == base + 1
    vault.search.remove("person", "P1")
    assert vault.search.query("new") == {}
    assert vault.search.count() == base
    vault.search.remove("person", "P1")  # removing twice is harmless


def test_index_joins_the_callers_transaction(vault):
    base = vault.search.count()
    with pytest.raises(RuntimeError):
        with vault.transaction():
            vault.search.index("person", "P1", title="Rolled Back")
            raise RuntimeError("the store's write failed")
    assert vault.search.query("rolled") == {}
    assert vault.search.count() == base


def test_index_refuses_bad_keys_and_writes_nothing(vault):
    base = vault.search.count()
    for rtype, rid in (("", "x"), ("Person", "x"), ("person; drop", "x"), ("person", ""), ("person", "  ")):
        with pytest.raises(ValidationError):
            vault.search.index(rtype, rid, title="t")
    assert vault.search.count() == base


@pytest.mark.parametrize(
    "q",
    ['"', '""', "'", "*", "-", ":", "^", "(", ")", "NEAR(", "NEAR(a b", "a OR", "AND", "NOT x", 'x" OR "y',
     "{title}: x", "kind:k706572736f6e", "title:x", "a + b", "\x00", "💥", "   ", "", "a*b*c", "-x -y", "x:y:z",
     "'; DROP TABLE search_entries; --", "a" * 5000, " ".join(["w"] * 300)],
)
def test_hostile_queries_never_raise(indexed, q):
    res = indexed.search.query(q)
    assert isinstance(res, dict)
    assert indexed.search.count() > 0  # nothing was dropped


def test_fts_keywords_are_plain_words(vault):
    vault.search.index("person", "P1", title="Near and Far", text="NOT guilty OR innocent")
    assert _ids(vault.search.query("near"), "person") == ["P1"]
    assert _ids(vault.search.query("not guilty or"), "person") == ["P1"]
    assert _ids(vault.search.query("NEAR("), "person") == ["P1"]


def test_empty_and_punctuation_queries_return_nothing(indexed):
    assert indexed.search.query("") == {}
    assert indexed.search.query("  -- :: ") == {}


def test_bad_arguments_refused(indexed):
    with pytest.raises(ValidationError):
        indexed.search.query("x", limit_per_type=0)
    with pytest.raises(ValidationError):
        indexed.search.query("x", types=["no such; type"])


# ---------------------------------------------------------------- snippets
def test_snippet_is_plain_original_text_with_spans(vault):
    long = ("Background. " * 40) + "The vessel Żółw left Łódź on 3 May; <b>ignore</b> \x1b[31mred\x1b[0m. " + ("More. " * 40)
    vault.search.index("exchange", "E1", title="Report", text=long)
    hit = vault.search.query("lodz")["exchange"][0]
    snippet = hit["snippet"]
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 250
    assert [snippet[s:e] for s, e in hit["spans"]] == ["Łódź"]
    assert "\x1b" not in snippet  # terminal escapes never reach the caller
    assert "<b>ignore</b>" in snippet  # user text is returned as text, not markup
    assert highlight(snippet, hit["spans"], "[", "]").count("[Łódź]") == 1


def test_snippet_spans_cover_nfd_marks_and_cjk(vault):
    text = unicodedata.normalize("NFD", "Zoë met 王小明 in Łódź")
    vault.search.index("person", "P1", title="x", text=text)
    hit = vault.search.query("zoe")["person"][0]
    assert [hit["snippet"][s:e] for s, e in hit["spans"]] == [unicodedata.normalize("NFD", "Zoë")]
    hit = vault.search.query("小明")["person"][0]
    assert [hit["snippet"][s:e] for s, e in hit["spans"]] == ["小明"]


def test_title_spans(vault):
    vault.search.index("person", "P1", title="İsmail Işık")
    hit = vault.search.query("isik")["person"][0]
    assert [hit["title"][s:e] for s, e in hit["title_spans"]] == ["Işık"]
    assert hit["snippet"] == ""


# --------------------------------------------------------------------- CLI
def _init(vault_path, monkeypatch):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_path), "init", "--no-keychain", "--json"]) == 0


def test_cli_search(vault_path, monkeypatch, capsys):
    from liaison.vault import Vault

    _init(vault_path, monkeypatch)
    v = Vault.open(vault_path, PASSPHRASE)
    v.search.index("case", "C1", title="Harbour case", text="Seen in Łódź with the Zefir", ref="LO-2026-0001")
    v.search.index("person", "P1", title="Łukasz Łódzki")
    v.close()
    capsys.readouterr()
    assert main(["--vault", str(vault_path), "search", "lodz", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {g["record_type"] for g in data["groups"]} == {"case", "person"}
    assert data["count"] == 2
    assert main(["--vault", str(vault_path), "search", "lodz", "--type", "case"]) == 0
    out = capsys.readouterr().out
    assert "LO-2026-0001" in out and "[Łódź]" in out and "Łukasz" not in out
    assert main(["--vault", str(vault_path), "search", "nothing-here-at-all"]) == 0
    assert "No matches" in capsys.readouterr().out
    assert main(["--vault", str(vault_path), "search", 'NEAR("', "--json"]) == 0
    assert main(["--vault", str(vault_path), "search", "x", "--limit", "0"]) == 2
    assert main(["--vault", str(vault_path), "search", "x", "--case", "LO-1999-9999"]) == 3


def test_cli_search_within_a_case(vault_path, monkeypatch, capsys):
    from liaison.vault import Vault

    _init(vault_path, monkeypatch)
    v = Vault.open(vault_path, PASSPHRASE)
    case = v.cases.add(title="Zefir smuggling", requesting_state="DE", requested_state="PL")
    ref = case.extra["reference"]
    v.exchanges.add(direction="sent", summary="About the Zefir", case=case.id)
    v.exchanges.add(direction="sent", summary="Another Zefir matter")
    v.close()
    capsys.readouterr()
    assert main(["--vault", str(vault_path), "search", "zefir", "--json"]) == 0
    everywhere = json.loads(capsys.readouterr().out)
    assert main(["--vault", str(vault_path), "search", "zefir", "--case", ref, "--json"]) == 0
    within = json.loads(capsys.readouterr().out)
    assert within["count"] < everywhere["count"]
    assert all(r["case_id"] == case.id for g in within["groups"] for r in g["results"])


# ------------------------------------------------------- prefixes and scale
def _terms(vault) -> set[str]:
    return {r[0] for r in vault.db.execute("SELECT term FROM search_terms")}


def test_long_prefix_expands_through_the_word_list(vault):
    vault.search.index("person", "P1", title="Papadopoulos")
    vault.search.index("person", "P2", title="Papadakis")
    vault.search.index("person", "P3", title="Pap")
    assert sorted(_ids(vault.search.query("papad"), "person")) == ["P1", "P2"]
    assert _ids(vault.search.query("papado"), "person") == ["P1"]
    assert _ids(vault.search.query("papadz"), "person") == []
    assert sorted(_ids(vault.search.query("pa"), "person")) == ["P1", "P2", "P3"]  # FTS5's prefix index


def test_prefix_with_more_words_than_the_expansion_limit(vault):
    with vault.transaction():
        vault.search.index_many(("person", f"P{i}", f"Name zzword{i:03d}", "", None, None) for i in range(100))
    res = vault.search.query("zzwor", limit_per_type=200)
    assert len(res["person"]) == 100


def test_single_character_is_a_whole_word(vault):
    vault.search.index("person", "P1", title="Jan K Nowak")
    vault.search.index("person", "P2", title="Karol Nowak")
    assert _ids(vault.search.query("nowak k"), "person") == ["P1"]


def test_many_matches_show_recent_ones_title_matches_first(vault):
    vault.search.RANKED_MAX = 5
    with vault.transaction():
        vault.search.index_many(("exchange", f"E{i}", "Report", "zefir seen", None, None) for i in range(20))
        vault.search.index("exchange", "T1", title="Zefir in the title", text="older")
        vault.search.index_many(("exchange", f"F{i}", "Report", "zefir again", None, None) for i in range(3))
    res = vault.search.query("zefir", limit_per_type=5)
    ids = _ids(res, "exchange")
    assert ids == ["T1", "F2", "F1", "F0", "E19"]
    assert {r["order"] for r in res["exchange"]} == {"recent"}
    vault.search.RANKED_MAX = 5000
    res = vault.search.query("zefir", limit_per_type=5)
    assert res["exchange"][0]["record_id"] == "T1" and res["exchange"][0]["order"] == "relevance"


def test_word_list_forgets_words_no_entry_holds(vault):
    vault.search.index("person", "P1", title="Sidorovsky Ivanov")
    vault.search.index("person", "P2", title="Ivanov")
    assert {"sidorovsky", "ivanov"} <= _terms(vault)
    vault.search.index("person", "P1", title="Smith")  # re-indexed without the old name
    assert "sidorovsky" not in _terms(vault)
    assert "ivanov" in _terms(vault)  # still held by P2
    vault.search.remove("person", "P2")
    assert "ivanov" not in _terms(vault)
    assert "person" not in vault.search.query("sidorov")


def test_compact_removes_erased_words_from_the_index_file(vault):
    def in_index(word: bytes) -> bool:
        return any(word in bytes(r[0] or b"") for r in vault.db.execute("SELECT block FROM search_fts_data"))

    vault.search.index("person", "P1", title="Wyszomirski")
    vault.search.index("person", "P2", title="Kowalski")
    vault.search.remove("person", "P1")
    assert "person" not in vault.search.query("wyszomirski")
    assert in_index(b"szomirski")  # hidden from search, but still in a segment
    vault.search.compact()
    assert not in_index(b"szomirski")  # terms are prefix-compressed: look for the tail
    assert in_index(b"owalski")
    assert _ids(vault.search.query("kowalski"), "person") == ["P2"]


def test_batch_holds_back_index_calls_until_the_end(vault):
    with vault.transaction():
        with vault.search.batch():
            vault.search.index("case", "01BATCHAAAAAAAAAAAAAAAAAAA", title="Zanzibar clove smuggling")
            vault.search.index("case", "01BATCHBBBBBBBBBBBBBBBBBBB", title="Zanzibar vanilla fraud")
            assert not vault.search.query("Zanzibar").get("case")  # held back until the block ends
        assert len(vault.search.query("Zanzibar")["case"]) == 2
    # a failure inside the block writes none of them
    with pytest.raises(RuntimeError):
        with vault.transaction():
            with vault.search.batch():
                vault.search.index("case", "01BATCHCCCCCCCCCCCCCCCCCCC", title="Quokka export permits")
                raise RuntimeError("import refused")
    assert not vault.search.query("Quokka").get("case")


def test_index_many_mixes_new_records_re_indexed_ones_and_repeats(vault):
    with vault.transaction():
        vault.search.index_many([("case", "C1", "Harbour fraud", "Kowalski", None, None),
                                 ("case", "C2", "Airport theft", "", None, None)])
    with vault.transaction():
        vault.search.index_many([
            ("case", "C1", "Harbour fraud", "Nowak", None, None),      # re-indexed: Kowalski goes
            ("case", "C3", "Border smuggling", "Ivanov", None, None),  # new
            ("case", "C3", "Border smuggling", "Petrov", None, None),  # the same record again: the later wins
            ("person", "C1", "Same id, other type", "Ivanov", None, None),
        ])
    assert _ids(vault.search.query("Kowalski"), "case") == []
    assert _ids(vault.search.query("Nowak"), "case") == ["C1"]
    assert _ids(vault.search.query("Petrov"), "case") == ["C3"]
    assert _ids(vault.search.query("Ivanov"), "case") == [] and _ids(vault.search.query("Ivanov"), "person") == ["C1"]
    n = vault.db.execute("SELECT count(*) FROM search_entries WHERE record_id IN ('C1','C2','C3')").fetchone()[0]
    assert n == 4
    # No word of an erased or replaced text is left among the suggestions.
    terms = {r[0] for r in vault.db.execute("SELECT term FROM search_terms")}
    assert "kowalski" not in terms
