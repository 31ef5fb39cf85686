"""Which office holders a report names, and when they held office.

A person is found by any spelling of ``data/annotations/leaders.csv``: ``name``, ``name_vi``,
``aliases`` and ``name_vi`` without diacritics (``Pham Minh Chinh``), compared case-folded with hyphens
as spaces (``Lee Jae-myung`` = ``Lee Jae Myung``). A role word of ``data/lexicon/role_words.csv`` ending
at most :data:`ROLE_GAP_CHARS` characters before the name, with no other name in between (``Chủ tịch
nước Tô Lâm``, ``Tổng thống Hàn Quốc Lee Jae Myung``, ``President Yoon Suk Yeol``), selects the terms
of that office (``President-elect``, ``đắc cử``: the months before the term); a bare name keeps
all the person's terms, and a name after the role word of an office the table does not list for that
person (``Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà``, later Deputy PM) dates nothing. A term with a blank ``term_end`` is still running: it ends today, not at
``checked_on``. :mod:`vnkr.ingest.years` gives a meeting its year from these terms.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from ..tables import lexicon

LOCAL_OFFICES = {"local"}  # role words of provincial and city offices (data/lexicon/role_words.csv)
ROLE_GAP_CHARS = 25  # 'Tổng thống Hàn Quốc Lee…', 'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi…'
NEW_TERM_DAYS = 365
WORD_RE = re.compile(r"\w+")
HOW_TO_RESOLVE = "pass published=YYYY-MM-DD (or --published on the command line)"


class DateNotFound(ValueError):
    """No event date could be established; the message says what was looked for and how to resolve."""


# a person named only as deceased or former ('cố Chủ tịch nước …', 'the late President …', 'nguyên Chủ
# tịch Quốc hội …', 'former Prime Minister …', 'then NA Chairman …', '… Nguyễn Sinh Hùng, khi ấy là Chủ
# tịch Quốc hội'): their term does not date the meeting
_ROLES_BEFORE = (
    r"chủ tịch nước|chủ tịch quốc hội|chủ tịch|tổng bí thư|thủ tướng|tổng thống|bộ trưởng|ngoại trưởng|"
    r"president|prime minister|general secretary|party chief|chairman|chairwoman|speaker|minister"
)
LATE_RE = re.compile(
    rf"(?:(?:(?<!\w)cố|(?<!\w)late)\s+(?:(?:{_ROLES_BEFORE})\s+)?"
    rf"|(?:(?<!\w)(?<!thái )nguyên|(?<!\w)cựu|(?<!\w)former|(?<!\w)ex-)\s*(?:{_ROLES_BEFORE})\s+"
    rf"|(?<!\w)(?<!and )(?<!, )then\s+(?:(?:na|national assembly|vietnamese|korean|south korean)\s+)?"
    rf"(?:{_ROLES_BEFORE})\s+)$"
)
# three romanised syllables, each capitalised (Korean names: 'Cho Hyun Joon', 'Cho Hyun-joon')
LONGER_NAME_RE = re.compile(
    r"(?<![\w-])(?=([A-Z][a-z]+)[ -]([A-Z][a-z]+)(?: ([A-Z][a-z]{1,5})|-([a-z]{1,5}))(?![\w-]))"
)
# capitalised words of English headlines that are not a third syllable ('FM Cho Hyun Meets …')
TITLE_WORDS = frozenset(
    "On To In At As Of By For And The With From Meets Met Holds Held Talks Calls Says Said Visits Vows Urges "
    "Asks Hails Eyes Seeks Backs".split()
)
# a sentence about an earlier occasion it dates itself ('… lần gặp hồi tháng 3/2018, khi ông tháp tùng Tổng
# thống Moon Jae-in …'): the office holders it names were in office then, not necessarily at the meeting
PAST_OCCASION_RE = re.compile(r"(?<!\w)hồi (?:tháng \d{1,2}[/-]|năm )(?:19|20)\d\d(?!\d)")
THEN_RE = re.compile(r"(?:[^\s,.;]+\s){0,4}?[^\s,.;]+,\s*(?:khi ấy|khi đó|lúc đó|lúc ấy|hồi đó|then)(?!\w)")


def _sentence_of(text: str, i: int) -> str:
    """The sentence of ``text`` around position ``i`` (between '.', '!', '?' or line breaks)."""
    a = max(text.rfind(c, 0, i) for c in ".!?\n") + 1
    ends = [j for j in (text.find(c, i) for c in ".!?\n") if j >= 0]
    return text[a : min(ends) if ends else len(text)]


def norm_name(s: str) -> str:
    """Case-folded, hyphens and dashes as spaces, single spaces: ``'Boo-kyum'`` = ``'boo kyum'``."""
    s = s.casefold()
    for ch in "-\u2010\u2011\u2013":
        s = s.replace(ch, " ")
    return " ".join(s.split())


def strip_diacritics(s: str) -> str:
    """``'Phạm Minh Chính'`` -> ``'Pham Minh Chinh'`` (``đ`` -> ``d``)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    )


@dataclass(frozen=True)
class Term:
    """One office held by one person; ``end`` None = still running."""

    name: str
    name_vi: str
    role: str
    office: str
    start: dt.date
    end: dt.date | None

    def holds(self, day: dt.date, today: dt.date) -> bool:
        return self.start <= day <= (self.end or today)

    def __str__(self) -> str:
        return f"{self.name_vi} {self.role} ({self.start.isoformat()}..{self.end.isoformat() if self.end else 'still in office'})"


def _word_starts(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(i)
        i = text.find(word, i + 1)
    return out


class OfficeIndex:
    """leaders.csv and role_words.csv compiled for look-ups (build once, use on many texts)."""

    def __init__(self, leaders: pd.DataFrame, roles: pd.DataFrame | None = None):
        roles = lexicon.role_words() if roles is None else roles
        self.people: list[tuple[str, tuple[str, ...], list[Term]]] = []
        for person, rows in leaders.groupby("name", sort=False):
            spellings = {norm_name(str(s)) for col in ("name", "name_vi") for s in rows[col] if pd.notna(s)}
            spellings |= {norm_name(strip_diacritics(str(s))) for s in rows["name_vi"] if pd.notna(s)}
            spellings |= {norm_name(a) for s in rows["aliases"] if pd.notna(s) for a in str(s).split("|")}
            spellings.discard("")
            terms = [
                Term(
                    person,
                    str(r["name_vi"]),
                    str(r["role"]),
                    str(r["office"]) if "office" in rows and pd.notna(r["office"]) else str(r["role"]),
                    _as_date(r["term_start"]),
                    _as_date(r["term_end"]),
                )
                for _, r in rows.iterrows()
            ]
            self.people.append((person, tuple(sorted(spellings, key=len, reverse=True)), terms))
        # words of every spelling: a text is searched for a spelling only when it has all its words
        self.words = {sp: frozenset(WORD_RE.findall(sp)) for _, sps, _ in self.people for sp in sps}
        self.two_syllable = {sp for sp in self.words if len(sp.split()) == 2}
        self.role_offices: dict[str, set[str]] = {}
        for office, word in zip(roles["office"], roles["word"]):
            word = norm_name(word)
            # a Vietnamese minister is as often 'Bộ trưởng Bộ Tài chính' as 'Bộ trưởng Tài chính'
            ministry = "bộ trưởng bộ " + word[len("bộ trưởng ") :] if word.startswith("bộ trưởng ") else None
            for w in (word, ministry) if ministry and not word.startswith("bộ trưởng bộ ") else (word,):
                self.role_offices.setdefault(w, set()).add(office)
        alt = "|".join(re.escape(w) for w in sorted(self.role_offices, key=len, reverse=True))
        self.role_re = re.compile(rf"(?<!\w)(?:{alt})(?!\w)") if alt else None
        # the short name a report uses after a role word: a Korean's surname ('President Yoon',
        # 'Tổng thống Lee'), a Vietnamese's given name ('Prime Minister Chinh', 'Thủ tướng Chính')
        self.short: dict[str, list[tuple[str, list[Term]]]] = {}
        for (person, _, terms), (_, rows) in zip(self.people, leaders.groupby("name", sort=False)):
            for short in _short_names(rows):
                self.short.setdefault(short, []).append((person, terms))

    def _longer_names_joined(self, text: str) -> str:
        """``text`` with the last two syllables of a three-syllable romanised name run together when
        its first two spell a known two-syllable name: ``Cho Hyun Joon`` (Hyosung's chairman) is not
        ``Cho Hyun`` (the foreign minister), so it is read as ``Cho HyunJoon``."""
        cuts = []  # where the space or hyphen before a third syllable goes
        for m in LONGER_NAME_RE.finditer(text):  # a lookahead: overlapping names are all seen
            third = m.group(3) or m.group(4)
            if norm_name(f"{m.group(1)} {m.group(2)}") in self.two_syllable and third not in TITLE_WORDS:
                cuts.append(m.start() + len(m.group(1)) + 1 + len(m.group(2)))
        for i in reversed(cuts):
            text = text[:i] + text[i + 1 :]
        return text

    def mentioned(self, text: str) -> dict[str, list[Term]]:
        """Office holders named in ``text`` -> their terms (only the offices a role word right
        before a mention selects, when one does).

        >>> table = pd.DataFrame({"name": ["To Lam"] * 2, "name_vi": ["Tô Lâm"] * 2, "aliases": ["To Lam"] * 2,
        ...     "role": ["President", "General Secretary"], "office": ["president", "general_secretary"],
        ...     "term_start": ["2024-05-22", "2024-08-03"], "term_end": ["2024-10-21", None]})
        >>> [t.office for t in OfficeIndex(table).mentioned("Tổng Bí thư Tô Lâm tiếp Đại sứ")["To Lam"]]
        ['general_secretary']
        """
        norm = norm_name(self._longer_names_joined(text))
        present = set(WORD_RE.findall(norm))
        roles = (
            [(m.end(), self.role_offices[m.group(0)]) for m in self.role_re.finditer(norm)]
            if self.role_re
            else []
        )
        found: dict[str, list[Term]] = {}
        people = [
            (
                person,
                terms,
                {i for sp in spellings if self.words[sp] <= present for i in _word_starts(norm, sp)},
            )
            for person, spellings, terms in self.people
        ]
        every_start = sorted(i for _, _, starts in people for i in starts)
        known = set(lexicon.role_words()["office"])  # a table without an office column has none of these
        for person, terms, starts in people:
            if starts and all(
                LATE_RE.search(norm, max(0, i - 40), i) or THEN_RE.match(norm, i) for i in starts
            ):
                continue  # 'cố Chủ tịch nước Trần Đại Quang', 'the late President', 'former …': not at the meeting
            if starts and all(PAST_OCCASION_RE.search(_sentence_of(norm, i)) for i in starts):
                continue  # named only in sentences about an earlier, dated occasion
            if not starts:
                continue
            offices = {
                o
                for s in starts
                for end, offs in roles
                if 0 <= s - end <= ROLE_GAP_CHARS
                and not re.search(r"[.;\n]", norm[end:s])
                and not any(end <= other < s for other in every_start)  # the role is another's
                for o in offs
            }
            if offices and offices <= LOCAL_OFFICES:
                continue  # 'Bí thư Thành ủy Hải Phòng Lê Văn Thành': named in a local office, not a national one
            named = [t for t in terms if t.office in offices]
            if offices and not named and all(t.office in known for t in terms):
                continue  # named in an office the table does not list for them: their other terms do not date it
            elect = any(
                ELECT_RE.match(norm, end)
                for s in starts
                for end, _ in roles
                if 0 <= s - end <= ROLE_GAP_CHARS
            )
            found[person] = [_elect(t) for t in named] if elect and named else named or terms
        found.update(self._short_mentions(text, norm, found))
        return found

    def _short_mentions(self, text: str, norm: str, found: dict) -> dict[str, list[Term]]:
        """Role word + short name (``President Yoon``, ``Thủ tướng Chính``): the holders of that
        office with that short name, keyed by the words as read (``'president yoon'``). The short
        name must be capitalised in the text, not followed by another capitalised word (it then
        begins a longer name: ``Thủ tướng Kim Boo-kyum``) and not begin a compound (``Thủ tướng Chính
        phủ``); a short name one of whose holders is named in full is that person, and adds nothing."""
        cased = " ".join(re.sub("[-\u2010\u2011\u2013]", " ", text).split())
        cased = cased if len(cased) == len(norm) else None
        out: dict[str, list[Term]] = {}
        for role in self.role_re.finditer(norm) if self.role_re else []:
            m = SHORT_AFTER_ROLE_RE.match(norm, role.end())
            if not m or m.group(1) not in self.short:
                continue
            if cased is not None and (
                not cased[m.start(1)].isupper() or cased[m.end(1) : m.end(1) + 2][1:].isupper()
            ):
                continue  # not a name, or the first word of a longer one ('Thủ tướng Kim Boo-kyum')
            if any(norm.startswith(c, m.start(1)) for c in SHORT_NAME_COMPOUNDS):
                continue
            offices = self.role_offices[role.group(0)]
            holders = [(p, ts) for p, ts in self.short[m.group(1)] if any(t.office in offices for t in ts)]
            if any(p in found for p, _ in holders):
                continue  # 'Tổng thống Lee' after 'Tổng thống Lee Jae Myung': the person named in full
            terms = [t for _, ts in holders for t in ts if t.office in offices]
            if terms:
                out.setdefault(f"{role.group(0)} {m.group(1)}", terms)
        return out


# a short name right after a role word, perhaps with the country between: 'Tổng thống Hàn Quốc Yoon'
SHORT_AFTER_ROLE_RE = re.compile(
    r"(?:\s+(?:hàn quốc|việt nam|south korean|korean|vietnamese|of korea|of vietnam))?\s+(\w+)(?!\w)"
)
# 'Thủ tướng Chính phủ' is 'the government's Prime Minister', not Prime Minister Chính
SHORT_NAME_COMPOUNDS = ("chính phủ",)


def _short_names(rows: pd.DataFrame) -> set[str]:
    """A person's short names, case-folded: a Korean's surname (first word of ``name``), a
    Vietnamese's given name (last word of ``name_vi``, with and without diacritics)."""
    out = set()
    for _, r in rows.iterrows():
        if r.get("country") == "KR" and pd.notna(r["name"]):
            out.add(norm_name(str(r["name"])).split(" ")[0])
        elif r.get("country") == "VN" and pd.notna(r["name_vi"]):
            last = norm_name(str(r["name_vi"])).split(" ")[-1]
            out |= {last, strip_diacritics(last)}
    return out


# 'President-elect Yoon', 'Tổng thống đắc cử': not yet in office, but about to be
ELECT_RE = re.compile(r" (?:elect|đắc cử)\b")
ELECT_DAYS = 120  # from election to inauguration: Korea's presidents take office about two months after


def _elect(term: Term) -> Term:
    """The time between an election and taking office, as a term of its own."""
    return Term(
        term.name,
        term.name_vi,
        f"{term.role} (elect)",
        term.office,
        term.start - dt.timedelta(days=ELECT_DAYS),
        term.start - dt.timedelta(days=1),
    )


def _as_date(value) -> dt.date | None:
    if value is None or (not isinstance(value, (str, dt.date)) and pd.isna(value)) or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


_CACHE: list = [None, None, None]  # (leaders table, roles table, index)


def office_index(leaders: pd.DataFrame | OfficeIndex) -> OfficeIndex:
    """The compiled index of a leaders table (reused while the same table objects are passed)."""
    if isinstance(leaders, OfficeIndex):
        return leaders
    roles = lexicon.role_words()
    if _CACHE[0] is not leaders or _CACHE[1] is not roles:
        _CACHE[:] = [leaders, roles, OfficeIndex(leaders, roles)]
    return _CACHE[2]


def leaders_mentioned(text: str, leaders: pd.DataFrame | OfficeIndex) -> dict[str, list[Term]]:
    """Office holders named in ``text`` -> their :class:`Term` s; see :meth:`OfficeIndex.mentioned`."""
    return office_index(leaders).mentioned(text)


def in_office(day: dt.date, terms: list[Term], today: dt.date | None = None) -> bool:
    """True when one of ``terms`` covers ``day`` (a running term runs to ``today``)."""
    return any(t.holds(day, today or dt.date.today()) for t in terms)
