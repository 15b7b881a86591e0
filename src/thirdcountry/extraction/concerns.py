"""Rights-concern facts: a human-rights concern the text ties to a receiving state (rule 5).

A concern is an abuse cue ("torture", "without access to counsel") or a capacity or safety
word under a negation or a doubt ("was never equipped", "could not guarantee the men's
safety") that is not about something else: the deporting state's procedure ("a chance to raise
torture fears"), the people's own countries ("persecution at home"), a generic "third country"
or a travel advisory. Conflict words only add to a concern's summary.

The state it is about is read from the sentence: a state holding people ("Libya's detention
centres", "the Libyan detention centres", a named facility such as CECOT), the destination of
people sent ("sending them to South Sudan, where ..."), or the state named nearest to the
concern in its clause. A sentence that names no state refers back to the one just discussed
only through a word pointing there ("its prisons", "held at the camp").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from thirdcountry.extraction.certainty import Certainty, certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.places import place_patterns
from thirdcountry.extraction.roles import is_nationality
from thirdcountry.extraction.sentence_view import Clause, Mention, SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import word_class
from thirdcountry.facts.schema import RightsConcern

# Cue categories of data/cues/concerns.json; KINDS are the concern cues themselves.
KINDS = ABUSE, IF_NEGATED, IF_DOUBTED, GUARANTEE = (
    "CONCERN", "CONCERN_IF_NEGATED", "CONCERN_IF_DOUBTED", "CONCERN_GUARANTEE")
DOUBT, SAFETY, SETTING, NOT_HOST, SOURCE, RAISE_VERB, PLACE, SEND, FACILITY, ANAPHOR = (
    f"CONCERN_{c}" for c in ("DOUBT", "SAFETY", "SETTING", "NOT_HOST", "SOURCE", "VERB", "PLACE",
                             "SEND", "FACILITY", "ANAPHOR"))
SITE, HELD_PEOPLE, HOLDING = "CONCERN_SITE", "CONCERN_HELD_PEOPLE", "CONCERN_HOLDING"
ONWARD = "onward removal (refoulement)"
# "none of them Equatoguinean": how far before a nationality its negation may stand.
NATIONALITY_DENIED_REACH = 3
# "allowed to speak to clients only by telephone": a contact permission restricted just after.
CONTACT, RESTRICTED, RESTRICTED_REACH = (
    "no access to lawyers or family", "CONCERN_RESTRICTED", 2)
# "Guatemala is itself a country that thousands of people flee": the flight is the concern.
FLED_CONCERN = "a state its own people flee"
FLIGHT_VERBS = word_class("flight_verbs")
CLAIM_DENIED = "CONCERN_DENIED"
# words between the denying state and its verb ("El Salvador has rejected"), and between the
# verb and the claim ("denied the allegations", "an accusation El Salvador has rejected")
CLAIM_DENIED_REACH = 4

# A negation governs a capacity or safety word a few tokens on ("is not a safe country"); a
# negated guarantee is next to its verb, its object a few tokens after ("not guarantee the
# men's safety"); an abuse word right after one is denied ("were not tortured").
NEGATION_REACH, GUARANTEE_REACH, OBJECT_REACH, DENIED_REACH = 5, 3, 5, 2
# A doubt governs a capacity or safety word in the phrase it opens ("questioned whether the
# kingdom's prisons were suitable for ..."), not one a long clause on ("governments worried
# about people 'shopping' … and wrote into law that anyone who had passed through a safe
# country …").
DOUBT_REACH = 12
# "persecuted if returned home", "torture in a third country": a place right after the cue.
ORIGIN_REACH, GENERIC_REACH = 4, 6
# "sent to a country where …": the words that open the description of the destination.
DESTINATION_CLAUSE = word_class("destination_clause")
# "a country where thousands of its citizens flee", "Honduras, which tens of thousands flee":
# the state a clause describes, the words naming its own people as those who flee, and how
# far back from the flee word the state may stand.
STATE_NOUNS = word_class("state_nouns")
FLEEING_CITIZENS = word_class("fleeing_citizens")
FLED_STATE_REACH = 12
# "a state cannot be designated safe if …": a condition any state must meet.
CONDITIONS = word_class("condition_openers_if_provided_unless")
# "held … before transporting them into Togo": a move after the treatment.
LATER_MOVES = word_class("later_moves")
# Words that open a clause about someone other than the traveller an advisory addresses.
ADVISORY_ENDS = word_class("advisory_ends")
# Official-sounding speakers that name no government by themselves.
UNOWNED_SPEAKERS = word_class("unowned_speakers")
# "without access to their lawyers": how far after a concern cue its object may stand.
CONCERN_OBJECT_REACH = 2
# A sentence pointing back ("its prisons") looks this many sentences back for the state.
LOOKBACK = 3
# Between "there" and the verb whose subject it ends: "officials there have said".
AUXILIARIES = word_class("have_forms_also_then")
# Words that open a clause, before an existential "there" ("because there were", "in which
# there are", "that there was").
CLAUSE_OPENERS = word_class("clause_break_words") | DESTINATION_CLAUSE
# "the military detention facility": how far before a place noun its "the" may stand.
SITE_REACH = 3
MAX_NP_TOKENS = 12
BORDER_WORDS = word_class("border_nouns")
# "a flight bound for South Sudan", "a charter headed for Juba": where the people were being
# taken, though a court stopped them on the way; a vehicle or people must carry them there.
JOURNEY_BOUND = word_class("journey_bound_words")
VEHICLES = word_class("deportation_vehicles")
PUNCT = {",", ".", ";", ":", "—", "–", "•", "(", ")", "\"", "“", "”", "‘", "’", "'"}
NP_LEFT_STOPS = word_class("np_left_stops")
NP_RIGHT_STOPS = word_class("np_right_stops")
# A source's noun phrase runs on after its head word only through these ("lawyers in Panama",
# "a lawyer representing some of the men"), not into its verb ("the advocates follow").
NP_LINKERS = word_class("np_linkers")
# The source is the speaker when the text introduces it this way ("criticised by rights groups",
# "said a human rights lawyer", "citing reports of"; "according to" and "criticism from" are
# read apart).
SOURCE_INTRO = word_class("source_intro")
PASSIVE = word_class("be_forms")
PREPOSITIONS = word_class("prepositions")
# The people sent, in a clause describing where they went ("where they risked torture").
PEOPLE_PRONOUNS = word_class("people_pronouns")
# "they are being held", "he was kept": words between the people's pronoun and their holding.
HELD_PRONOUN_LINKS = word_class("held_pronoun_links")
# "Ugandan opposition politicians, for their part, warn": how far a speech verb may follow the
# demonym that opens its speaker's phrase.
SPEAKER_REACH = 10
# "held without charge in Juba": how far the holding word may stand before "in".
HELD_IN_REACH = 3
SPEAKER_OPENS = {",", "\"", "“", "”", "'", "’", "—"}
# "In Eswatini and in Equatorial Guinea, …": what may join the states of an opening scene.
SCENE_JOINS = word_class("coordinators_and_or") | {","}
# Officials of the opposition criticise the government; they do not speak for it.
OPPOSITION = word_class("opposition_words")
# Before "a country", these make it a description of a state just named, not any country.
DESCRIBING = word_class("describing_links")
# "lawyers from an Italian asylum network": a demonym of the deporting state naming a source.
SOURCE_LEADS = word_class("source_demonym_leads")
# "people", "children": anyone, not the people a story says are held.
ANYONE = word_class("anyone_people")
# "the remaining men", "the 12 migrants", "these other deportees": the people a story holds,
# an article then at most two modifiers (a number or one of these words) before the noun.
HELD_DETERMINERS = word_class("held_group_determiners")
HELD_MODIFIERS = word_class("held_group_modifiers")
# "Lebanon has itself deported thousands of Syrians across the border": the parts of an onward
# removal told as the receiving state's act (where to, its verb, and an actor after a demonym:
# "the Lebanese army"); words allowed between the state and its verb ("has in recent years"),
# and between the verb and where the people went ("dozens of Afghan refugees").
ONWARD_PART, ONWARD_VERB, ONWARD_ACTOR = (
    "CONCERN_ONWARD", "CONCERN_ONWARD_VERB", "CONCERN_ONWARD_ACTOR")
ACTOR_REACH = ONWARD_OBJECT_REACH = 8
POSSESSIVES = word_class("possessive_endings")
# "no lawyer has been able to enter the prison": a party of contact right after a negation
# ("no lawyer", "not a single lawyer"), then within a few words a verb of getting in to people.
KEPT_OUT, KEPT_OUT_NEGATION_REACH, KEPT_OUT_REACH = "CONCERN_KEPT_OUT", 3, 6
# "would be returned to their home countries", "return them to their countries of origin": the
# words between a verb of return and the people's home; a form of "be" at most this many words
# before the verb makes the people its subject ("were later deported").
RETURN_HOME_LINKS, RETURN_PASSIVE_REACH = word_class("return_home_links"), 2


@dataclass(frozen=True, slots=True)
class _Source:
    span: Span
    key: str  # the kind of source, to tell sources apart: "advocacy", "court", "people"


@dataclass(slots=True)
class _Candidate:
    iso3: str
    start: int
    end: int
    tie: int  # 2: holds people or receives them here; 0: only named; -1: the deporter acting
    speaker: bool = False  # named in the source ("a Kathmandu-based lawyer said")


@dataclass(slots=True)
class _Unit:
    """The concern about one state in one paragraph: its sentences, labels and source."""
    iso3: str
    views: list[int]
    labels: list[str]
    source_key: str | None
    certainty: Certainty
    settings: list[str] = field(default_factory=list)
    named: bool = True  # False when no sentence of it names the state (found from context)


def _before(doc: Doc, start: int, lower_bound: int, n: int) -> list[str]:
    return lower_words(doc)[max(lower_bound, start - n):start]


def _clause_of(view: SentenceView, token: int) -> Clause:
    return next((c for c in view.clauses if c.start <= token < c.end), view.clauses[-1])


def _within(spans: list[Span], lo: int, hi: int) -> bool:
    return any(lo <= s.start < hi for s in spans)


def _not_about_host(view: SentenceView, cue: Span, clause: Clause,
                    homes: tuple[Span, ...] = ()) -> bool:
    """True when the clause places the cue with the deporter, at home, nowhere, or in a term;
    a home that ``homes`` says the receiving state sends people on to places it there no more."""
    for other in view.cue_values(NOT_HOST):
        if other in homes:
            continue
        kind = other.kb_id_
        if kind == "term" and other.start <= cue.start and cue.end <= other.end or \
                _generic_subject(view, other, cue) or \
                kind == "advisory" and _advised_against(view, other, cue):
            return True
        if kind == "pretransfer" and _held_before_sending(view, other, cue):
            return True
        if not clause.start <= other.start < clause.end or \
                kind == "origin" and _fled_from_state(view, other) is not None:
            continue
        if kind in ("procedure", "crime", "safeguard", "denial") and \
                other.start < cue.start or \
                kind == "origin" and cue.kb_id_ != ONWARD and other.start < cue.end + ORIGIN_REACH \
                or kind == "origin" and cue.kb_id_ == ONWARD and \
                cue.end <= other.start < cue.end + ORIGIN_REACH \
                or kind == "generic" and _generic_near(view, other, cue) \
                or kind == "pretransfer" and _before_sending(view, other, cue, clause):
            return True
    return False


def _fled_from_state(view: SentenceView, flee: Span) -> int | None:
    """"a country where thousands of citizens flee gang violence", "Honduras, which tens of
    thousands of its own people flee each year", "a country its own citizens are fleeing": a
    clause describing a state by its own people's flight cites that state's record (FACTS.md
    rule 5), not the deportees' home; "Honduras, a country many of them fled" (the people sent)
    and "they fled Venezuela" still place the cue at home. The token naming the state, if so."""
    words = lower_words(view.doc)
    lo = max(view.start, flee.start - FLED_STATE_REACH)
    # "which thousands of Hondurans flee": a demonym names the people fleeing, not the state
    ends = {m.end for m in view.mentions if m.label != "DEMONYM"}
    for i in range(flee.start - 1, lo - 1, -1):
        if words[i] in (";", ":", "(", ")", "\"", "“", "”"):
            return None
        if words[i] in STATE_NOUNS or i + 1 in ends:
            if any(w in FLEEING_CITIZENS for w in words[i + 1:flee.start]):
                return i
            return None
    return None


def _described_by_flight(view: SentenceView, generic: Span) -> bool:
    """"a country where thousands of citizens flee …" is the state in question, not any."""
    return any(o.kb_id_ == "origin" and _fled_from_state(view, o) in range(generic.start,
                                                                           generic.end)
               for o in view.cue_values(NOT_HOST))


def _advised_against(view: SentenceView, advisory: Span, cue: Span) -> bool:
    """"warns Americans not to travel there because of crime, kidnapping and armed conflict",
    "a travel advisory cites kidnapping": the reasons an advisory gives, in whichever clause
    they stand, describe the risk to travellers, not the state's treatment of people sent
    (FACTS.md rule 5); a new clause about the people ("…, where the men were beaten") ends it."""
    if advisory.start > cue.start:
        return False
    return not any(t.lower_ in ADVISORY_ENDS for t in view.doc[advisory.end:cue.start])


def _before_sending(view: SentenceView, before: Span, cue: Span, clause: Clause) -> bool:
    """"held without lawyers before their deportation to Eswatini": what happened before people
    were sent, at no state named ("held in Ghana … before being sent on to Togo" names one),
    happened in the deporting state."""
    return before.start >= cue.end and \
        _within(view.cue_values(SEND), before.end, before.end + 3) and \
        not any(clause.start <= m.start < before.start and m.label in ("NAME", "CAPITAL")
                for m in view.mentions)


def _held_before_sending(view: SentenceView, before: Span, cue: Span) -> bool:
    """"Migrants held at a Florida facility before their deportation to Eswatini said they
    were abused", "Asylum seekers awaiting removal to Rwanda were held in solitary
    confinement": people held before they were sent, at no state or facility named before the
    phrase, were treated so in the deporting state; the destination after it is where they
    went later. "Men awaiting deportation to South Sudan fear torture there" holds nobody."""
    return before.end <= cue.start and view.has(HOLDING) and \
        _within(view.cue_values(SEND), before.end, before.end + 3) and \
        not any(m.start < before.start and m.label in ("NAME", "CAPITAL")
                for m in view.mentions) and \
        not _within(view.cue_values(FACILITY), view.start, before.start)


def _generic_near(view: SentenceView, generic: Span, cue: Span) -> bool:
    """"torture in a third country", "a country cannot be deemed safe if …": a concern about
    no state in particular; but "Rwanda is a country where …" and "Uganda, a country that …"
    describe the state named."""
    doc = view.doc
    if _destination_described(view, generic) or _described_by_flight(view, generic) or \
            _own_country_described(view, generic):
        return False
    prev = doc[generic.start - 1].lower_ if generic.start > view.start else ""
    # "Uganda, a country that …" is an apposition to the state; "…, and that, a state cannot
    # be designated safe if …" is not.
    if prev in DESCRIBING and (prev != "," or any(m.end == generic.start - 1
                                                   for m in view.mentions)):
        return False
    return cue.end <= generic.start < cue.end + GENERIC_REACH or \
        generic.end <= cue.start < generic.end + GENERIC_REACH or \
        _generic_condition(view, generic, cue)


def _destination_described(view: SentenceView, generic: Span) -> bool:
    """"sending people to a country whose laws punish …", "could send them to a country where
    detainees are tortured", "Nobody should be sent to a country where …": the place the people
    are sent, described; in a story about sending them to one state, that state."""
    words = lower_words(view.doc)
    if generic.kb_id_ != "generic" or words[generic.start] != "a" or \
            generic.start - 1 < view.start or words[generic.start - 1] not in ("to", "into"):
        return False
    after = [w for w in words[generic.end:min(generic.end + 2, view.end)] if w != ","]
    return bool(after) and after[0] in DESTINATION_CLAUSE and \
        _within(view.cue_values(SEND), generic.start - 5, generic.start)


def _speaker_demonym(view: SentenceView) -> Mention | None:
    """The demonym opening the phrase of who speaks ("Ugandan opposition politicians, for their
    part, warn", "…, Ugandan activists said"): a speech verb follows it within reach, with no
    clause of what is said ("that") between. Not a demonym after the verb ("Lawyers said
    Eritrean detainees …")."""
    words = lower_words(view.doc)
    # It opens the sentence or a phrase after a quote: not "near the Panamanian border".
    return next((m for m in view.mentions if m.label == "DEMONYM" and (
        m.start == view.start or words[m.start - 1] in SPEAKER_OPENS) and
        _speaker_opens(view, [m.end])), None)


def _opposition_ends(view: SentenceView) -> list[int]:
    """Where each opposition word of the sentence ends ("Opposition legislators", "The Shadow
    Minister"); a substring test first, as few sentences have one."""
    text = view.text.lower()
    if not any(w in text for w in OPPOSITION):
        return []
    words = lower_words(view.doc)
    return [i + 1 for i in range(view.start, view.end) if words[i] in OPPOSITION]


def _speaker_opens(view: SentenceView, ends: list[int]) -> bool:
    """A speaker's phrase runs on from one of ``ends`` to a speech verb within reach, with no
    clause of what is said ("that") between, and no speech verb before it."""
    if not ends or not view.has_any(("REPORT_VERB", RAISE_VERB)):
        return False
    speech = [c.start for c in view.cues if c.label_ in ("REPORT_VERB", RAISE_VERB)]
    words = lower_words(view.doc)
    for end in ends:
        verb = next((v for v in speech if end <= v <= end + SPEAKER_REACH), None)
        if verb is not None and "that" not in words[end:verb] and speech[0] >= end:
            return True
    return False


def _speaker_phrase(view: SentenceView) -> str | None:
    """"Ugandan opposition politicians" of "Ugandan opposition politicians, for their part,
    warn": from the demonym to the first comma or speech verb."""
    m = _speaker_demonym(view)
    if m is None:
        return None
    doc = view.doc
    end = m.end
    while end < view.end and not doc[end].is_punct and not any(
            c.start == end for c in view.cues if c.label_ in ("REPORT_VERB", RAISE_VERB)):
        end += 1
    return doc[m.start:end].text


def _own_country_described(view: SentenceView, generic: Span) -> bool:
    """"Ugandan opposition politicians warn that a country where critics are detained …": a
    critic describing a state, unnamed, in a sentence whose speaker is named by a demonym,
    describes their own country (whose it is, ``unnamed_targets`` decides)."""
    words = lower_words(view.doc)
    return generic.kb_id_ == "generic" and words[generic.start] == "a" and \
        generic.end < view.end and words[generic.end] in DESTINATION_CLAUSE and \
        _speaker_demonym(view) is not None


def _generic_condition(view: SentenceView, generic: Span, cue: Span) -> bool:
    """"a country could not be listed as safe if parts of its population, such as LGBT people,
    were not protected": a test that any state must pass, its condition naming no state. A
    state named after the generic one ("a country cannot be safe if, like Uganda, it …") is
    what the cue is about."""
    words = lower_words(view.doc)[generic.end:cue.start]
    return any(w in CONDITIONS for w in words) and \
        not any(generic.end <= m.start < cue.start for m in view.mentions)


def _generic_subject(view: SentenceView, generic: Span, cue: Span) -> bool:
    """"A country may be peaceful and still lack …, which amounts to refoulement": a sentence
    whose subject is any country is about none, in all its clauses, unless a state is named
    before the cue ("A third country is only safe if …, and Guatemala's asylum office was
    never equipped")."""
    return generic.kb_id_ == "generic" and generic.end <= cue.start and \
        all(t.is_punct or t.is_space for t in view.doc[view.start:generic.start]) and \
        not any(generic.end <= m.start < cue.start for m in view.mentions) and \
        not _described_by_flight(view, generic) and not _own_country_described(view, generic)


def _kind_cues(view: SentenceView) -> list[Span]:
    """The sentence's cues of the concern ``KINDS``, in the order of its cues: most sentences
    have none or cues of one kind, whose group is read as it is, not filtered from the tens of
    cues of every category the sentence has."""
    present = [kind for kind in KINDS if view.has(kind)]
    if len(present) > 1:
        return [cue for cue in view.cues if cue.label_ in KINDS]
    return view.cue_values(present[0]) if present else []


def _concern_cues(view: SentenceView, actors: frozenset[str]) -> list[Span]:
    """The sentence's concern cues about a receiving state (``kb_id_`` = label), the longest of
    overlapping ones ("human rights abuses" over "abuses"); ``actors`` are the states whose
    own onward removals count (``_onward_acts``)."""
    homes = tuple(h for h in view.cue_values(NOT_HOST) if _home_sent_on_to(view, h, actors))
    denials = view.cue_values("DENIAL")
    negators = [c for c in view.cue_values("NEGATION") if (c.start, c.end) not in
                {(d.start, d.end) for d in denials}]
    found = []
    for cue in _kind_cues(view):
        clause = _clause_of(view, cue.start)
        if cue.label_ == ABUSE:
            # "the men were not tortured", "denied mistreating them": a denial, not a concern
            keep = not _within(negators, cue.start - DENIED_REACH, cue.start) and \
                not _within(denials, cue.start - 3, cue.start) and not _record_praised(view, cue)
        elif cue.label_ in (IF_NEGATED, IF_DOUBTED):  # "never equipped", "concern about safety"
            keep = _within(view.cue_values(DOUBT), max(clause.start, cue.start - DOUBT_REACH),
                           cue.start) or \
                cue.label_ == IF_DOUBTED and _doubted_after(view, cue, clause) or \
                cue.label_ == IF_NEGATED and (
                    _within(negators, max(clause.start, cue.start - NEGATION_REACH), cue.start)
                    or _restricted(view, cue))
        else:  # "could not guarantee the men's safety", "questioned whether it can guarantee"
            doubted = _within(negators, cue.start - GUARANTEE_REACH, cue.start) or \
                _within(view.cue_values(DOUBT), clause.start, cue.start)
            keep = doubted and _within(view.cue_values(SAFETY), cue.end, cue.end + OBJECT_REACH)
        # a return home is the wrong only beside a concern it brings ("… to face ill-treatment");
        # "later sent on to their home countries" alone is none
        unmasked = homes if cue.kb_id_ != ONWARD else ()
        if keep and not _not_about_host(view, cue, clause, unmasked) and \
                not _supposed(view, cue, clause):
            found.append(cue)
            if unmasked and _not_about_host(view, cue, clause):
                found += [h for h in _returns_home(view, actors) if h.start >= clause.start]
    found += _fled_states(view)
    found += _kept_out(view)
    found += [c for c in _onward_acts(view, actors) if not _supposed(view, c, _clause_of(view,
                                                                                   c.start))]
    return [c for c in found if not any(o.start <= c.start and c.end <= o.end and len(o) > len(c)
                                        for o in found)]


# "praised Ghana's human rights record", "its improved detention record": a record credited
RECORD_CONCERN = "poor rights record"
PRAISE = word_class("praise_before_a_record")
PRAISE_REACH = 4


def _record_praised(view: SentenceView, cue: Span) -> bool:
    """Whether a state's record is praised or called good a few words before ("a US official
    praised Ghana's detention record"): its credit, not a concern."""
    if cue.kb_id_ != RECORD_CONCERN:
        return False
    words = lower_words(view.doc)
    return not PRAISE.isdisjoint(words[max(view.start, cue.start - PRAISE_REACH):cue.start])


def _return_home_verb(view: SentenceView, home: Span) -> Span | None:
    """The verb of return whose destination is the people's home: "would be returned to their
    home countries", "return genuine refugees to their countries of origin", "sent them back
    to their own country": the home right after "to" (and the words of ``RETURN_HOME_LINKS``),
    the nearest such verb before, only words between."""
    if home.kb_id_ != "origin":
        return None
    words = lower_words(view.doc)
    at = home.start
    while at > view.start and words[at - 1] in RETURN_HOME_LINKS:
        at -= 1
    if not {"to", "into"} & set(words[at:home.start]):
        return None
    return max((v for v in view.cue_values(ONWARD_VERB) if v.end <= at <= v.end +
                ONWARD_OBJECT_REACH and _plain_words(view.doc, v.end, at)),
               key=lambda v: v.start, default=None)


def _home_sent_on_to(view: SentenceView, home: Span, actors: frozenset[str]) -> bool:
    """"asylum seekers sent to Rwanda would be returned to their home countries", "Rwanda will
    return them to their countries of origin": a return home from the state people were sent
    to (they the subject of a passive, or that state the actor) is its onward removal, so the
    ill-treatment they face there is a refoulement concern about that state (FACTS.md rule 5),
    not a concern about their home. Not "asylum seekers returned to their home countries" (no
    state they were sent to), nor "the US sent them to El Salvador rather than return them home"."""
    verb = _return_home_verb(view, home)
    if verb is None:
        return False
    words = lower_words(view.doc)
    if any(w in PASSIVE for w in words[verb.start - RETURN_PASSIVE_REACH:verb.start]):
        return any(m.end <= verb.start and _follows_send(view.doc, view, m)
                   for m in view.mentions)
    # the state acting is the subject, not where people went ("sent them to El Salvador
    # rather than return them home", "driven to the border with Togo and sent on to their own
    # countries")
    actor = _actor_of(view, verb)
    return actor is not None and actor.iso3 in actors and words[actor.start - 1] not in PREPOSITIONS


def _returns_home(view: SentenceView, actors: frozenset[str]) -> list[Span]:
    """The onward removals home of ``_home_sent_on_to``, from the verb to the home, labelled
    as onward removal: the concern they make is refoulement."""
    found = []
    for home in view.cue_values(NOT_HOST):
        verb = _return_home_verb(view, home) if _home_sent_on_to(view, home, actors) else None
        if verb is not None:
            found.append(type(home)(view.doc, verb.start, home.end, (ABUSE, ONWARD)))
    return found


def _restricted(view: SentenceView, cue: Span) -> bool:
    """"allowed to speak to clients only by telephone", "allowed to consult counsel only once":
    contact permitted only so far is contact denied beyond it; only for the contact
    permissions (``CONTACT``), as "safe only for some" is no concern of its own."""
    return cue.kb_id_ == CONTACT and \
        _within(view.cue_values(RESTRICTED), cue.end, cue.end + RESTRICTED_REACH)


def _supposed(view: SentenceView, cue: Span, clause: Clause) -> bool:
    """"If Rwanda ever tortured a deportee, the deal would be suspended": a cue in the clause of
    a condition is supposed, not stated; "if deported, the men would be tortured" states the
    risk in the main clause."""
    words = lower_words(view.doc)
    if CONDITIONS.isdisjoint(words[clause.start:cue.start]):
        return False  # the usual clause: one set test instead of a test per word
    return any(words[i] in CONDITIONS and (i == view.start or view.doc[i - 1].is_punct)
               for i in range(clause.start, cue.start))


def _fled_states(view: SentenceView) -> list[Span]:
    """"a country that tens of thousands of people flee each year", "Honduras, which its own
    citizens are fleeing": a state described by its own people's flight is a concern about
    that state (FACTS.md rule 5), from the state word to the verb of flight. After the people's
    own flight ("Many had fled Nicaragua, a country that thousands flee") it is their home."""
    found = []
    for flee in view.cue_values(NOT_HOST):
        if flee.kb_id_ == "origin" and flee.text.lower() in FLIGHT_VERBS:
            at = _fled_from_state(view, flee)
            if at is None:
                break
            found.append(type(flee)(view.doc, at, flee.end, (ABUSE, FLED_CONCERN)))
    return found


def _kept_out(view: SentenceView) -> list[Span]:
    """"No lawyer has been able to enter the prison", "no relatives have been allowed to visit
    them", "not a single lawyer has been let in": the people's lawyers or family, denied as a
    whole, kept from getting in to them is no access to lawyers or family, from the negation to
    the verb. Not "no lawyer has been able to confirm the figures" (no verb of getting in)."""
    if not view.has(KEPT_OUT):
        return []
    doc = view.doc
    negations = view.cue_values("NEGATION")
    found = []
    for party in (p for p in view.cue_values("CONCERN_CONTACT") if p.kb_id_ == "party"):
        negation = next((n for n in negations if party.start - KEPT_OUT_NEGATION_REACH <= n.start
                         < party.start and _plain_words(doc, n.end, party.start)), None)
        entry = next((e for e in view.cue_values(KEPT_OUT)
                      if party.end <= e.start <= party.end + KEPT_OUT_REACH), None)
        if negation is not None and entry is not None and \
                _plain_words(doc, party.end, entry.start):
            found.append(type(party)(doc, negation.start, entry.end, (ABUSE, CONTACT)))
    return found


def _onward_acts(view: SentenceView, actors: frozenset[str]) -> list[Span]:
    """"Lebanon has itself deported thousands of Syrians across the border", "the Lebanese army
    deported them across the border into Syria", "Uzbekistan had handed Afghans back to Taliban
    authorities": a receiving state's own onward removal, told as its act in plain words, is a
    concern about it (FACTS.md rule 5), from the verb to where the people were pushed. Not the
    deporting state's ("Britain sent 94 people back to France"), nor people sent by a state not
    named as acting ("non-Mexicans sent back across the border"), nor a return to a state named
    ("El Salvador sent them back to Caracas"), nor one denied ("has never deported anyone")."""
    if not view.has(ONWARD_PART):
        return []
    beyonds = view.cue_values(ONWARD_PART)
    found = []
    for verb in view.cue_values(ONWARD_VERB):
        beyond = next((b for b in beyonds
                       if verb.end <= b.start <= verb.end + ONWARD_OBJECT_REACH), None)
        if beyond is None or not _plain_words(view.doc, verb.end, beyond.start) or \
                _returned_to_named(view, beyond) or _denied_act(view, verb):
            continue
        actor = _actor_of(view, verb)
        if actor is not None and actor.iso3 in actors:
            found.append(type(verb)(view.doc, verb.start, beyond.end, (ABUSE, ONWARD)))
    return found


def _returned_to_named(view: SentenceView, beyond: Span) -> bool:
    """"sent them back to Caracas", "has sent some back to the Americans": people returned to a
    state named right there (its people by their demonym after "the"), not pushed on."""
    at = beyond.end + (beyond.end < view.end and view.doc[beyond.end].lower_ == "the")
    return any(m.start == at for m in view.mentions)


def _plain_words(doc: Doc, start: int, end: int) -> bool:
    """Only words (and possessive endings) between: no punctuation breaking the clause."""
    return all(t.is_alpha or t.lower_ in POSSESSIVES for t in doc[start:end])


def _denied_act(view: SentenceView, verb: Span) -> bool:
    """"has never deported", "did not send": a negation right before the verb; "could not be
    trusted not to send" still fears it."""
    words = lower_words(view.doc)
    return words[verb.start - 1] != "to" and \
        _within(view.cue_values("NEGATION"), verb.start - DENIED_REACH, verb.start)


def _actor_of(view: SentenceView, verb: Span) -> Mention | None:
    """The state doing the sending: named last before the verb, only words between and no
    people ("Tajikistan has deported", "Kazakhstan had in recent years sent"), or a demonym
    before an ``actor`` ("the Lebanese army deported"); not a passive ("Syrians were deported")."""
    doc = view.doc
    before = [m for m in view.mentions if m.end <= verb.start]
    if not before or lower_words(doc)[verb.start - 1] in PASSIVE:
        return None
    m = before[-1]
    if verb.start - m.end > ACTOR_REACH or not _plain_words(doc, m.end, verb.start) or \
            _within(view.cue_values("PEOPLE"), m.end, verb.start):
        return None
    if m.label == "DEMONYM" and not any(a.start == m.end for a in view.cue_values(ONWARD_ACTOR)):
        return None
    return m


def _doubted_after(view: SentenceView, cue: Span, clause: Clause) -> bool:
    """"Serbia's treatment of migrants in its camps has been criticised by the Council of
    Europe": a passive doubt after what it doubts, in the same clause."""
    words = lower_words(view.doc)
    return any(cue.end <= d.start < clause.end and words[d.start - 1] in PASSIVE
               for d in view.cue_values(DOUBT))


def _follows_send(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"sent to Rwanda", "any return to Libya", "sending them to South Sudan"."""
    before = _before(doc, m.start, view.start, 3)
    if before[-1:] in ([","], ["and"], ["or"]):
        return _listed_after_send(doc, view, m)
    if before[-1:] == ["for"]:
        return _bound_for(doc, view, m, before)
    # "sent back to Eritrea" is a return home, not a third country.
    if "back" in before or not {"to", "into"} & set(before[-2:]):
        return False
    # "Turkish refugees … their forced return to Turkey": people sent to their own state.
    if any(o.iso3 == m.iso3 and o.label == "DEMONYM" and o.end <= m.start for o in view.mentions):
        return False
    # "deported from the United States to Costa Rica": the sender named between.
    sender = next((o for o in view.mentions if o.end == m.start - 1), None)
    lo = sender.start if sender is not None and "from" in _before(doc, sender.start, view.start,
                                                                  2) else m.start
    return _within(view.cue_values(SEND), lo - 5, m.start)


def _sent_there(doc: Doc, view: SentenceView, m: Mention, deporter: str | None) -> bool:
    """"Rwanda could not be trusted to protect asylum seekers sent there", "Eswatini cannot
    guarantee the safety of the men deported there", "Uganda was unsafe for migrants the US had
    sent there": the state named last before a sending word followed by "there" is where the
    people were sent. Not the deporting state, nor a nationality ("Eritreans sent there")."""
    words = lower_words(doc)
    sends = [s.end for s in view.cue_values(SEND) if m.end <= s.start and s.end < view.end
             and words[s.end] == "there"]
    if not sends or m.iso3 == deporter or is_nationality(doc, m, deporter):
        return False
    return not any(m.end <= o.start < sends[0] and o.iso3 != deporter and
                   not is_nationality(doc, o, deporter) for o in view.mentions)


def _listed_after_send(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"sent to Eswatini and South Sudan": a state listed after one people are sent to."""
    before = _before(doc, m.start, view.start, 1)
    if before not in ([","], ["and"], ["or"]):
        return False
    prev = next((o for o in view.mentions if o.end == m.start - 1), None)
    return prev is not None and (_follows_send(doc, view, prev) or
                                 _listed_after_send(doc, view, prev))


def _bound_for(doc: Doc, view: SentenceView, m: Mention, before: list[str]) -> bool:
    """"a plane bound for South Sudan", "the men, destined for Juba": where people were being
    taken; a vehicle or the people (or a word of sending) must come shortly before, as "a
    shipment headed for Libya" or "migrants heading for Britain on their own" take nobody."""
    if not JOURNEY_BOUND & set(before[-3:-1]):
        return False
    words = lower_words(doc)
    lo = max(view.start, m.start - 8)
    return any(w in VEHICLES for w in words[lo:m.start]) or \
        _within(view.cue_values(SEND), lo, m.start) or \
        _within(_held_people(view), lo, m.start)


def _place_candidates(ctx: DocumentContext, view: SentenceView,
                      document: _Document) -> list[_Candidate]:
    """States named by one of their real places ("a camp near the Darién jungle", "detainees
    at Bundase"): where people sent are held or land, so tied like a named facility. Not a
    place of the deporting state, nor of a state known only as the people's home."""
    doc, out = ctx.doc, []
    taken = {(c.start, c.end) for c in view.cue_values(FACILITY)}
    for pattern, alias, iso3 in place_patterns():
        if alias not in view.text or iso3 == ctx.deporter:
            continue  # a plain substring test rules out most places far cheaper than the regex
        found = pattern.search(view.text)
        if found is None or document.origin(iso3):
            continue
        span = doc.char_span(view.start_char + found.start(), view.start_char + found.end(),
                             alignment_mode="expand")
        if span is None or (span.start, span.end) in taken or \
                any(m.start <= span.start < m.end for m in view.mentions):
            continue
        taken.add((span.start, span.end))
        out.append(_Candidate(iso3, span.start, span.end, 2))
    return out


def _holds(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"Uganda's laws", "the Libyan detention centres", "prisons in Eswatini", "held without
    charge in Juba", "In South Sudan, the men …": a state holding."""
    possessive = m.end < view.end and lower_words(doc)[m.end] in ("'s", "’s")
    if (possessive or m.label == "DEMONYM") and _within(view.cue_values(PLACE), m.end, m.end + 5):
        return True
    if _scene_of_holding(view, m) or _site_named_by_state(view, m):
        return True
    if _before(doc, m.start, view.start, 1) not in (["in"], ["on"]):  # "held on Nauru"
        return False
    return any(c.end in (m.start - 1, m.start - 2) for c in view.cue_values(PLACE)) or \
        any(m.start - 1 - HELD_IN_REACH <= c.end < m.start for c in view.cue_values(HOLDING))


def _site_named_by_state(view: SentenceView, m: Mention) -> bool:
    """"the Panama camp", "a Costa Rica detention centre", "the El Salvador mega-prison": a
    state's name as the modifier of a place where people are held, a few words before it with
    only words (or a hyphen) between; not a possessive, read apart."""
    if m.label not in ("NAME", "CAPITAL"):
        return False
    doc = view.doc
    for site in view.cue_values(SITE):
        if m.end <= site.start <= m.end + SITE_REACH:
            return all(t.is_alpha or t.text == "-" for t in doc[m.end:site.start])
    return False


def _scene_of_holding(view: SentenceView, m: Mention) -> bool:
    """"In South Sudan, the men …", "• In Juba, the deportees are held …", "In Eswatini and in
    Equatorial Guinea, deportees have been held …": the states opening a sentence about the
    people held there, as its scene ("held incommunicado in Juba" is read by ``_holds``)."""
    return m.start in _opening_scene(view) and \
        (view.has(HOLDING) or any(p.text.lower() not in ANYONE
                                  for p in view.cue_values(HELD_PEOPLE)))


def _opening_scene(view: SentenceView) -> set[int]:
    """Where the states of a sentence's opening scene start: "In X," or "In X and (in) Y,"
    (only punctuation before, "in" or "on" before the first state, a comma after the last)."""
    doc, starts = view.doc, {m.start: m for m in view.mentions}
    at = view.start
    while at < view.end and doc[at].is_punct:
        at += 1
    found: set[int] = set()
    while at < view.end:
        if found and doc[at].lower_ in SCENE_JOINS:
            at += 1
        if at < view.end and doc[at].lower_ in ("in", "on"):
            at += 1
        elif not found:
            return set()
        if at not in starts:
            return set()
        found.add(at)
        at = starts[at].end
        if at < view.end and doc[at].text == ",":
            return found
    return set()


def _described(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"South Sudan, a country where ...", "Uganda, which ...": the state the clause describes."""
    nxt = lower_words(doc)[m.end:min(m.end + 2, view.end)]
    return len(nxt) == 2 and nxt[0] == "," and nxt[1] in ("where", "which", "whose", "a", "an")


def _candidates(ctx: DocumentContext, view: SentenceView, document: _Document,
                speaker: Span | None) -> list[_Candidate]:
    """States the sentence could tie a concern to, with how strongly it ties them. The deporting
    state is one only when people are sent to it; otherwise it is kept with tie -1, as the actor
    of what follows it ("ICE held them without charge")."""
    doc = ctx.doc
    plans = {c.start for c in view.cue_values("ARRANGEMENT_NOUN")}
    out = []
    for m in view.mentions:
        holds = _holds(doc, view, m)
        if not holds and is_nationality(doc, m, ctx.deporter) or m.end in plans:
            continue  # nor does "the Rwanda plan" name the state: critics of it criticise a policy
        if m.label == "DEMONYM" and m.end < view.end and doc[m.end].lower_ in BORDER_WORDS and \
                not _within(view.cue_values(ONWARD_ACTOR), m.end + 1, m.end + 2):
            # "held near the Panamanian border": a site in the state beside it; "handed to
            # Libyan border units" names that state's agents.
            continue
        sent_there = _follows_send(doc, view, m) or _sent_there(doc, view, m, ctx.deporter)
        spoken = speaker is not None and speaker.start <= m.start < speaker.end
        if m.iso3 == ctx.deporter and not sent_there:
            # Not "deportees from the United States", nor "a lawyer in the United States".
            if not spoken and not set(_before(doc, m.start, view.start, 2)) & PREPOSITIONS:
                out.append(_Candidate(m.iso3, m.start, m.end, -1))
            continue
        tie = 2 if holds or sent_there or _described(doc, view, m) else 0
        # A state known only as where the people come from is not a receiving state.
        # "Lawyers for the men held in Djibouti said": a state only in who speaks, unless it is
        # known to receive or hold people, ties no concern.
        if (tie and document.origin(m.iso3)) or \
                ((not tie or spoken) and m.iso3 not in document.hosts):
            continue
        out.append(_Candidate(m.iso3, m.start, m.end, tie, spoken))
    out += [_Candidate(c.kb_id_, c.start, c.end, 2) for c in view.cue_values(FACILITY)]
    return out + _place_candidates(ctx, view, document)


def _describing_clause_of(doc: Doc, view: SentenceView, cue: Span) -> Mention | None:
    """The state whose relative clause the cue lies in, describing the place ("Port-au-Prince,
    where the airport has been closed by gang violence"): named right before ", where", with
    the clause still open. A clause about the people ("sent on to Syria, where they risked
    ill-treatment") is the risk they were sent into, which is the sender's doing."""
    before = [m for m in view.mentions if m.end <= cue.start]
    if not before or not _described(doc, view, before[-1]):
        return None
    m = before[-1]
    clause = doc[m.end + 2:cue.start]
    if any(t.text in (",", ";") or t.lower_ in PEOPLE_PRONOUNS for t in clause) or \
            _within(view.cue_values("PEOPLE"), clause.start, clause.end):
        return None
    return m


def _list_joined(doc: Doc, a: _Candidate, b: _Candidate) -> bool:
    """"such as Libya and Rwanda", "in Eswatini and in Equatorial Guinea": states listed
    together share the concern."""
    between = [t.lower_ for t in doc[min(a.end, b.end):max(a.start, b.start)]]
    if between[-1:] in (["in"], ["on"]) and len(between) > 1:
        between = between[:-1]  # the preposition repeated before the next state
    return len(between) <= 2 and all(w in (",", "and", "or") for w in between)


def _targets(ctx: DocumentContext, view: SentenceView, cues: list[Span],
             candidates: list[_Candidate]) -> tuple[list[str], bool]:
    """The states the sentence's concern cues are about, best tie then nearest in the clause;
    and whether a cue was left without a state in the sentence."""
    doc = ctx.doc
    # "sent on to Nigeria", "pushed across the frontier into India": where people were pushed
    # on to. The concern is about the state that pushed them, not about this one.
    onward_ends = [cue.end for cue in cues if cue.kb_id_ == ONWARD]
    onward = [c for c in candidates if any(c.start >= e for e in onward_ends)
              and {"to", "into"} & set(_before(doc, c.start, view.start, 2))]
    chosen: list[_Candidate] = []
    unresolved = False
    for cue in cues:
        clause = _clause_of(view, cue.start)
        before = [c for c in candidates if clause.start <= c.start < cue.start]
        if before and _deporter_acts(view, max(before, key=lambda c: c.start), cue):
            continue  # the deporting state's own act ("the US held them without charge")
        usable = [c for c in candidates if c.tie >= 0 and c not in onward
                  and not _moved_later(doc, view, cue, c)]
        described = _describing_clause_of(doc, view, cue)
        if described is not None and described.iso3 not in {c.iso3 for c in usable}:
            continue  # "flown to Port-au-Prince, where gang violence …": the people's home
        if not usable:
            unresolved = True
            continue
        # An onward removal is done by the state named before it ("Bhutan ... puts them over
        # the border"); the speaker's home town is the last resort.
        # A state in the cue's own clause ("questioned whether Rwanda can guarantee …") before
        # one another clause of the sentence describes ("prisons in Eswatini, where …").
        best = max(usable, key=lambda c: (not c.speaker, clause.start <= c.start < clause.end,
                                          c.tie, cue.kb_id_ != ONWARD or c.start < cue.start,
                                          -min(abs(c.start - cue.end), abs(cue.start - c.end))))
        chosen += [c for c in usable if c is best or _list_joined(doc, best, c)]
    return list(dict.fromkeys(c.iso3 for c in chosen)), unresolved


def _deporter_acts(view: SentenceView, c: _Candidate, cue: Span) -> bool:
    """The deporting state named last before the cue does what the cue says ("ICE held them
    without charge"); not when it only qualifies the people ("US deportees were taken to a
    camp with little food"), speaks of another state ("a country the State Department
    accuses of torture") or names a source's national section ("Amnesty International UK said
    the deal ignored findings about ill-treatment in Kosovo's detention facilities")."""
    if c.tie >= 0 or any(s.end == c.start for s in view.cue_values(SOURCE)):
        return False
    people = {p.start for p in view.cues if p.label_ in ("PEOPLE", HELD_PEOPLE, SOURCE)}
    speech = view.cue_values(RAISE_VERB)
    return c.end not in people and not _within(speech, c.end, cue.start)


def _moved_later(doc: Doc, view: SentenceView, cue: Span, c: _Candidate) -> bool:
    """"held at a military camp without access to counsel before transporting them across the
    border into Togo": the state people were moved on to after the cue's treatment is not the
    one that treated them so."""
    if c.start < cue.end or not {"to", "into"} & set(_before(doc, c.start, view.start, 2)):
        return False
    return any(w in LATER_MOVES for w in lower_words(doc)[cue.end:c.start])


def _boundary(token: Token) -> bool:
    """Punctuation or a line break; a hyphen inside a word ("Pro-democracy") is not one."""
    return bool(token.whitespace_) if token.text == "-" else token.text in PUNCT or token.is_space


def _noun_phrase(doc: Doc, view: SentenceView, cue: Span, stops: set[int]) -> Span:
    """The source's noun phrase around its head word, between punctuation and clause words."""
    start = cue.start
    while start > view.start and cue.start - start < MAX_NP_TOKENS and \
            not _boundary(doc[start - 1]) and doc[start - 1].lower_ not in NP_LEFT_STOPS:
        start -= 1
    while start < cue.start and doc[start].lower_ in ("and", "but", "also"):
        start += 1
    end = cue.end
    if end < view.end and doc[end].lower_ not in NP_LINKERS:
        return doc[start:end]
    while end < view.end and end - cue.end < MAX_NP_TOKENS and not _boundary(doc[end]) \
            and doc[end].lower_ not in NP_RIGHT_STOPS and end not in stops:
        end += 1
    while end > cue.end and doc[end - 1].lower_ in NP_LINKERS | {"its", "their", "the", "a"}:
        end -= 1  # "rights groups for its [treatment]"
    return doc[start:end]


def _source(doc: Doc, view: SentenceView) -> _Source | None:
    """Who raises the concern: an organisation, lawyer, court or the people themselves."""
    # Speech verbs, without names ("United States") or passives ("the men were questioned").
    verbs = {c.start for c in view.cues if c.label_ in (RAISE_VERB, "REPORT_VERB")
             and not (c[0].is_title and not c[0].is_sent_start)
             and not (c.start > view.start and doc[c.start - 1].lower_ in PASSIVE)}
    # The concern itself ends a source's phrase ("criticised by rights groups for its treatment").
    stops = verbs | {c.start for c in view.cues if c.label_ in KINDS}
    # Organisations, the UN and courts before the people themselves ("the lawyers said the men").
    sources = view.cue_values(SOURCE)
    # A source word before another modifies it: "a U.N. investigator", "court monitors".
    heads = [c for c in sources if not any(o.start == c.end for o in sources)]
    # "without access to lawyers": whom the people cannot reach is no source.
    concerns = [c for c in view.cues if c.label_ in KINDS]
    heads = [c for c in heads if not any(
        k.start <= c.start <= k.end + CONCERN_OBJECT_REACH and
        not any(_boundary(t) for t in doc[k.end:c.start]) for k in concerns)]
    for people in (False, True):
        for cue in heads:
            if (cue.kb_id_ == "people") != people:
                continue
            phrase = _noun_phrase(doc, view, cue, stops)
            before = _before(doc, phrase.start, view.start, 2)
            speaks = any(v >= phrase.end for v in verbs) and before[-1:] not in (["told"],
                                                                                 ["asked"])
            # "criticism from rights groups", but not "deportees from the United States".
            intro = before[-1:] == ["from"] and not people or before[-2:] == ["according", "to"] \
                or bool(before) and before[-1] in SOURCE_INTRO
            if speaks or intro:
                return _Source(phrase, cue.kb_id_)
    return None


class _Document:
    """What the concern rules share about one document: hosts, paragraphs, sources."""

    def __init__(self, ctx: DocumentContext, receivers: set[str]) -> None:
        self.ctx = ctx
        views = ctx.views
        self.receivers = receivers | {c.kb_id_ for v in views for c in v.cue_values(FACILITY)}
        self._origins: dict[str, bool] = {}
        # Hosts: states that receive or hold people, or that the text sends people to ("plans
        # to send asylum seekers to Rwanda"), but not home ("returned to their countries").
        doc = ctx.doc
        words = lower_words(doc)
        self.hosts = self.receivers | {
            m.iso3 for v in views for m in v.mentions if m.start > v.start
            and words[m.start - 1] in ("to", "the", "into", "for") and m.iso3 != ctx.deporter
            and _follows_send(doc, v, m) and not self.origin(m.iso3)
            and not _clause_of(v, m.start).has("OWN_NATIONALS")} | {
            m.iso3 for v in views if v.has(SEND) and v.has(ANAPHOR) for m in v.mentions
            if _sent_there(doc, v, m, ctx.deporter) and not self.origin(m.iso3)}
        # A line break ends a paragraph: count the breaks before each sentence.
        self.paragraphs = list(accumulate([0] + ["\n" in v.text for v in views[:-1]]))
        self._sources: dict[int, _Source | None] = {}

    @cached_property
    def salience(self) -> Counter:
        """How often each state is named: only a concern with no state of its own asks."""
        return Counter(m.iso3 for v in self.ctx.views for m in v.mentions)

    @cached_property
    def actors(self) -> frozenset[str]:
        """The receiving states whose own acts the text may tell (``_onward_acts``)."""
        return frozenset(h for h in self.hosts if h != self.ctx.deporter and not self.origin(h))

    def origin(self, iso3: str) -> bool:
        """A state named only as where the people come from ("Eritrean asylum seekers",
        "nationals of Cuba"): its prisons or laws are not a receiving state's."""
        if iso3 not in self._origins:
            ctx = self.ctx
            self._origins[iso3] = iso3 not in self.receivers and any(
                is_nationality(ctx.doc, m, ctx.deporter) and not _holds(ctx.doc, v, m)
                and not _nationality_denied(v, m)
                for v in ctx.views for m in v.mentions if m.iso3 == iso3)
        return self._origins[iso3]

    def source(self, index: int) -> _Source | None:
        if index not in self._sources:
            self._sources[index] = _source(self.ctx.doc, self.ctx.views[index])
        return self._sources[index]

    def certainty(self, index: int) -> tuple[Certainty, str | None]:
        """NGO, lawyer, UN, court or victim claims are ``reported``; the outlet's own
        ``confirmed``. A sentence with no source of its own continues the report of the one
        before it in its paragraph ("The accounts gathered by the advocates ... the men were")."""
        source = self.source(index)
        if source is None and index > 0 and self.paragraphs[index - 1] == self.paragraphs[index]:
            source = self.source(index - 1)
        if source is not None:
            return Certainty("reported", source.span.text, source.key), source.key
        cert = certainty_of(self.ctx.views[index])
        speaker = set((cert.attributed_to or "").lower().split())
        if cert.level == "confirmed" and OPPOSITION & speaker:
            # "Leader of the Opposition Joel Ssenyonyi said …": a critic of the government on
            # the record, not a party to the matter (rule 1), whatever office the speaker holds.
            return replace(cert, level="reported"), None
        return cert, None

    def context_state(self, index: int) -> str | None:
        """The receiving state a sentence naming none points back to ("its prisons"): from its
        paragraph, else the sentences before; the most-mentioned wins, as a neighbour named in
        passing ("driven to the border with Togo") is rarely the topic. Further back, the last
        host the story named ("the centre" paragraphs after "the asylum centre in Magura,
        Kosovo"); before any, the story's only host."""
        ctx, para = self.ctx, self.paragraphs[index]
        for window in ([i for i, p in enumerate(self.paragraphs) if p == para and i != index],
                       list(range(max(0, index - LOOKBACK), index))):
            found = self._hosts_named(window)
            if found:
                return max(dict.fromkeys(found), key=lambda iso3: self.salience[iso3])
        for earlier in range(index - LOOKBACK - 1, -1, -1):
            found = self._hosts_named([earlier])
            if found:
                return found[-1]
        hosts = self.hosts - {ctx.deporter}
        return next(iter(hosts)) if len(hosts) == 1 else None

    def _hosts_named(self, window: list[int]) -> list[str]:
        """The hosts the sentences of ``window`` name; not one named as where people went home
        ("a Jamaican national who was flown to Kingston" in a story of men held in Eswatini)."""
        ctx = self.ctx
        return [m.iso3 for i in window for m in ctx.views[i].mentions
                if m.iso3 in self.hosts and m.iso3 != ctx.deporter and m.label != "DEMONYM"
                and not is_nationality(ctx.doc, m, ctx.deporter)
                and not self._gone_home_to(ctx.views[i], m)]

    def _gone_home_to(self, view: SentenceView, m: Mention) -> bool:
        """"… gone home, among them a Jamaican national who was flown to Kingston": the state
        after "to" in a clause of people going home."""
        return _before(self.ctx.doc, m.start, view.start, 1) in (["to"], ["into"]) and \
            _clause_of(view, m.start).has("OWN_NATIONALS")

    def unnamed_targets(self, index: int, cues: list[Span],
                        units: dict[tuple[int, str], _Unit]) -> list[str]:
        """The state of a concern whose sentence names none. Only a word pointing there ("held
        at the camp", "its prisons") or an onward removal (moved on from where they were sent)
        refers back; else it can only go on about the concern just before it. "Deportees face
        abuse" alone is about no state."""
        view = self.ctx.views[index]
        own = self.own_country(view)
        first = min(cue.start for cue in cues) if cues else view.end
        # "said the US had held the men without charge": the deporter's act, not the host's.
        if own is not None and not any(m.iso3 == self.ctx.deporter and m.start < first
                                       for m in view.mentions):
            return [own]
        if any(_destination_described(view, g) for g in view.cue_values(NOT_HOST)):
            # "sending people to a country whose laws …": where the story sends them, not the
            # state of another scheme named in passing the paragraph before.
            state = max((h for h in self.hosts if h != self.ctx.deporter),
                        key=self.salience.__getitem__, default=None)
        elif _points_back(view):
            state = self.context_state(index)
        elif any(cue.kb_id_ == ONWARD for cue in cues):
            # The document's receiving state, not the one named as where they ended up.
            here = {m.iso3 for m in self.ctx.views[index].mentions}
            state = max((h for h in self.salience if h in self.hosts and h not in here
                         and h != self.ctx.deporter), key=self.salience.__getitem__, default=None)
        else:
            going_on = [iso3 for (para, iso3), unit in units.items()
                        if para == self.paragraphs[index] and unit.views[-1] == index - 1]
            return going_on or self._only_host(index, cues)
        return [state] if state else []

    def own_country(self, view: SentenceView) -> str | None:
        """"Ugandan opposition lawmakers pointed to the country's anti-gay law": critics named
        by a host's demonym speak of their own country when the sentence names no state for the
        concern; not the deporting state's critics, nor people named by their origin."""
        m = _speaker_demonym(view)
        if m is None:
            # "Opposition legislators said a government which detains …": the story's host.
            if not _speaker_opens(view, _opposition_ends(view)):
                return None
            hosts = {h for h in self.hosts if h != self.ctx.deporter and not self.origin(h)}
            dateline = self.ctx.dateline_country
            return dateline if dateline in hosts else next(iter(hosts)) if len(hosts) == 1 \
                else None
        if m.iso3 == self.ctx.deporter or m.iso3 not in self.hosts or self.origin(m.iso3):
            return None
        return m.iso3

    def _only_host(self, index: int, cues: list[Span]) -> list[str]:
        """A sentence naming no state at all ("detainees said guards took their phones",
        "lawyers described cramped, windowless rooms") in a story about people held in one
        receiving state: that state's treatment of them (rule 5); in a story of several, of the
        one the sentences before discuss ("In Port Moresby, … told me that two of the men were
        beaten by security guards"). A demonym names a source
        ("an Italian asylum network"), not a place. The sentence must be about the people held
        ("detainees", "the men", "families"): "prisons are overcrowded" names nobody, nor does
        "exposing thousands of people to torture"; "officials there said" speaks from elsewhere."""
        view = self.ctx.views[index]
        if not (any(p.text.lower() not in ANYONE for p in _held_people(view)) or
                self._pronoun_for_sent(index, cues)) or \
                view.has(ANAPHOR) or any(m.label != "DEMONYM" or m.iso3 == self.ctx.deporter and
               not set(_before(self.ctx.doc, m.start, view.start, 1)) & SOURCE_LEADS
               for m in view.mentions):
            return []
        if len(self.actors) == 1:
            return list(self.actors)
        # Several receiving states: the one the sentences before discuss.
        state = self.context_state(index)
        return [state] if state in self.actors else []


    def _pronoun_for_sent(self, index: int, cues: list[Span]) -> bool:
        """"The US deported five men to Eswatini. Their lawyers say they have been denied
        access to counsel": a people pronoun, the subject of a passive concern ("they have been
        denied", "they were beaten"), right after a sentence of people sent or held, in its
        paragraph, is those people; not "they held a news conference to denounce torture", nor
        in a sentence naming any state at all."""
        if index == 0 or self.ctx.views[index].mentions or \
                self.paragraphs[index - 1] != self.paragraphs[index]:
            return False
        view, prev = self.ctx.views[index], self.ctx.views[index - 1]
        words = lower_words(view.doc)
        return any(_pronoun_held(words, view.start, cue.start) for cue in cues) and \
            (prev.has(SEND) or prev.has(HOLDING))


def _held_people(view: SentenceView) -> list[Span]:
    """The people held: a listed phrase ("the men", "detainees") or a people noun after an
    article and at most two modifiers ("the refugees", "the remaining men", "the 12 migrants")."""
    held = list(view.cue_values(HELD_PEOPLE))
    if not view.has("PEOPLE"):
        return held
    doc = view.doc
    taken = {c.end for c in held}
    for people in view.cue_values("PEOPLE"):
        if people.end in taken:
            continue
        at = people.start - 1
        while at >= max(view.start, people.start - 2) and (
                doc[at].like_num or doc[at].lower_ in HELD_MODIFIERS):
            at -= 1
        if at >= view.start and doc[at].lower_ in HELD_DETERMINERS:
            held.append(people)
    return held


def _nationality_denied(view: SentenceView, m: Mention) -> bool:
    """"17 people, none of them Equatoguinean", "five of whom were not South Sudanese": a
    nationality the text says the people do not have names no home of theirs."""
    return _within(view.cue_values("NEGATION"), m.start - NATIONALITY_DENIED_REACH, m.start)


def _placed_at_origin(view: SentenceView, cues: list[Span], document: _Document) -> bool:
    """"could face torture or prosecution in Tajikistan" of Tajiks, "In Venezuela and Cuba, the
    men had been jailed for dissent": the sentence places the concern in the people's own state
    (FACTS.md rule 5), so it points back to no receiving state the story discussed before."""
    words = lower_words(view.doc)
    scene = _opening_scene(view)
    return any(document.origin(m.iso3) and (m.start in scene or m.start > view.start and
                                            words[m.start - 1] == "in" and
                                            any(c.end < m.start <= c.end + ORIGIN_REACH
                                                for c in cues))
               for m in view.mentions if m.label in ("NAME", "CAPITAL"))


def _points_back(view: SentenceView) -> bool:
    """A word pointing to a state or place just discussed ("its prisons", "held at the camp",
    "at the military facility", "the men" said to be held); not "there" naming who speaks
    ("Officials there said")."""
    doc = view.doc
    words = lower_words(doc)
    speech = {c.start for c in view.cues if c.label_ in ("REPORT_VERB", RAISE_VERB)}
    pointers = [a for a in view.cue_values(ANAPHOR) if not (
        a.text.lower() == "there" and (_next_verb(words, a.end, view.end) in speech or
                                       _existential(view, a)))]
    if view.has(HOLDING):  # "the men have been held in solitary confinement"
        pointers += _held_people(view)
        # "fears they are being held incommunicado": the people sent, by a pronoun.
        pointers += [h for h in view.cue_values(HOLDING) if _pronoun_held(words, view.start,
                                                                            h.start)]
        # "people held at San Vicente": a place named where they are held, not a state.
        states = {m.start for m in view.mentions}
        pointers += [h for h in view.cue_values(HOLDING) if h.end + 1 < view.end and
                     words[h.end] in ("at", "in") and doc[h.end + 1].is_title and
                     h.end + 1 not in states and not doc[h.end + 1].is_sent_start]
    pointers += [g for g in view.cue_values(NOT_HOST) if _destination_described(view, g) or
                 _described_by_flight(view, g)]
    for site in view.cue_values(SITE):
        lead = words[max(view.start, site.start - SITE_REACH):site.start]
        # "the military facility": "the" and only words between it and the place noun.
        if "the" in lead and all(w.isalpha() for w in lead[lead.index("the"):]):
            pointers.append(site)
    return bool(pointers)


def _existential(view: SentenceView, there: Span) -> bool:
    """"because there were not enough staff", "a State in which there are substantial grounds":
    "there" opening its clause before a form of "be" says that something exists, and points
    to no place; "conditions there are harsh" (after a noun) still does."""
    words = lower_words(view.doc)
    if there.end >= view.end or words[there.end] not in PASSIVE:
        return False
    return there.start == view.start or view.doc[there.start - 1].is_punct or \
        words[there.start - 1] in CLAUSE_OPENERS


def _pronoun_held(words: list[str], lo: int, at: int) -> bool:
    """A people pronoun, then only auxiliaries ("they are being", "he was", "they're still"),
    right before the holding word at ``at``: not "they held talks"."""
    i = at - 1
    while i >= lo and words[i] in HELD_PRONOUN_LINKS:
        i -= 1
    # passive only ("are", "was", "'re"): "they have kept silent" holds nobody
    return lo <= i < at - 1 and words[i] in PEOPLE_PRONOUNS and any(
        w in PASSIVE or w[0] in "'’" for w in words[i + 1:at])


def _next_verb(words: list[str], at: int, end: int) -> int:
    """Where the verb after ``at`` starts, past auxiliaries ("there have said")."""
    while at < end and words[at] in AUXILIARIES:
        at += 1
    return at


def _official(ctx: DocumentContext, view: SentenceView, source: _Source | None) -> bool:
    """"The country is in no condition to ...", said on the record by an official, is a
    government explaining itself (a refusal, a rebuttal); a critic, the outlet or the deporting
    state describing another ("the State Department's human rights report cites ...") makes a
    concern."""
    if source is not None:
        return False
    cert = certainty_of(view)
    speaker = (cert.attributed_to or "").lower()
    # "The Shadow Minister for Foreign Affairs", "an opposition MP": critics, not the government.
    if OPPOSITION & set(speaker.split()):
        return False
    # "A spokesperson said" names no government: whose spokesperson the sentence before says.
    # "A judge said", "the court found": a court weighs the state's record, it does not
    # explain a government's conduct.
    courts = view.phrases("COURT")
    if cert.level != "confirmed" or not any(p in speaker for p in view.phrases("OFFICIAL_SOURCE")
                                            if p not in UNOWNED_SPEAKERS and p not in courts):
        return False
    at = view.text.find(cert.attributed_to or "")
    lo, hi = view.start_char + at, view.start_char + at + len(cert.attributed_to or "")
    return not any(m.iso3 == ctx.deporter and lo <= ctx.doc[m.start].idx < hi
                   for m in view.mentions)


def _merge(units: list[_Unit]) -> list[_Unit]:
    """A later paragraph going on about a state's treatment of people from the same kind of
    source (lawyers on the men's cells, then on their access to counsel), stating a concern in
    the outlet's own voice or a headline's, or not even naming the state joins it; concerns
    other kinds of sources raise in other paragraphs are separate."""
    facts: list[_Unit] = []
    for unit in units:
        same = next((f for f in facts if f.iso3 == unit.iso3 and (
            not unit.named or None in (f.source_key, unit.source_key) or
            f.source_key == unit.source_key)), None)
        if same is None:
            facts.append(unit)
        else:
            same.labels += unit.labels
            same.settings += unit.settings
            if same.source_key is None and unit.source_key is not None:
                # The concern is the source's claim, which the headline or lede summed up.
                same.source_key, same.certainty = unit.source_key, unit.certainty
    return facts


def _denied(ctx: DocumentContext, unit: _Unit) -> bool:
    """The concern's state denies the claim in its sentences or the next ("…, an accusation El
    Salvador has rejected", "El Salvador has denied the allegations")."""
    last = unit.views[-1]
    for index in dict.fromkeys(unit.views + ([last + 1] if last + 1 < len(ctx.views) else [])):
        view = ctx.views[index]
        if not view.has(CLAIM_DENIED):
            continue
        claims = [c.start for c in view.cue_values(CLAIM_DENIED) if c.kb_id_ == "claim"]
        for verb in view.cue_values(CLAIM_DENIED):
            if verb.kb_id_ != "verb" or not any(
                    abs(c - verb.start) <= CLAIM_DENIED_REACH for c in claims):
                continue
            lo = verb.start - CLAIM_DENIED_REACH
            if any(m.iso3 == unit.iso3 and lo <= m.end <= verb.start for m in view.mentions):
                return True
    return False


def build_rights_concerns(ctx: DocumentContext, receivers: set[str]) -> list[RightsConcern]:
    """Rights concerns about the states that receive or hold people in this document."""
    document = _Document(ctx, receivers)
    units: dict[tuple[int, str], _Unit] = {}
    for index, view in enumerate(ctx.views):
        if not view.has_any(KINDS) and not view.has(NOT_HOST) and not view.has(ONWARD_PART) \
                and not view.has(KEPT_OUT):
            continue
        cues = _concern_cues(view, document.actors)
        source = document.source(index) if cues else None
        if not cues or _official(ctx, view, source):
            continue
        candidates = _candidates(ctx, view, document, source.span if source else None)
        named, unresolved = _targets(ctx, view, cues, candidates)
        unnamed = document.unnamed_targets(index, cues, units) \
            if unresolved and not _placed_at_origin(view, cues, document) else []
        labels = list(dict.fromkeys(c.kb_id_ for c in cues))
        settings = list(dict.fromkeys(c.kb_id_ for c in view.cue_values(SETTING)))
        cert, key = document.certainty(index)
        if named == [] and unnamed and cert.level == "confirmed" and \
                unnamed[0] == document.own_country(view):
            cert = Certainty("reported", _speaker_phrase(view), "critic of own country")
        para = document.paragraphs[index]
        for iso3 in dict.fromkeys(named + unnamed):
            unit = units.setdefault((para, iso3), _Unit(iso3, [], [], key, cert,
                                                        named=iso3 in named))
            unit.views.append(index)
            unit.labels += labels
            unit.settings += settings
            unit.source_key = unit.source_key or key
            unit.named = unit.named or iso3 in named
    for unit in units.values():
        if unit.certainty.level == "confirmed" and _denied(ctx, unit):
            unit.certainty = replace(unit.certainty, level="reported")
    return [RightsConcern(
        country=u.iso3, concern="; ".join(dict.fromkeys(u.labels + u.settings)),
        certainty=u.certainty.level, attributed_to=u.certainty.attributed_to,
        evidence=ctx.evidence(ctx.views[u.views[0]], ctx.views[u.views[-1]]),
        rule=f"rights_concern:{u.labels[0]}") for u in _merge(list(units.values()))]
