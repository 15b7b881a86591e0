"""How certain the text is about a fact, and who it attributes the claim to (FACTS.md rule 1).

``rumored`` when the text calls it rumour; ``speculative`` when a hedge ("could", "is expected
to", "presumably") governs the stage or event; ``reported`` when the claim is attributed to media,
NGOs, lawyers, unnamed officials or "sources"; ``confirmed`` when the outlet states it or a named
official or government body says it on the record.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words

STOP_PUNCT = {",", ".", ";", ":", "—", "–", "(", ")", "\"", "“", "”"}
SOURCE_STOPWORDS = {"that", "which", "who", "and", "but", "while", "as", "because", "after",
                    "before", "when", "if", "since", "until", "although", "though", "whether"}
INLINE_REPORTED = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}
MAX_SOURCE_TOKENS = 12


@dataclass(frozen=True, slots=True)
class Certainty:
    level: str
    attributed_to: str | None
    cue: str | None  # the word that decided it, for --explain


def _source_after(sent: Span, index: int) -> str | None:
    """Tokens after ``according to`` up to punctuation."""
    tokens = []
    for token in sent.doc[index:sent.end]:
        if token.text in STOP_PUNCT or len(tokens) >= MAX_SOURCE_TOKENS:
            break
        tokens.append(token)
    return sent.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None


def _source_before(sent: Span, index: int) -> str | None:
    """The noun phrase before a reporting verb: back to punctuation or a clause word."""
    tokens = []
    i = index - 1
    doc = sent.doc
    while i >= sent.start and len(tokens) < MAX_SOURCE_TOKENS:
        token = doc[i]
        if token.text in STOP_PUNCT or token.lower_ in SOURCE_STOPWORDS or token.is_space:
            break
        if token.lower_ in ("has", "have", "had", "also", "then", "later", "only", "would", "will",
                            "publicly", "repeatedly", "first"):
            i -= 1
            continue
        tokens.insert(0, token)
        i -= 1
    if not tokens:
        return None
    return doc[tokens[0].i:tokens[-1].i + 1].text


def _names_speaker(words: str) -> bool:
    """", said Ricardo Zuniga, a former official": a name or a title after a trailing verb,
    not the reported clause itself (", said Rwanda would help")."""
    first = words.split()[0] if words.split() else ""
    tail = {w.lower() for w in words.split()}
    return (first[:1].isupper() or first.lower() in ("the", "a", "an")) and not tail & {
        "has", "have", "had", "would", "will", "is", "was", "were", "are", "could", "should"}


def _subject_with_apposition(sent: Span, index: int) -> str | None:
    """"Yolande Makolo, a government spokeswoman, said …": the subject and its apposition."""
    doc = sent.doc
    tokens = [t for t in doc[max(sent.start, index - MAX_SOURCE_TOKENS):index]]
    while tokens and (tokens[-1].text == "," or tokens[-1].is_space):
        tokens.pop()
    cut = max((i for i, t in enumerate(tokens) if t.text in (".", ";", ":", "—", "“", "”", "\"")),
              default=-1)
    tokens = tokens[cut + 1:]
    return doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None


def _source_after_verb(sent: Span, index: int) -> str | None:
    """", said Ricardo Zuniga, a former official" — the name after a trailing verb."""
    return _source_after(sent, index)


# Head nouns of sources that name no one: a capitalised word before them ("Two African
# diplomats") does not make them a named official.
UNNAMED_HEADS = {"officials", "official", "diplomats", "diplomat", "sources", "source", "aides",
                 "people", "person", "insiders", "lawyers", "advocates", "activists", "groups",
                 "residents", "witnesses", "analysts", "experts", "critics", "reports", "media"}
PASSIVE_AUXILIARIES = {"been", "be", "being", "is", "are", "was", "were"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def _report_cues(view: SentenceView) -> list[Span]:
    """Reporting verbs, without capitalised look-alikes inside names ("United States") and
    without passives ("had been told", "is said to"), whose subject is the hearer."""
    words = lower_words(view.doc)
    return [c for c in view.cue_values("REPORT_VERB")
            if not (c[0].is_title and not c[0].is_sent_start and c.text.lower() != "according to")
            and not (c.start > 0 and words[c.start - 1] in PASSIVE_AUXILIARIES)]


def find_source(view: SentenceView) -> tuple[str | None, Span | None]:
    """The attributed source of a sentence and the reporting cue that introduced it."""
    for cue in _report_cues(view):
        if cue.text.lower() == "according to":
            return _source_after(view.span, cue.end), cue
    for cue in _report_cues(view):
        before = cue.doc[cue.start - 1] if cue.start > view.span.start else None
        source = _source_before(view.span, cue.start)
        if source and before is not None and before.text not in STOP_PUNCT:
            return source, cue
        if before is not None and before.text in (",", "”", "\"") and cue.end < view.span.end:
            after = _source_after_verb(view.span, cue.end)
            if after and _names_speaker(after):
                return after, cue
            subject = _subject_with_apposition(view.span, cue.start)
            if subject:
                return subject, cue
        if source:
            return source, cue
    return None, None


def _source_mentions(view: SentenceView, source: str) -> list:
    at = view.text.find(source)
    if at < 0:
        return []
    lo = view.start_char + at
    hi = lo + len(source)
    doc = view.span.doc
    return [m for m in view.mentions if lo <= doc[m.start].idx < hi]


def _names_a_person(source: str, mentions: list) -> bool:
    """Two capitalised words in a row that are not a state's name: "Yolande Makolo"."""
    state_words = {w for m in mentions if m.label != "GOV" for w in m.text.split()}
    run = 0
    for word in source.replace(",", " ").split():
        if word[:1].isupper() and word.isalpha() and word not in state_words and \
                word not in ("The", "According", "A", "An"):
            run += 1
            if run >= 2:
                return True
        else:
            run = 0
    return False


def _classify_source(view: SentenceView, source: str) -> str:
    """Rule 1: a named official or a government party to the matter is ``confirmed``; media,
    NGOs, lawyers, unnamed officials and "sources" are ``reported``."""
    low = f" {source.lower()} "

    def has(category: str) -> bool:
        return any(f" {p} " in low or low.rstrip().endswith(" " + p) for p in
                   view.phrases(category))

    if has("RUMOR"):
        return "rumored"
    mentions = _source_mentions(view, source)
    if has("ORGANISATION") or has("DOCUMENT_SOURCE"):
        return "reported"
    words = source.lower().split()
    if words and words[-1] in UNNAMED_HEADS:
        return "reported"  # "Two African diplomats", "U.S. officials": unnamed people
    person = any(m.label == "GOV" for m in mentions) or _names_a_person(source, mentions)
    if has("UNNAMED_SOURCE") and not person:
        return "reported"
    if person or has("OFFICIAL_SOURCE") or mentions:
        return "confirmed"
    return "reported"


def hedged(view: SentenceView, cue_start: int, cue_end: int) -> Span | None:
    """A hedge word governing the stage or event cue at ``cue_start``…``cue_end``."""
    for hedge in view.cue_values("HEDGE"):
        if hedge.text == "May":
            continue  # the month, not the modal ("In May, Ghana agreed …")
        if cue_start - 5 <= hedge.start <= cue_end:
            nxt = hedge.doc[hedge.end] if hedge.end < len(hedge.doc) else None
            if nxt is not None and nxt.lower_ in ("not", "n't", "never"):
                continue
            return hedge
    return None


def certainty_of(view: SentenceView, cue_start: int | None = None,
                 cue_end: int | None = None) -> Certainty:
    """Certainty and attribution of a fact stated in ``view`` by the cue at the given tokens."""
    source, report_cue = find_source(view)
    if cue_start is not None:
        hedge = hedged(view, cue_start, cue_end if cue_end is not None else cue_start + 1)
        if hedge is not None:
            return Certainty("speculative", source, hedge.text)
    rumor = view.cue_values("RUMOR")
    if rumor:
        return Certainty("rumored", source or rumor[0].text, rumor[0].text)
    if source:
        return Certainty(_classify_source(view, source), source,
                         report_cue.text if report_cue is not None else None)
    for word in lower_words(view.doc)[view.start:view.end]:
        if word in INLINE_REPORTED:
            return Certainty("reported", None, word)
    return Certainty("confirmed", None, None)
