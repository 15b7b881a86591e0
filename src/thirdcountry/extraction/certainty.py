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

# Asides between a subject and its verb: "Serbia, however, has said no".
DISCOURSE_ADVERBS = {"however", "meanwhile", "though", "too", "instead", "therefore"}
# Between "be" and a passive participle: "are both reported", "is also said".
PASSIVE_ADVERBS = {"both", "also", "all", "each", "now", "not"}
STOP_PUNCT = {",", ".", ";", ":", "—", "–", "(", ")", "\"", "“", "”"}
SOURCE_STOPWORDS = {"that", "which", "who", "and", "but", "while", "as", "because", "after",
                    "before", "when", "if", "since", "until", "although", "though", "whether"}
MAX_SOURCE_TOKENS = 12
# A subject before its reporting verb can be long ("Lawyers representing some of the men
# deported from the United States to Ghana this month say"); its head comes first.
MAX_SUBJECT_TOKENS = 20


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
    while i >= sent.start and len(tokens) < MAX_SUBJECT_TOKENS:
        token = doc[i]
        if token.text == "," and not tokens and i - 1 >= sent.start and \
                doc[i - 1].lower_ in DISCOURSE_ADVERBS:
            # "Serbia, however, has said no": the aside is not the source.
            i -= 3 if i - 2 >= sent.start and doc[i - 2].text == "," else 2
            continue
        if token.lower_ == "and" and _inside_name(doc, i, sent.start):
            tokens.insert(0, token)  # "The Ministry of Asylum and Migration said"
            i -= 1
            continue
        if token.text in STOP_PUNCT or token.lower_ in SOURCE_STOPWORDS or token.is_space:
            break
        if token.lower_ in ("has", "have", "had", "also", "then", "later", "only", "would", "will",
                            "publicly", "repeatedly", "first", "already"):
            i -= 1
            continue
        tokens.insert(0, token)
        i -= 1
    if not tokens:
        return None
    return doc[tokens[0].i:tokens[-1].i + 1].text


def _inside_name(doc, at: int, start: int) -> bool:
    """"and" between two capitalised words joins one name ("Ministry of Asylum and Migration",
    "Media in Skopje and Belgrade"), not two clauses."""
    return at > start and at + 1 < len(doc) and doc[at - 1].is_title and doc[at + 1].is_title


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
# Where a source's head ends and its modifiers begin.
HEAD_ENDS = {"in", "at", "for", "of", "from", "with", "and", "or", ",", "who", "which", "that",
             "seen", "based", "close", "familiar", "representing", "working"}
# People who speak for a party: a government's lawyers speak for the government.
REPRESENTATIVES = {"lawyers", "lawyer", "attorneys", "attorney", "counsel"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# Words that open a reporting verb's own clause ("said that", "said would", "warned it"): the
# verb reports that clause. After a trailing verb ("…, officials said.") the claim comes first.
OWN_COMPLEMENT = {"that", "would", "will", "could", "might", "may", "should", "was", "were",
                  "is", "are", "had", "has", "it", "they", "he", "she", "the", "its", "their"}


def _report_cues(view: SentenceView) -> list[Span]:
    """Reporting verbs, without capitalised look-alikes inside names ("United States") and
    without passives ("had been told", "are both reported by"), whose subject is the hearer."""
    return [c for c in view.cue_values("REPORT_VERB")
            if not (c[0].is_title and not c[0].is_sent_start and c.text.lower() != "according to")
            and not _passive(view.doc, c.start)]


def _passive(doc, at: int) -> bool:
    """A form of "be" before the verb, across adverbs ("are both reported", "was widely said")."""
    words = lower_words(doc)
    i = at - 1
    while i >= 0 and (words[i] in PASSIVE_ADVERBS or words[i].endswith("ly")):
        i -= 1
    return i >= 0 and words[i] in PASSIVE_AUXILIARIES


def _passive_agent(view: SentenceView, cue: Span) -> str | None:
    """The agent of a passive reporting verb: "are reported by regional media to be …"."""
    doc = view.doc
    if cue.end >= view.end or doc[cue.end].lower_ != "by" or not _passive(doc, cue.start):
        return None
    tokens = []
    for token in doc[cue.end + 1:view.end]:
        if token.text in STOP_PUNCT or token.lower_ in SOURCE_STOPWORDS | {"to"} or \
                len(tokens) >= MAX_SOURCE_TOKENS:
            break
        tokens.append(token)
    return doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None


def _same_statement(view: SentenceView, cue: Span, claim_end: int | None) -> bool:
    """Statements a semicolon separates are attributed apart ("Palau agreed …; Dominica is
    reported by regional media to be negotiating …")."""
    if claim_end is None:
        return True
    lo, hi = sorted((min(cue.start, claim_end), max(cue.start, claim_end)))
    return not any(t.text == ";" for t in view.doc[lo:hi])


def _reports_later_claim(cue: Span, claim_end: int | None) -> bool:
    """A reporting verb after the claim that opens its own complement reports that, not the
    claim: "The court ruled X, a judgment lawyers said would complicate Y"."""
    if claim_end is None or cue.start < claim_end or cue.end >= len(cue.doc) or \
            cue.text.lower() == "according to":
        return False
    return cue.doc[cue.end].lower_ in OWN_COMPLEMENT


def find_source(view: SentenceView,
                claim_end: int | None = None) -> tuple[str | None, Span | None]:
    """The attributed source of a sentence and the reporting cue that introduced it; with
    ``claim_end``, only a cue that reports the claim ending there. Found once per sentence
    and ``claim_end``: the fact rules ask it of a sentence many times."""
    found = view.found_sources
    if found is None:
        found = view.found_sources = {}
    source = found.get(claim_end)
    if source is None:
        source = found[claim_end] = _find_source(view, claim_end)
    return source


def _find_source(view: SentenceView, claim_end: int | None) -> tuple[str | None, Span | None]:
    cues = [c for c in _report_cues(view) if not _reports_later_claim(c, claim_end) and
            _same_statement(view, c, claim_end)]
    for cue in view.cue_values("REPORT_VERB"):
        agent = _passive_agent(view, cue)
        if agent and _same_statement(view, cue, claim_end):
            return agent, cue
    for cue in cues:
        if cue.text.lower() == "according to":
            return _source_after(view.span, cue.end), cue
    for cue in cues:
        before = cue.doc[cue.start - 1] if cue.start > view.start else None
        source = _source_before(view.span, cue.start)
        if source and before is not None and before.text not in STOP_PUNCT:
            return source, cue
        if before is not None and before.text in (",", "”", "\"") and cue.end < view.end:
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


def _head_phrase(source: str) -> list[str]:
    """The words of a source up to its first modifier: "lawyers" of "lawyers in Yaoundé and a
    document seen by …", "a spokesman" of "a spokesman for the ministry"."""
    words = source.lower().replace(",", " , ").split()
    cut = next((i for i, w in enumerate(words) if w in HEAD_ENDS and i > 0), len(words))
    return words[:cut]


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
    head = _head_phrase(source)
    if head and head[-1] in REPRESENTATIVES and any(
            f" {p} " in f" {' '.join(head[:-1])} " for p in view.phrases("OFFICIAL_SOURCE")):
        return "confirmed"  # "Government lawyers told the court": the party, on the record
    if has("ORGANISATION") or has("DOCUMENT_SOURCE"):
        return "reported"
    if any(low.rstrip().endswith(" " + p) for p in view.phrases("UNNAMED_SOURCE")):
        return "reported"  # "the Associated Press", "U.S. officials": media, unnamed people
    if head and head[-1] in UNNAMED_HEADS:
        # "Two African diplomats", "U.S. officials", "lawyers in Yaoundé and a document seen
        # by the agency": unnamed people
        return "reported"
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
                 cue_end: int | None = None, *, read_hedges: bool = True) -> Certainty:
    """Certainty and attribution of a fact stated in ``view`` by the cue at the given tokens.
    A rule that reads modality itself (court news) passes ``read_hedges=False``."""
    claim_end = cue_end if cue_end is not None else cue_start
    source, report_cue = find_source(view, claim_end)
    if cue_start is not None and read_hedges:
        hedge = hedged(view, cue_start, cue_end if cue_end is not None else cue_start + 1)
        if hedge is not None:
            return Certainty("speculative", source, hedge.text)
    rumor = view.cue_values("RUMOR")
    if rumor:
        return Certainty("rumored", source or rumor[0].text, rumor[0].text)
    if source:
        return Certainty(_classify_source(view, source), source,
                         report_cue.text if report_cue is not None else None)
    hearsay = [h for h in view.cue_values("HEARSAY") if _same_statement(view, h, claim_end)]
    if hearsay:
        return Certainty("reported", None, hearsay[0].text)
    return Certainty("confirmed", None, None)
