"""Full-text search over every record: cases, persons, contacts, agencies,
agreements, exchanges, document texts.

Why we fold text ourselves: FTS5's ``unicode61 remove_diacritics`` leaves letters
such as Ł, ø, đ, ß and the Turkish ı/İ alone, and does nothing for NFD input or
zero-width characters, so "lodz" would not find "Łódź". :func:`fold` turns text
into lower-case base letters, with every character that is not a letter, digit
or mark replaced by a space; the same function runs on indexed text and on the
query, so both sides always agree. Scripts written without spaces (Chinese,
Japanese, Korean, Thai...) are indexed as single characters plus overlapping
pairs, so that "小明" finds "王小明".

The user's query is never passed to FTS5 as syntax: it is folded into plain
tokens, each quoted; the last one is matched as a prefix. Snippets are plain
text cut from the ORIGINAL title or text, with the matched ranges given as
``spans`` (offsets into the snippet) for the caller to highlight safely.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import ValidationError
from .timeutil import utcnow_iso

# Letters that Unicode decomposition leaves whole; folded by hand (after casefold).
_LETTER_MAP = {
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
    "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k", "ŋ": "n", "ƒ": "f", "ɨ": "i", "ʉ": "u",
    "ǥ": "g", "ɓ": "b", "ɗ": "d", "ƴ": "y", "ȥ": "z", "ɍ": "r",
    "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي",  # Arabic/Persian letter variants
}
# Invisible characters that must not split or change a word.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0640", "\u180e", "\u034f"}
# Scripts written without spaces between words: indexed by characters and pairs.
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B-G
)
# Kept whole by folding (NFKC, not NFKD): kana voicing marks and Hangul syllables matter.
_CJK_RANGES = tuple(r for r in _UNSPACED_RANGES if r[0] >= 0x3040)


def _in_ranges(cp: int, ranges) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def _unspaced_class() -> str:
    return "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _UNSPACED_RANGES)


_UNSPACED_RUN = re.compile(f"[{_unspaced_class()}]+")
_TOKEN = re.compile(r"\S+")

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 24
_RECORD_TYPE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def _fold_char(c: str) -> str:
    """One character folded. Per-character folding keeps offsets traceable back
    to the original text (for snippets) and is the same as folding the whole
    string, since NFKD and casefold act character by character."""
    if c in _INVISIBLE:
        return ""
    cp = ord(c)
    if _in_ranges(cp, _CJK_RANGES):
        # Keep ideographs, kana (with their voicing marks) and Hangul syllables whole.
        out = unicodedata.normalize("NFKC", c)
    else:
        out = "".join(ch for ch in unicodedata.normalize("NFKD", c) if unicodedata.category(ch) != "Mn")
        out = unicodedata.normalize("NFKD", out.casefold())
        out = "".join(ch for ch in out if unicodedata.category(ch) != "Mn")
        out = "".join(_LETTER_MAP.get(ch, ch) for ch in out)
    result = []
    for ch in out:
        cat = unicodedata.category(ch)
        if ch in _INVISIBLE:
            continue
        if cat[0] in "LN" or cat in ("Mc", "Me", "Co"):
            result.append(ch)
        else:
            result.append(" ")
    return "".join(result)


class _FoldTable(dict):
    """A ``str.translate`` table that folds characters on first sight."""

    def __missing__(self, cp: int) -> str:
        value = _fold_char(chr(cp))
        self[cp] = value
        return value


_TABLE = _FoldTable()


def _ascii_table() -> tuple[bytes, bytes]:
    """The fold of every ASCII character as a ``bytes.translate`` table (and the characters it drops):
    most text is ASCII, and a byte table is several times quicker than the general table."""
    table, drop = bytearray(range(256)), bytearray()
    for b in range(128):
        folded = _fold_char(chr(b))
        if not folded:
            drop.append(b)
        elif len(folded) == 1 and folded.isascii():
            table[b] = ord(folded)
        else:  # pragma: no cover - no ASCII character folds to more than one
            raise AssertionError(f"ASCII {b} folds to {folded!r}")
    return bytes(table), bytes(drop)


_ASCII_TABLE, _ASCII_DROP = _ascii_table()


def fold(text: str) -> str:
    """Text for matching: lower-case base letters and digits, everything else a
    space. "Łódź" -> "lodz", "İstanbul" -> "istanbul", NFD == NFC."""
    if not text:
        return ""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE, _ASCII_DROP).decode("ascii")
    return text.translate(_TABLE)


def _index_tokens(folded: str) -> str:
    """Folded text -> the token string stored in FTS5: runs of unspaced scripts
    become their characters and overlapping pairs."""
    if folded.isascii() or not _UNSPACED_RUN.search(folded):
        return folded

    def expand(m: re.Match) -> str:
        run = m.group(0)
        grams = list(run)
        grams += [run[i : i + 2] for i in range(len(run) - 1)]
        return " " + " ".join(grams) + " "

    return _UNSPACED_RUN.sub(expand, folded)


def index_text(text: str) -> str:
    """What FTS5 stores for ``text`` (exposed for the benchmark)."""
    return " ".join(_index_tokens(fold(text)).split())


# ----------------------------------------------------------------------- query
class _Term:
    __slots__ = ("text", "unspaced", "prefix")

    def __init__(self, text: str, unspaced: bool, prefix: bool = False) -> None:
        self.text = text
        self.unspaced = unspaced
        self.prefix = prefix


def _query_terms(q: str) -> list[_Term]:
    folded = fold(q[:MAX_QUERY_CHARS])
    terms: list[_Term] = []
    for tok in folded.split():
        pos = 0
        for m in _UNSPACED_RUN.finditer(tok):
            if m.start() > pos:
                terms.append(_Term(tok[pos : m.start()], False))
            terms.append(_Term(m.group(0), True))
            pos = m.end()
        if pos < len(tok):
            terms.append(_Term(tok[pos:], False))
    terms = terms[:MAX_QUERY_TERMS]
    if terms and not terms[-1].unspaced:
        terms[-1].prefix = True
    return terms


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


MIN_EXPANDED_PREFIX = 4  # shorter prefixes use FTS5's own prefix index (prefix='2 3')
MAX_EXPANSIONS = 64


def _match_expression(terms: list[_Term], expansions: dict[str, list[str] | None] | None = None) -> str:
    """The FTS5 expression for ``terms``: every token quoted (so nothing the user
    types is FTS5 syntax), all of them required. The last word is a prefix:
    through FTS5's prefix index for 2-3 characters, through its expansion to
    the indexed words (``expansions``) for longer ones; a single character is
    matched as a whole word."""
    parts = []
    for t in terms:
        if t.unspaced:
            if len(t.text) == 1:
                parts.append(_quote(t.text))
            else:
                parts.extend(_quote(t.text[i : i + 2]) for i in range(len(t.text) - 1))
        elif not t.prefix or len(t.text) == 1:
            parts.append(_quote(t.text))
        elif len(t.text) < MIN_EXPANDED_PREFIX or expansions is None or expansions.get(t.text) is None:
            parts.append(_quote(t.text) + " *")
        else:
            words = expansions[t.text] or [t.text]
            parts.append("(" + " OR ".join(_quote(w) for w in words) + ")")
    return "{title body} : (" + " AND ".join(parts) + ")"


def _terms_of(index_string: str) -> set[str]:
    return {w for w in index_string.split() if len(w) >= MIN_EXPANDED_PREFIX}


def _kind_token(record_type: str) -> str:
    """The record type as one FTS5 token that no other type shares ("document"
    must not match "document_text")."""
    return "k" + record_type.encode().hex()


def _case_token(case_id: str) -> str:
    return "c" + case_id.encode().hex()


def _kind_expression(types: Iterable[str]) -> str:
    return "kind : (" + " OR ".join(_quote(_kind_token(t)) for t in types) + ")"


# -------------------------------------------------------------------- snippets
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _clean(text: str) -> str:
    """Control characters (terminal escapes, bidi overrides, line breaks) become
    spaces one for one, so that spans stay valid and nothing can steer a terminal."""
    return _CONTROL.sub(" ", text)


def _iter_matches(folded: str, terms: list[_Term]) -> Iterator[list[tuple[int, int]]]:
    """For each word of ``folded`` that matches ``terms``, in text order, its
    matched spans (a word of an unspaced script may hold several)."""
    words = {t.text for t in terms if not t.unspaced and not t.prefix}
    prefixes = tuple(t.text for t in terms if not t.unspaced and t.prefix)
    unspaced = [t.text for t in terms if t.unspaced]
    for m in _TOKEN.finditer(folded):
        tok, base = m.group(0), m.start()
        pos = 0
        segments = []
        for u in _UNSPACED_RUN.finditer(tok):
            if u.start() > pos:
                segments.append((pos, tok[pos : u.start()], False))
            segments.append((u.start(), u.group(0), True))
            pos = u.end()
        if pos < len(tok):
            segments.append((pos, tok[pos:], False))
        found: list[tuple[int, int]] = []
        for off, seg, is_unspaced in segments:
            if is_unspaced:
                for needle in unspaced:
                    pieces = [needle] if needle in seg else [needle[i : i + 2] for i in range(len(needle) - 1)]
                    for piece in pieces:
                        start = seg.find(piece)
                        while start >= 0:
                            found.append((base + off + start, base + off + start + len(piece)))
                            start = seg.find(piece, start + 1)
            elif seg in words or (prefixes and seg.startswith(prefixes)):
                found.append((base + off, base + off + len(seg)))
        if found:
            yield sorted(found)


def _find_matches(folded: str, terms: list[_Term]) -> list[tuple[int, int]]:
    """Spans in ``folded`` of the words that match ``terms``."""
    return _merge([span for spans in _iter_matches(folded, terms) for span in spans])


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of the original
    character it came from."""
    parts, where = [], []
    for i, c in enumerate(text):
        f = _TABLE[ord(c)]
        if f:
            parts.append(f)
            where.extend([i] * len(f))
    return "".join(parts), where


def _original_spans(text: str, terms: list[_Term]) -> list[tuple[int, int]]:
    folded, where = _folded_with_map(text)
    spans = []
    for s, e in _find_matches(folded, terms):
        start, end = where[s], where[e - 1] + 1
        # Take along combining marks and invisible characters that folded to nothing.
        while end < len(text) and _TABLE[ord(text[end])] == "" and not text[end].isspace():
            end += 1
        spans.append((start, end))
    return _merge(spans)


def _first_match_offset(text: str, terms: list[_Term], pattern: re.Pattern | None = None) -> int | None:
    """Where in the original text the first match is, without mapping a long
    text character by character: fold it in chunks (folding is per character,
    so chunk lengths add up), then map only the chunk that holds the match."""
    m = (pattern or _first_match_pattern(terms)).search(fold(text))
    if m is None:
        return None
    target = m.start()
    consumed, chunk = 0, 4096
    for start in range(0, len(text), chunk):
        piece = text[start : start + chunk]
        n = len(fold(piece))
        if consumed + n > target:
            # Bisect for the first character whose folded prefix passes the target.
            want, lo, hi = target - consumed, 0, len(piece) - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if len(fold(piece[: mid + 1])) > want:
                    hi = mid
                else:
                    lo = mid + 1
            return start + lo
        consumed += n
    return None


def _first_match_pattern(terms: list[_Term]) -> re.Pattern:
    """One regular expression for "where is the first match", run in C over a
    long folded text (the word-by-word walk is for the short snippet window)."""
    u = _unspaced_class()
    alts = []
    words = [re.escape(t.text) for t in terms if not t.unspaced and not t.prefix]
    prefixes = [re.escape(t.text) for t in terms if not t.unspaced and t.prefix]
    if words:
        alts.append(f"(?<![^\\s{u}])(?:{'|'.join(words)})(?![^\\s{u}])")
    if prefixes:
        alts.append(f"(?<![^\\s{u}])(?:{'|'.join(prefixes)})")
    for t in terms:
        if t.unspaced:
            pieces = [t.text] + [t.text[i : i + 2] for i in range(len(t.text) - 1)]
            alts.append("|".join(re.escape(p) for p in pieces))
    return re.compile("|".join(alts) if alts else "(?!)")


def make_snippet(
    text: str, terms: list[_Term], width: int = 160, pattern: re.Pattern | None = None
) -> tuple[str, list[list[int]]]:
    """A plain-text window of the original ``text`` around its first match, and
    the matched ranges in it as ``[start, end]`` pairs."""
    text = text or ""
    first = _first_match_offset(text, terms, pattern) if terms else None
    if first is None:
        cut = text[:width]
        return _clean(cut) + ("…" if len(text) > width else ""), []
    start = max(0, first - width // 3)
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    window = text[start:end]
    spans = _original_spans(window, terms)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    snippet = prefix + _clean(window) + suffix
    shift = len(prefix)
    return snippet, [[s + shift, e + shift] for s, e in spans]


def highlight(snippet: str, spans: list[list[int]], open_mark: str = "[", close_mark: str = "]") -> str:
    """``snippet`` with each span wrapped in markers. For terminals and plain
    text only: HTML callers must escape the pieces themselves."""
    out, pos = [], 0
    for s, e in spans:
        out.append(snippet[pos:s])
        out.append(open_mark + snippet[s:e] + close_mark)
        pos = e
    out.append(snippet[pos:])
    return "".join(out)


# ----------------------------------------------------------------------- index
class SearchIndex:
    """The vault's search index. Stores call :meth:`index` and :meth:`remove` in
    their own write transaction; the UI and CLI call :meth:`query`."""

    def __init__(self, vault) -> None:
        self.vault = vault
        self._batch: tuple[int, list[tuple]] | None = None  # (thread, entries held back by batch())

    # writes
    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Hold back :meth:`index` calls made by this thread and write them with one
        :meth:`index_many` at the end (an import re-indexes a thousand records
        through the stores' own indexers). Use it inside the caller's transaction:
        the entries are written before it commits, and a failure writes none. Until
        the block ends, searches do not see the held-back entries."""
        if self._batch is not None:
            yield  # already batching: the outer batch writes everything
            return
        me = threading.get_ident()
        self._batch = (me, [])
        try:
            yield
            self._flush()
        finally:
            self._batch = None

    def _flush(self) -> None:
        if self._batch is not None and self._batch[0] == threading.get_ident() and self._batch[1]:
            entries = list(self._batch[1])
            self._batch[1].clear()
            self.index_many(entries)

    def index(
        self,
        record_type: str,
        record_id: str,
        *,
        title: str,
        text: str = "",
        ref: str | None = None,
        case_id: str | None = None,
    ) -> None:
        """Insert or replace the entry of one record. Runs inside the caller's
        transaction (a savepoint), so the record and its entry commit together."""
        entry = (record_type, record_id, title, text, ref, case_id)
        batch = self._batch
        if batch is not None and batch[0] == threading.get_ident():
            batch[1].append(entry)
            return
        self.index_many([entry])

    def index_many(self, entries: Iterable[tuple[str, str, str, str, str | None, str | None]]) -> int:
        """Index many records at once: ``(record_type, record_id, title, text,
        ref, case_id)`` tuples. For imports and the demo; returns the count.
        Records not indexed yet are written with one statement per table for
        the lot; re-indexed ones replace their entry one by one."""
        return self._write_prepared(self._prepare_many(entries))

    def _prepare_many(self, entries: Iterable[tuple[str, str, str, str, str | None, str | None]]) -> list[tuple]:
        """Check and tokenise every entry before anything is written."""
        prepared = []
        for record_type, record_id, title, text, ref, case_id in entries:
            _check_key(record_type, record_id)
            if case_id is not None and not isinstance(case_id, str):
                raise ValidationError("case_id must be a case's id.", field="case_id")
            title, text, ref = str(title or ""), str(text or ""), str(ref or "")
            title_tokens, body_tokens = index_text(title + " " + ref), index_text(text)
            terms = _terms_of(title_tokens) | _terms_of(body_tokens)
            prepared.append((record_type, record_id, title, text, ref, case_id or None, title_tokens, body_tokens,
                             terms))
        return prepared

    def _write_prepared(self, prepared: list[tuple]) -> int:
        """Write entries made by :meth:`_prepare_many`."""
        if not prepared:
            return 0
        now = utcnow_iso()
        new_terms: set[str] = set()
        with self.vault.transaction() as db:
            conn = db.conn
            existing: dict[tuple[str, str], tuple] = {}
            by_type: dict[str, set[str]] = {}
            for p in prepared:
                by_type.setdefault(p[0], set()).add(p[1])
            for record_type, id_set in by_type.items():  # (record_type, record_id) is the unique index
                ids = sorted(id_set)
                for i in range(0, len(ids), 500):
                    part = ids[i:i + 500]
                    for row in conn.execute(
                            "SELECT record_id, doc, title, ref, body FROM search_entries "
                            f"WHERE record_type = ? AND record_id IN ({','.join('?' * len(part))})",
                            [record_type, *part]):
                        existing[(record_type, row[0])] = row[1:]
            next_doc = conn.execute("SELECT coalesce(max(doc), 0) FROM search_entries").fetchone()[0] + 1
            fresh_entries, fresh_fts, seen = [], [], set()
            for record_type, record_id, title, text, ref, case_id, title_tokens, body_tokens, terms in prepared:
                new_terms |= terms
                kind = _kind_token(record_type) + (" " + _case_token(case_id) if case_id else "")
                key = (record_type, record_id)
                old = existing.get(key)
                if old is None and key not in seen:
                    seen.add(key)
                    fresh_entries.append((next_doc, record_type, record_id, ref, title, text, case_id, now))
                    fresh_fts.append((next_doc, kind, title_tokens, body_tokens))
                    next_doc += 1
                    continue
                if old is None:  # the same record twice in one call: the later entry wins
                    self._flush_fresh(conn, fresh_entries, fresh_fts)
                    old = conn.execute("SELECT doc, title, ref, body FROM search_entries WHERE record_type = ? "
                                       "AND record_id = ?", key).fetchone()
                doc = old[0]
                conn.execute("DELETE FROM search_fts WHERE rowid = ?", (doc,))
                gone = _terms_of(index_text(old[1] + " " + old[2])) | _terms_of(index_text(old[3]))
                self._prune(conn, gone - terms)
                conn.execute(
                    "UPDATE search_entries SET ref = ?, title = ?, body = ?, case_id = ?, updated_at = ? WHERE doc = ?",
                    (ref, title, text, case_id, now, doc),
                )
                conn.execute("INSERT INTO search_fts (rowid, kind, title, body) VALUES (?, ?, ?, ?)",
                             (doc, kind, title_tokens, body_tokens))
                existing[key] = (doc, title, ref, text)
                if len(new_terms) > 50_000:
                    conn.executemany("INSERT OR IGNORE INTO search_terms (term) VALUES (?)", ((w,) for w in new_terms))
                    new_terms.clear()
            self._flush_fresh(conn, fresh_entries, fresh_fts)
            if new_terms:
                conn.executemany("INSERT OR IGNORE INTO search_terms (term) VALUES (?)", ((w,) for w in new_terms))
        return len(prepared)

    @staticmethod
    def _flush_fresh(conn, entries: list[tuple], fts: list[tuple]) -> None:
        if entries:
            conn.executemany("INSERT INTO search_entries (doc, record_type, record_id, ref, title, body, case_id, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entries)
            conn.executemany("INSERT INTO search_fts (rowid, kind, title, body) VALUES (?, ?, ?, ?)", fts)
            entries.clear()
            fts.clear()

    def compact(self) -> None:
        """Rewrite the FTS5 index into one segment. A removal hides an entry at
        once, but FTS5 keeps its words in the index's segments until they are
        merged; after an erasure, compacting makes sure they are gone from the
        file too. Costs a rewrite of the whole index (tens of seconds at a
        million entries): run it after erasures, not after every write."""
        with self.vault.transaction() as db:
            db.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")

    @staticmethod
    def _prune(conn, candidates: Iterable[str]) -> None:
        """Drop from ``search_terms`` the words no indexed entry holds any more
        (after a removal or re-index), so that an erased name does not linger."""
        for w in candidates:
            if conn.execute(
                "SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1", ("{title body} : " + _quote(w),)
            ).fetchone() is None:
                conn.execute("DELETE FROM search_terms WHERE term = ?", (w,))

    def remove(self, record_type: str, record_id: str) -> None:
        """Drop a record's entry (on erasure: its text leaves the index too)."""
        self._flush()  # entries held back by batch() first, so that the order of calls is kept
        with self.vault.transaction() as db:
            row = db.execute(
                "SELECT doc, title, ref, body FROM search_entries WHERE record_type = ? AND record_id = ?",
                (record_type, record_id),
            ).fetchone()
            if row:
                db.execute("DELETE FROM search_fts WHERE rowid = ?", (row[0],))
                db.execute("DELETE FROM search_entries WHERE doc = ?", (row[0],))
                self._prune(db.conn, _terms_of(index_text(row[1] + " " + row[2])) | _terms_of(index_text(row[3])))

    # reads
    def record_types(self) -> list[str]:
        """The record types present in the index (a skip scan: a few index
        seeks, however many entries there are)."""
        rows = self.vault.db.execute(
            """WITH RECURSIVE t(x) AS (
                   SELECT min(record_type) FROM search_entries
                   UNION ALL
                   SELECT (SELECT min(record_type) FROM search_entries WHERE record_type > t.x) FROM t
                   WHERE t.x IS NOT NULL)
               SELECT x FROM t WHERE x IS NOT NULL"""
        ).fetchall()
        return [r[0] for r in rows]

    def query(
        self, q: str, *, types: list[str] | None = None, limit_per_type: int = 10, case_id: str | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """Search. Returns ``{record_type: [result, ...]}``, groups ordered by
        their best match, results best first (bm25, title weighing more).
        ``case_id`` keeps only entries indexed with that case.

        Each result: record_type, record_id, ref, title, title_spans, snippet,
        spans, case_id, score, order. ``snippet`` is plain text from the
        original record; ``spans`` are ``[start, end]`` ranges of matched words
        in it. ``order`` is "relevance" (bm25), or "recent" when the query
        matches more than ``RANKED_MAX`` entries: then the most recently indexed
        matches are shown, title matches first, and ``score`` is 0.
        """
        if not isinstance(q, str):
            raise ValidationError("The search text must be text.", field="q")
        if not 1 <= limit_per_type <= 200:
            raise ValidationError("Ask for 1 to 200 results per type.", field="limit_per_type")
        terms = _query_terms(q)
        if not terms:
            return {}
        if types:
            for t in types:
                if not _RECORD_TYPE.match(t or ""):
                    raise ValidationError(f"'{t}' is not a record type.", field="types")
            wanted = list(dict.fromkeys(types))
        else:
            wanted = self.record_types()
        if not wanted:
            return {}
        expr = _match_expression(terms, self._expansions(terms))
        if case_id:
            expr = f"kind : {_quote(_case_token(str(case_id)))} AND {expr}"
        if types:
            expr = f"{_kind_expression(wanted)} AND {expr}"
        # bm25 ranks every match; past RANKED_MAX matches that costs more than a
        # search may (seconds at a million entries), so the most recent matches
        # are shown instead, those matching in the title first.
        ranked = self._count_upto(expr, self.RANKED_MAX + 1) <= self.RANKED_MAX
        k = max(50, limit_per_type * 4)
        hits = self._hits(expr, k, ranked)
        groups: dict[str, list[tuple[float, int]]] = {}
        for doc, score, rtype in hits:
            if rtype in wanted:
                groups.setdefault(rtype, []).append((score, doc))
        if len(hits) >= k:
            # Types the first page left short may hold more matches further down.
            for t in wanted:
                if len(groups.get(t, [])) < limit_per_type:
                    more = self._hits(f"{_kind_expression([t])} AND {expr}", limit_per_type, ranked)
                    if more:
                        groups[t] = [(score, doc) for doc, score, _ in more]
        result: dict[str, list[dict[str, Any]]] = {}
        if ranked:
            for rtype, docs in sorted(groups.items(), key=lambda kv: kv[1][0][0]):
                result[rtype] = self._results([(-score, doc) for score, doc in docs[:limit_per_type]], terms, "relevance")
            return result
        for rtype, docs in sorted(groups.items(), key=lambda kv: -kv[1][0][1]):
            result[rtype] = self._results([(0.0, doc) for _, doc in docs], terms, "recent", title_first=limit_per_type)
        return result

    RANKED_MAX = 5000

    def _expansions(self, terms: list[_Term]) -> dict[str, list[str] | None]:
        """The indexed words a long prefix stands for (None: too many, let FTS5
        expand it)."""
        out: dict[str, list[str] | None] = {}
        for t in terms:
            if t.prefix and len(t.text) >= MIN_EXPANDED_PREFIX:
                rows = self.vault.db.execute(
                    "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
                    (t.text, t.text + "\U0010ffff", MAX_EXPANSIONS + 1),
                ).fetchall()
                out[t.text] = [r[0] for r in rows] if len(rows) <= MAX_EXPANSIONS else None
        return out

    def _count_upto(self, expr: str, limit: int) -> int:
        return int(self.vault.db.execute(
            "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
            (expr, limit),
        ).fetchone()[0])

    def _hits(self, expr: str, limit: int, ranked: bool = True) -> list[tuple[int, float, str]]:
        if ranked:
            inner = "SELECT rowid AS doc, rank AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?"
            order = "f.score"
        else:
            inner = "SELECT rowid AS doc, 0.0 AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
            order = "f.doc DESC"
        rows = self.vault.db.execute(
            f"SELECT f.doc, f.score, e.record_type FROM ({inner}) AS f JOIN search_entries AS e ON e.doc = f.doc "
            f"ORDER BY {order}",
            (expr, limit),
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def _results(
        self, scored: list[tuple[float, int]], terms: list[_Term], order: str, title_first: int | None = None
    ) -> list[dict[str, Any]]:
        """Result dicts for ``(score, doc)`` pairs, in their order: one query for
        the rows, one pattern for every snippet. ``title_first``: put title
        matches first (stable) and keep that many, before making snippets."""
        docs = [doc for _, doc in scored]
        rows = {
            r[0]: r[1:]
            for r in self.vault.db.execute(
                "SELECT doc, record_type, record_id, ref, title, body, case_id FROM search_entries "
                f"WHERE doc IN ({', '.join('?' * len(docs))})",
                docs,
            )
        }
        pattern = _first_match_pattern(terms)
        scored = [(score, doc) for score, doc in scored if doc in rows]
        if title_first is not None:
            scored.sort(key=lambda sd: pattern.search(fold(rows[sd[1]][3])) is None)
            scored = scored[:title_first]
        return [self._result(rows[doc], score, terms, order, pattern) for score, doc in scored]

    def _result(self, row: tuple, score: float, terms: list[_Term], order: str, pattern: re.Pattern) -> dict[str, Any]:
        record_type, record_id, ref, title, body, case_id = row
        snippet, spans = make_snippet(body, terms, pattern=pattern)
        title_clean = _clean(title)
        return {
            "record_type": record_type,
            "record_id": record_id,
            "ref": ref,
            "title": title_clean,
            "title_spans": [list(s) for s in _original_spans(title_clean, terms)],
            "snippet": snippet,
            "spans": spans,
            "case_id": case_id,
            "score": score,
            "order": order,
        }

    def count(self) -> int:
        return int(self.vault.db.execute("SELECT count(*) FROM search_entries").fetchone()[0])


def _check_key(record_type: str, record_id: str) -> None:
    if not isinstance(record_type, str) or not _RECORD_TYPE.match(record_type):
        raise ValidationError(
            f"'{record_type}' is not a record type (lower-case letters, digits, '_').", field="record_type"
        )
    if not isinstance(record_id, str) or not record_id.strip():
        raise ValidationError("A record id is needed to index a record.", field="record_id")
