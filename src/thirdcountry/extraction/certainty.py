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
from thirdcountry.extraction.sentences import lower_words, token_bounds, token_words, tokens_text
from thirdcountry.extraction.words import word_class
from thirdcountry.facts.schema import Arrangement, Fact

# Asides between a subject and its verb: "Serbia, however, has said no".
DISCOURSE_ADVERBS = word_class("discourse_adverbs")
# Between "be" and a passive participle: "are both reported", "is also said".
PASSIVE_ADVERBS = word_class("passive_adverbs")
STOP_PUNCT = {",", ".", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "|"}
SOURCE_STOPWORDS = word_class("source_stopwords")
MAX_SOURCE_TOKENS = 12
# Subordinators that open another event's clause ("hours after lawyers said …").
EVENT_SUBORDINATORS = word_class("event_subordinators")
# Words that open a clause of its own after a claim ("…, though officials say no one has been
# sent", "…, and officials say talks go on"): a report there is of that clause.
CONTRAST_OPENERS = word_class("event_contrast_openers")
# "could have claimed asylum", "claimed responsibility": what is claimed is no statement.
NOT_STATEMENTS = word_class("not_statements")
# "None reported": no one reported anything.
NOBODY = word_class("nobody_pronouns")
# "But Albania's prime minister …": an official named as a sentence's subject stands within
# this many words of its start.
SUBJECT_REACH = 5
LEADING_CONJUNCTIONS = word_class("leading_conjunctions")
# What a denial of an agreement denies: "denied signing", "denied having agreed", "no such
# agreement" (the last read with "such").
AGREEING = word_class("agreeing_verbs")
# After a demonym, the state speaking: "the Ugandan government denied".
NEGATORS = word_class("negators_not_never_no")
NEGATED_REPORT = word_class("negators_not_never")
REFUSED_REPORT = word_class("refused_report")
SAY_AS_NOUN = word_class("say_as_noun")
# Reporting verbs that are also nouns ("notes from the meeting show", "at one point"): a verb only
# after a word that is no determiner or number.
ALSO_NOUNS = word_class("report_verbs_also_nouns")
EARLIER_MARKS = word_class("earlier_marks")
DENYING_BODIES = word_class("denying_bodies")
# A subject before its reporting verb can be long ("Lawyers representing some of the men
# deported from the United States to Ghana this month say"); its head comes first.
MAX_SUBJECT_TOKENS = 20
ACRONYM_MAX = 8  # letters of an acronym in brackets after a speaker ("(CONADEH)")


@dataclass(frozen=True, slots=True)
class Certainty:
    level: str
    attributed_to: str | None
    cue: str | None  # the word that decided it, for --explain


# The sources below are read from the document's word lists, not from spaCy Tokens: a Token
# built for each word looked at cost more than the reading itself.


def _source_after(sent: Span, index: int) -> str | None:
    """Tokens after ``according to`` up to punctuation."""
    words = token_words(sent.doc)
    end = index
    while end < sent.end and words[end] not in STOP_PUNCT and end - index < MAX_SOURCE_TOKENS:
        end += 1
    return tokens_text(sent.doc, index, end) if end > index else None


def _source_before(sent: Span, index: int) -> str | None:
    """The noun phrase before a reporting verb: back to punctuation or a clause word."""
    doc = sent.doc
    words, lower = token_words(doc), lower_words(doc)
    first = last = None  # the source's first and last tokens
    count = 0  # tokens in the source, past the words before its verb
    i = index - 1
    while i >= sent.start and count < MAX_SUBJECT_TOKENS:
        word = words[i]
        if word == "," and not count and i - 1 >= sent.start and \
                lower[i - 1] in DISCOURSE_ADVERBS:
            # "Serbia, however, has said no": the aside is not the source.
            i -= 3 if i - 2 >= sent.start and words[i - 2] == "," else 2
            continue
        inside_name = lower[i] == "and" and _inside_name(doc, i, sent.start)
        if not inside_name:  # "The Ministry of Asylum and Migration said"
            opens = _acronym_opens(words, i, sent.start) if word == ")" and not count else None
            if opens is not None:
                # "The National Commissioner for Human Rights (CONADEH) said": past the acronym.
                i = opens - 1
                continue
            if word in STOP_PUNCT or lower[i] in SOURCE_STOPWORDS or word.isspace():
                break
            if lower[i] in ("has", "have", "had", "also", "then", "later", "only", "would",
                            "will", "publicly", "repeatedly", "first", "already"):
                i -= 1
                continue
        if not count:
            last = i
        first = i
        count += 1
        i -= 1
    return None if first is None else tokens_text(doc, first, last + 1)


def _acronym_opens(words: list[str], close: int, start: int) -> int | None:
    """Where "(" opens a short acronym closed at ``close`` ("(CONADEH)", "(MoFA)"), else None:
    an aside in brackets ("(most of them Nigerians)") is no part of a name."""
    inner = close - 1
    if inner - 1 < start or words[inner - 1] != "(":
        return None
    word = words[inner]
    if not (word.isalpha() and 2 <= len(word) <= ACRONYM_MAX and word[0].isupper() and
            sum(ch.isupper() for ch in word) >= 2):
        return None
    return inner - 1


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
    """"Yolande Makolo, a government spokeswoman, said …", "…, a government spokeswoman,
    Yolande Makolo, told Reuters": the subject and its apposition, not the claim before them."""
    lo = max(sent.start, index - MAX_SOURCE_TOKENS)
    words = token_words(sent.doc)[lo:index]
    while words and (words[-1] == "," or words[-1].isspace()):
        words.pop()
    cut = max((i for i, w in enumerate(words) if w in (".", ";", ":", "—", "“", "”", "\"")),
              default=-1)
    commas = [i for i, w in enumerate(words) if w == ","]
    if len(commas) >= 2:
        cut = max(cut, commas[-2])
    return tokens_text(sent.doc, lo + cut + 1, lo + len(words)) if cut + 1 < len(words) else None


def _source_after_verb(sent: Span, index: int) -> str | None:
    """", said Ricardo Zuniga, a former official" — the name after a trailing verb."""
    return _source_after(sent, index)


# Head nouns of sources that name no one: a capitalised word before them ("Two African
# diplomats") does not make them a named official.
UNNAMED_HEADS = word_class("unnamed_heads")
PASSIVE_AUXILIARIES = word_class("be_forms")
# Where a source's head ends and its modifiers begin.
# Heads of a source that make it the government whatever words its name goes on with ("the
# Ministry of Foreign Affairs and International Cooperation"); not independent offices ("the
# National Commissioner for Human Rights").
GOVERNMENT_HEADS = word_class("government_heads")
HEAD_ENDS = word_class("head_ends")
# People who speak for a party: a government's lawyers speak for the government.
REPRESENTATIVES = word_class("legal_representatives")
PRONOUNS = word_class("subject_pronouns_with_i")
# "counsel for the Attorney General": the client is named in these first words after "for".
CLIENT_WORDS = 3
# After these stands who heard it ("told Reuters", "told the newspaper"), not who spoke.
TELL_VERBS = word_class("tell_verbs")
# Words that open a reporting verb's own clause ("said that", "said would", "warned it"): the
# verb reports that clause. After a trailing verb ("…, officials said.") the claim comes first.
OWN_COMPLEMENT = word_class("own_complement")


def _report_cues(view: SentenceView) -> list[Span]:
    """Reporting verbs, without capitalised look-alikes inside names ("United States"), without
    passives ("had been told", "are both reported by"), whose subject is the hearer, without
    verbs whose object is no statement ("claimed asylum") and without reports of nothing
    ("None reported" in a table)."""
    words = lower_words(view.doc)
    return [c for c in view.cue_values("REPORT_VERB")
            if not (c[0].is_title and not c[0].is_sent_start and c.text.lower() != "according to")
            and not _passive(view.doc, c.start)
            and not (c.end < len(words) and words[c.end] in NOT_STATEMENTS)
            and not (c.start > 0 and words[c.start - 1] in NOBODY)
            and not _no_report(words, c)]


def _no_report(words: list[str], cue: Span) -> bool:
    """A report that is none: refused or negated ("officials have not said when", "would not
    say", "declined to comment", "never said"), or the noun ("keeps the final say")."""
    before = words[max(0, cue.start - 3):cue.start]
    if before[-1:] and before[-1] in NEGATED_REPORT or \
            before[-2:-1] and before[-2] in NEGATED_REPORT and before[-1].endswith("ly") or \
            len(before) >= 2 and before[-1] == "to" and before[-2] in REFUSED_REPORT:
        return True
    first = words[cue.start]
    if first in ALSO_NOUNS:
        prev = cue.doc[cue.start - 1] if before else None
        return prev is None or not prev.is_alpha or before[-1] in SAY_AS_NOUN or \
            prev.like_num or _ends_phrase(cue) and not (prev.lower_ in PRONOUNS or prev.is_title
                                                        or prev.is_upper)
    return first == "say" and bool(before) and before[-1] in SAY_AS_NOUN


def _ends_phrase(cue: Span) -> bool:
    """Nothing follows the cue in its clause ("In a diplomatic note, …", "…, they note.")."""
    return cue.end >= len(cue.doc) or not cue.doc[cue.end].is_alpha


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
    lower = lower_words(doc)
    if cue.end >= view.end or lower[cue.end] != "by" or not _passive(doc, cue.start):
        return None
    words = token_words(doc)
    start = end = cue.end + 1
    while end < view.end and words[end] not in STOP_PUNCT and lower[end] not in SOURCE_STOPWORDS \
            and lower[end] != "to" and end - start < MAX_SOURCE_TOKENS:
        end += 1
    return tokens_text(doc, start, end) if end > start else None


def _same_statement(view: SentenceView, cue: Span, claim_end: int | None) -> bool:
    """Statements a semicolon separates are attributed apart ("Palau agreed …; Dominica is
    reported by regional media to be negotiating …")."""
    if claim_end is None:
        return True
    lo, hi = sorted((min(cue.start, claim_end), max(cue.start, claim_end)))
    return ";" not in token_words(view.doc)[lo:hi]


def _reports_later_claim(cue: Span, claim_end: int | None) -> bool:
    """A reporting verb after the claim that opens its own complement reports that, not the
    claim: "The court ruled X, a judgment lawyers said would complicate Y". After "told" an
    article begins the hearer ("…, sources have told The Daily Gallop"), not a complement."""
    if claim_end is None or cue.start < claim_end or cue.end >= len(cue.doc):
        return False
    phrase = cue.text.lower()
    if phrase == "according to":
        return False
    if _in_later_event(cue, claim_end):
        return True
    after = lower_words(cue.doc)[cue.end]  # the word list, not a Token built to read it
    if phrase in TELL_VERBS and after in ("the", "a", "an"):
        return False
    return after in OWN_COMPLEMENT


def _in_later_event(cue: Span, claim_end: int) -> bool:
    """"…, a rare intervention that came hours after their lawyers said buses had arrived": a
    reporting verb whose short subject opens right after a subordinator ("after", "when") or a
    contrast ("though", ", and") reports that other event or clause, not the claim before it."""
    lower = lower_words(cue.doc)
    for i in range(cue.start - 1, max(claim_end, cue.start - SUBJECT_REACH) - 1, -1):
        if lower[i] in STOP_PUNCT:
            return False
        if lower[i] in EVENT_SUBORDINATORS or lower[i] in CONTRAST_OPENERS and (
                lower[i] != "and" or lower[i - 1] == ","):
            return i + 1 < cue.start
    return False


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
    reports = _reports_claiming(view, cues, claim_end)
    if reports:
        return reports
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
            # After "told" stands who heard it ("…, a spokeswoman told Reuters").
            after = None if cue.text.lower() in TELL_VERBS else \
                _source_after_verb(view.span, cue.end)
            if after and _names_speaker(after):
                return after, cue
            subject = _subject_with_apposition(view.span, cue.start)
            if subject:
                return subject, cue
        if source:
            return source, cue
    return None, None


def _reports_claiming(view: SentenceView, cues: list[Span],
                      claim_end: int | None) -> tuple[str, Span] | None:
    """"Media reports claiming that …", "reports by foreign outlets alleging that …": the claim
    is the reports', whoever mentions them ("The ministry has taken note of reports …")."""
    for cue in cues:
        if not cue.text.lower().endswith("ing") or \
                claim_end is not None and claim_end <= cue.start:
            continue
        source = _source_before(view.span, cue.start) or ""
        low = f" {source.lower()} "
        found = [low.find(f" {p} ") for cat in ("DOCUMENT_SOURCE", "MEDIA_SOURCE")
                 for p in view.phrases(cat) if f" {p} " in low]
        if found:
            # From the reports on: not "The ministry has taken note of" before them.
            at = min(found)
            words_before = len(low[:at].split())
            return " ".join(source.split()[words_before:]), cue
    return None


def _source_mentions(view: SentenceView, source: str) -> list:
    at = view.text.find(source)
    if at < 0:
        return []
    lo = view.start_char + at
    hi = lo + len(source)
    starts = token_bounds(view.doc)[0]
    return [m for m in view.mentions if lo <= starts[m.start] < hi]


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


def _represents_officials(view: SentenceView, source: str, head: list[str]) -> bool:
    """"Government lawyers", "counsel for the Attorney General": lawyers of the government."""
    words = source.lower().split()
    if len(head) > 1:
        client = " ".join(head[:-1])  # "government lawyers"
    elif words[1:2] == ["for"]:
        # "counsel for the Attorney General", not "lawyers for the men held by the state"
        client = " ".join(words[2:2 + CLIENT_WORDS])
    else:
        return False
    return any(f" {p} " in f" {client} " for p in view.phrases("OFFICIAL_SOURCE"))


def _official_head(view: SentenceView, head: list[str]) -> bool:
    """The source's head is a government body or office ("the ministry", "the principal
    secretary"), not unnamed officials ("a ministry official") nor an organisation's office."""
    if not head or head[-1] not in GOVERNMENT_HEADS:
        return False
    text = " " + " ".join(head) + " "
    return not any(
        f" {p} " in text for cat in ("ORGANISATION", "UNNAMED_SOURCE", "DOCUMENT_SOURCE")
        for p in view.phrases(cat))


# A document as the source ("according to a State Department notice", "a copy filed in court"):
# the outlet's reading of a paper, not a party speaking on the record.
DOCUMENT_HEADS = word_class("document_source_heads")
# Words before a document's head: its article and at most a few modifiers.
DOCUMENT_HEAD_REACH = 5
# Words from a document's head to its verb of showing ("A document seen by this newspaper shows").
DOCUMENT_SUBJECT_REACH = 8


def _document_source(words: list[str]) -> bool:
    for word in words[:DOCUMENT_HEAD_REACH]:
        if word in HEAD_ENDS:
            return False
        if word in DOCUMENT_HEADS:
            return True
    return False


DATA_HEADS = word_class("data_heads")
DATA_LINKS = word_class("the_and_possessive_determiners")


def _classify_source(view: SentenceView, source: str) -> str:
    """Rule 1: a named official or a government party to the matter is ``confirmed``; media,
    NGOs, lawyers, unnamed officials and "sources" are ``reported``."""
    low = f" {source.lower()} "
    ending = low.rstrip()  # once, not per phrase tested

    def has(category: str) -> bool:
        # a sentence without a cue of the category has no phrase of it: no set built for none
        return view.has(category) and any(f" {p} " in low or ending.endswith(" " + p)
                                          for p in view.phrases(category))

    if has("RUMOR"):
        return "rumored"
    words = source.split()
    if _document_source(low.split()):
        return "reported"
    if len(words) > 2 and words[0].lower() in DATA_HEADS and words[1].lower() in DATA_LINKS:
        # "figures the Interior Ministry presented": the figures are their publisher's word
        rest = words[1:]
        cut = next((i for i, w in enumerate(rest) if i > 1 and (
            w.lower().endswith("ed") or w.lower() in HEAD_ENDS)), len(rest))
        return _classify_source(view, " ".join(rest[:cut]))
    mentions = _source_mentions(view, source)
    head = _head_phrase(source)
    if head and head[-1] in REPRESENTATIVES and _represents_officials(view, source, head):
        return "confirmed"  # "Government lawyers told the court": the party, on the record
    if has("MEDIA_SOURCE"):
        return "reported"  # "Swedish public radio", "The Daily Beacon": the press
    if _official_head(view, head):
        # "the Ministry of Foreign Affairs and International Cooperation", "the Principal
        # Secretary in the Ministry of …": a body or office holder, whatever its name holds.
        return "confirmed"
    if has("STATE_BODY"):
        return "confirmed"  # "the Guatemalan Migration Institute": a government agency
    if has("ORGANISATION") or has("DOCUMENT_SOURCE"):
        return "reported"
    if any(ending.endswith(" " + p) for p in view.phrases("UNNAMED_SOURCE")):
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


def _document_showing(view: SentenceView) -> str | None:
    """"A document seen by this newspaper shows …", "A notice to Congress showed …": a document
    that opens the clause of a verb of showing is the source (FACTS.md rule 1: reported)."""
    doc = view.doc
    for cue in view.cue_values("SHOWING_VERB"):
        lo = max(view.start, cue.start - DOCUMENT_SUBJECT_REACH)
        words = lower_words(doc)[lo:cue.start]
        cut = max((i for i, w in enumerate(words) if w in STOP_PUNCT), default=-1)
        if _document_source(words[cut + 1:]):
            return doc[lo + cut + 1:cue.start].text
    return None


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


RELATIVE_OPENERS = word_class("relative_pronouns_which_whose")
ASIDE_REACH = 25
REPORT_NOUNS = word_class("media_report_nouns")
# Words before "report(s)" that make it a noun ("a report", "in reports"), not the verb of a
# named subject ("The Ministry of Foreign Affairs reports that …").
REPORT_LEADS = word_class("report_noun_leads")
# "a report by a U.S. news website that …": words from "by" to the "that" of the claim.
REPORT_BY_REACH = 8


def _media_report(view: SentenceView, claim_end: int | None) -> Span | None:
    """A report named as where the claim comes from, with no reporting verb: "named in media
    reports as possible partners", "a report by a news website that Washington asked …",
    "news reports that Kigali agreed …"."""
    words = lower_words(view.doc)
    for cue in view.cue_values("DOCUMENT_SOURCE"):
        if words[cue.end - 1] not in REPORT_NOUNS or not _same_statement(view, cue, claim_end):
            continue
        if len(cue) == 1 and cue.start > view.start and words[cue.start - 1] not in REPORT_LEADS:
            continue
        after = words[cue.end:min(view.end, cue.end + REPORT_BY_REACH)]
        if cue.start > view.start and words[cue.start - 1] == "in" or after[:1] == ["that"] or \
                after[:1] == ["by"] and "that" in after:
            return cue
    return None


def _in_aside(view: SentenceView, at: int, report_cue: Span) -> bool:
    """"argued that the agreement, which was signed in May, breached …": a relative clause set
    off by commas after the reporting verb is the outlet's background, outside the claim. Not
    before a trailing "…, officials said", which may cover the whole sentence."""
    lower = lower_words(view.doc)
    opener = None
    for i in range(at - 1, max(view.start, at - ASIDE_REACH) - 1, -1):
        word = lower[i]
        if word in (",", ";", "(", "—", "–"):
            break
        if word in RELATIVE_OPENERS and i > view.start and lower[i - 1] == "," or \
                word in RELATIVE_OPENERS and i > view.start + 1 and \
                lower[i - 1] in ("under", "by", "in", "through") and lower[i - 2] == ",":
            opener = i
            break
    if opener is None:
        return False
    close = next((i for i in range(at, min(view.end, at + ASIDE_REACH))
                  if lower[i] in (",", ";", "—", "–", ")")), None)
    if close is None:
        return False
    return report_cue.end <= opener


def certainty_of(view: SentenceView, cue_start: int | None = None,
                 cue_end: int | None = None, *, read_hedges: bool = True) -> Certainty:
    """Certainty and attribution of a fact stated in ``view`` by the cue at the given tokens.
    A rule that reads modality itself (court news) passes ``read_hedges=False``."""
    claim_end = cue_end if cue_end is not None else cue_start
    source, report_cue = find_source(view, claim_end)
    if report_cue is not None and cue_start is not None and \
            _in_aside(view, cue_start, report_cue):
        source, report_cue = None, None
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
    shown = _document_showing(view) if view.has("SHOWING_VERB") else None
    if shown is not None:
        return Certainty("reported", shown, shown)
    media = _media_report(view, claim_end) if view.has("DOCUMENT_SOURCE") else None
    if media is not None:
        return Certainty("reported", media.text, media.text)
    return Certainty("confirmed", None, None)


def speaker_of(view: SentenceView) -> Certainty:
    """Who a pronoun in the next sentence may be: the source this one attributes a claim to,
    else the speaker it names as its subject: an official of a state ("Albania's PM has
    already slapped down the idea. He told reporters …"), on the record, or unnamed people
    ("Lawyers for the deportees have given a different account. They allege …")."""
    cert = certainty_of(view)
    if cert.attributed_to:
        return cert
    doc = view.doc
    words = lower_words(doc)
    start = view.start + (words[view.start] in LEADING_CONJUNCTIONS)
    head = next((c for c in view.cues if c.label_ in ("OFFICIAL_SOURCE", "UNNAMED_SOURCE")
                 and start < c.end <= start + SUBJECT_REACH), None)
    if head is None or any(t.text in STOP_PUNCT for t in doc[start:head.end]):
        return cert
    subject = doc[start:head.end].text
    if head.label_ == "UNNAMED_SOURCE":
        return Certainty(_classify_source(view, subject), subject, None)
    if _classify_source(view, subject) != "confirmed" or not _source_mentions(view, subject):
        return cert
    return Certainty("confirmed", subject, None)


def report_denied_agreements(views: list[SentenceView], facts: list[Fact]) -> None:
    """Rule 1: an agreement that the receiving state denies in the same text ("Uganda's
    government denied that it had agreed …", "Both African governments publicly denied signing
    anything") stays as its claimant stated it, ``reported``. A denial naming a deporting state
    ("… any deal with the Netherlands") leaves the receiver's deals with others alone."""
    denials = [d for d in (_denial(v, views[i - 1] if i else None)
                           for i, v in enumerate(views)) if d is not None]
    if not denials:
        return
    retracted = _confirmed_by_receivers(views)
    for fact in facts:
        if not isinstance(fact, Arrangement) or fact.stage != "agreed" or \
                fact.certainty != "confirmed" or fact.receiving_country in retracted:
            continue
        for deniers, partners in denials:
            if (deniers is None or fact.receiving_country in deniers) and \
                    (not partners or fact.deporting_country in partners):
                fact.certainty = "reported"
                break


def _confirmed_by_receivers(views: list[SentenceView]) -> set[str]:
    """States whose own government confirms on the record that it agreed ("Uganda has agreed
    to take in …, the Ministry of Foreign Affairs said on Thursday, days after a senior minister
    had dismissed reports of such a deal"): their denial is a position the text reports they
    left, and their agreement stands confirmed. Only the state itself: a deporting state's
    word against the receiver's denial stays a claim (rule 1)."""
    found: set[str] = set()
    for view in views:
        words = lower_words(view.doc)[view.start:view.end]
        # "has agreed", not "has not agreed"
        agreeing = [i for i, w in enumerate(words) if (w in AGREEING or w == "agrees") and
                    not NEGATORS & set(words[max(0, i - 3):i])]
        if not agreeing or not view.has("REPORT_VERB") or \
                _denial(view, None) is not None and not _earlier_denial(view):
            continue
        cert = certainty_of(view)
        if cert.level != "confirmed" or not cert.attributed_to or cert.cue is None:
            continue
        # The state agreeing opens the sentence, its own body speaks after the claim
        # ("Uganda has agreed …, the Ministry of Foreign Affairs said"); a source naming
        # another state ("U.S. officials") or speaking first ("DHS said Uganda agreed") is not
        # the state itself.
        named = [m for m in view.mentions if m.label in ("NAME", "GOV", "CAPITAL")]
        at = view.text.find(cert.attributed_to)
        if not named or at < 0:
            continue
        first = named[0]
        source_start = view.start_char + at
        if token_bounds(view.doc)[1][first.end - 1] > source_start or any(
                m.iso3 != first.iso3 for m in _source_mentions(view, cert.attributed_to)):
            continue
        found.add(first.iso3)
    return found


def _earlier_denial(view: SentenceView) -> bool:
    """The sentence's denial is an earlier position, told after its news ("…, the ministry said,
    days after a minister had dismissed reports of such a deal")."""
    denial = view.cue_values("DENIAL")[0]
    words = lower_words(view.doc)
    return bool(EARLIER_MARKS & set(words[max(view.start, denial.start - 6):denial.start]))


def _denial(view: SentenceView,
            before: SentenceView | None) -> tuple[set[str] | None, set[str]] | None:
    """The states denying an agreement in the sentence (None: "the governments", those the
    story is about) and its partners: named after the denial, else in the sentence before
    ("Israeli officials said both had agreed. Uganda denied that any such agreement
    existed"). None when the sentence denies no agreement ("denied that its arrangement is
    tied to visas" denies a detail)."""
    denial = next(iter(view.cue_values("DENIAL")), None)
    if denial is None:
        return None
    words = lower_words(view.doc)
    denied = words[denial.start:view.end]
    if not (set(denied) & AGREEING or "such" in denied):
        return None
    deniers = {m.iso3 for m in view.mentions if m.end <= denial.start and (
        m.label in ("NAME", "GOV", "CAPITAL") or m.end < len(words) and
        words[m.end] in DENYING_BODIES)}
    partners = {m.iso3 for m in view.mentions if m.start >= denial.end} or \
        {m.iso3 for m in (before.mentions if before else ())}
    partners -= deniers
    if deniers:
        return deniers, partners
    if "governments" in words[view.start:denial.start]:
        return None, partners
    return None
