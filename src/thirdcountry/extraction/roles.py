"""Who deports and who receives: roles of the states named in a clause.

A document usually has one deporting state whose policy it reports (the US, Britain, Italy…).
It is found from the ways English names a deporter — "deported from X", "X deported/sent/asked",
"X's plan", "X deportees", a body or leader of X ("the Home Office", "Trump") — and a clause may
name another deporter explicitly ("asylum seekers from Britain"). Every other state named as an
actor or destination in the clause is a receiving candidate; states named as the people's
nationality ("Venezuelans", "nationals of Cuba", "men from Laos") or as a transit stop are not.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from thirdcountry.extraction.country_mentions import MENTIONS_KEY
from thirdcountry.extraction.sentence_view import Clause, Mention, SentenceView
from thirdcountry.extraction.sentences import lower_words, sentence_firsts, text_of
from thirdcountry.extraction.visits import is_visit
from thirdcountry.extraction.words import word_class

FROM_WORDS = word_class("from_words")
DEPORT_BEFORE_FROM = word_class("deport_before_from")
NATIONALITY_BEFORE_FROM = word_class("nationality_before_from")
SENDER_VERBS = word_class("sender_verbs")
STRONG_SENDER_VERBS = SENDER_VERBS - {"has", "have", "is", "was", "will", "would"}
AUXILIARIES = word_class("auxiliaries_adverbs_and_bodies")
EXPLICIT_SENDER_VERBS = word_class("explicit_sender_verbs")
# "Belgium has sounded out Senegal", "Britain approached Rwanda": a state known to deport that
# asks another is the one that wants to send people there.
SENDER_ASKING_VERBS = word_class("sender_asking_verbs")
PLAN_NOUNS = word_class("plan_nouns")
# "the British scheme", "the Danish model": a state's own policy, not people of that nationality.
SCHEME_NOUNS = word_class("scheme_nouns")
# "a British request", "a U.S. proposal", "approaches from London": the state that asks is the
# one that wants to send people.
REQUEST_NOUNS = word_class("request_and_pressure_nouns")
# Who acts for a state between its name and the verb: "French border police sent", "Danish
# officials have since sounded out".
AGENT_NOUNS = word_class("state_agent_nouns")
# "the Dutch arrangement", "the Italian protocol": the deal of the state that sends people.
OWN_DEAL_NOUNS = word_class("own_deal_nouns")
# "the British scheme", "the Dutch arrangement": the state's own scheme or deal
OWN_SCHEME_NOUNS = SCHEME_NOUNS | OWN_DEAL_NOUNS
# "a centre modelled on the British scheme", "like the Italian deal": another state's scheme as
# a pattern, not the sender of this one.
MODELLED_ON = word_class("modelled_on")
DEMONYM_AS_STATE = {"government", "authorities", "officials", "president", "ministry", "minister",
                    "navy", "administration", "state", "prime", "foreign", "interior", "embassy",
                    "counterpart", "territory", "soil", "leader", "leaders", "-run", "run",
                    "courts",
                    "court", "judges", "justices", "coast", "guard", "military", "police", "centre",
                    "centres", "center", "centers", "side", "port", "capital", "city", "border",
                    "prison", "prisons", "island", "camp", "facility", "airport", "town",
                    "jail", "mainland", "official", "spokesman", "spokeswoman", "spokesperson",
                    "detention",
                    "envoy", "diplomat", "diplomats", "ambassador", "lawmaker", "lawmakers",
                    "ministers", "presidency", "parliament", "cabinet", "officers", "officer",
                    "agents", "guards", "troops", "forces", "patrol", *REQUEST_NOUNS,
                    *SCHEME_NOUNS, *OWN_DEAL_NOUNS, *word_class("visiting_agents")}
NATIONALITY_BEFORE = word_class("nationality_before")
PORTFOLIOS = word_class("portfolios")


SEEKERS = word_class("seeker_nouns")
# Words that may stand between "from" and a state in a list of origins: "from countries
# including Iran", "mostly from Central Asia and India".
LIST_FILLER = word_class("list_filler")
REGION_WORDS = word_class("region_words")
# "from Asian countries including China"
REGION_ADJECTIVES = word_class("region_adjectives")
# "most of them from Afghanistan", "many of whom were from Eritrea": a share of the people
PARTITIVE_PRONOUNS = word_class("partitive_pronouns")
PARTITIVE_COPULAS = word_class("partitive_copulas")


def _share_of_a_group(context: list[str]) -> bool:
    """Whether the words before "from" name a share of the people ("most of them", "many of
    whom were") or the people themselves ("the men, who are from Cuba, Eritrea …"), so the
    state after "from" is where those people come from."""
    if context[-1:] and context[-1] in PARTITIVE_COPULAS:
        context = context[:-1]
        if context[-1:] == ["who"]:
            return True
    return len(context) >= 2 and context[-2] == "of" and context[-1] in PARTITIVE_PRONOUNS


@dataclass(slots=True)
class Roles:
    deporting: str | None
    receivers: list[Mention]
    nationalities: list[str]


def _prev_words(doc: Doc, index: int, n: int) -> list[str]:
    """Up to ``n`` lower-case words before ``index``, never reaching into the previous sentence."""
    return lower_words(doc)[max(0, index - n, sentence_firsts(doc)[index]):index]


def _next_words(doc: Doc, index: int, n: int) -> list[str]:
    return lower_words(doc)[index:index + n]


ROLE_MEMO_KEY = "thirdcountry.role_memo"


@dataclass(slots=True)
class _RoleMemo:
    """The answers the role rules worked out for one document: they ask the same question of a
    mention many times, so each is computed once and kept (keyed by the mention's start token,
    the sentence's start token, or for nationality the mention and the deporter asked about)."""

    signals: dict[int, int] = field(default_factory=dict)
    sent_to: dict[int, bool] = field(default_factory=dict)
    nationality: dict[tuple[int, int, str, str, str | None], bool] = field(default_factory=dict)
    sentence_signals: dict[int, tuple[frozenset[str], list[tuple[int, Mention]]]] = field(
        default_factory=dict)


# The document asked about last and its memo: the memo is read thousands of times per document,
# and an identity test costs less than a ``user_data`` lookup. One tuple, replaced whole.
_last_memo: tuple[Doc | None, _RoleMemo] = (None, _RoleMemo())


def _memo_of(doc: Doc) -> _RoleMemo:
    """The role memo of ``doc``, kept in its ``user_data`` (so it goes with the document)."""
    global _last_memo
    memo = doc.user_data.get(ROLE_MEMO_KEY)
    if memo is None:
        memo = doc.user_data[ROLE_MEMO_KEY] = _RoleMemo()
    _last_memo = (doc, memo)
    return memo


def deporter_signal(doc: Doc, m: Mention) -> int:
    """``_deporter_signal`` of a mention, computed once per document."""
    last = _last_memo  # the memo look-up inline: one call more per question cost about 1%
    signals = (last[1] if last[0] is doc else _memo_of(doc)).signals
    found = signals.get(m.start)
    if found is None:
        found = signals[m.start] = _deporter_signal(doc, m)
    return found


def _deporter_signal(doc: Doc, m: Mention) -> int:
    """How strongly the wording around a mention names a deporting state (0 = not at all).

    3 is explicit ("deported from X", "deported by X", "X has expelled", "X-run centres");
    2 is suggestive ("X's plan", "X asked"); a destination ("to X", "into X") is never a sender.
    "deportees from X" names a sender only for a state known to deport (``deporting_states``):
    "deportees from Nigeria" are more often Nigerians.
    """
    # the words around the mention are read once and handed to the word-level tests below
    words = lower_words(doc)
    wider = words[max(0, m.start - 7, sentence_firsts(doc)[m.start]):m.start]
    following = words[m.end:m.end + 6]
    before, after = wider[-3:], following[:3]
    if _sends_in_a_relative(following):
        return 3  # "renting 300 prison places to Denmark, which wants to send foreign nationals"
    if before and before[-1] in ("to", "into", "onto") or before[-2:-1] == ["to"] and \
            before[-1] == "the":
        return 0
    if m.label == "DEMONYM" and is_nationality(doc, m, None):
        return 0  # "Venezuelans removed under the act": the people, never the sender
    if _headed_for(before) or _already_partner(wider[-6:]):
        return 0  # "migrants bound for Britain", "already hosts centres run by Italy"
    if _second_of_a_pair(doc, m):
        return 0  # "the UK-France returns pilot": a noun after the pair, and the partner
    known = m.iso3 in deporting_states()
    score = 0
    if known and _hosted_for(before, wider):
        score += 3  # "would not host a similar centre for Britain", "hold migrants for London"
    agent = before[:-1] if before[-1:] == ["the"] else before
    if agent and agent[-1] == "by" and len(agent) > 1 and (
            agent[-2] in DEPORT_BEFORE_FROM or agent[-2] in BY_THE_SENDER):
        score += 3  # "deported by X", "approached by the United States", "scrapped by London"
    origin = _from_at(wider)
    if origin is not None and not _sets_out_from(wider):
        if origin > 0 and wider[origin - 1] in EXPELLED_FROM:
            score += 3  # "people expelled from southern Libya", "deported from Tunisia"
        elif not DEPORT_BEFORE_FROM.isdisjoint(wider):
            score += 3 if known else 1
    if m.label != "DEMONYM" and after and after[0] in ("deportees", "deportee", "-run", "navy"):
        score += 3
    if m.label == "DEMONYM" and after and after[0] in ("navy", "-run") and known:
        score += 3
    if m.label == "DEMONYM" and after and after[0] in OWN_SCHEME_NOUNS and known \
            and MODELLED_ON.isdisjoint(wider[-4:]):
        score += 3  # "the British scheme", "the Danish plan", "the Dutch arrangement"
    if m.label == "DEMONYM" and known and after[:1] and after[0] in OFFSHORE_SITE_KINDS and \
            after[1:2] and after[1] in SITE_NOUNS:
        score += 3  # "a Dutch return hub", "the British offshore centre": sites abroad
    owned = after[1:] if after[:1] in (["'s"], ["’s"]) else after
    if owned and (owned[0] in REQUEST_NOUNS or owned[0] == "similar" and owned[1:2] and
                  owned[1] in REQUEST_NOUNS):
        score += 3
    if before and before[-1] == "from" and len(before) > 1 and before[-2] in REQUEST_NOUNS:
        score += 3
    verb_at = _verb_at(following)
    verb = following[verb_at] if verb_at is not None else None
    if verb_at and following[verb_at - 1] in PASSIVE_BEFORE_VERB and not verb.endswith("ing"):
        verb = None  # "Gabon has been approached", "Rwanda was asked": the one asked
    if verb in SENDER_ASKING_VERBS:
        # "Belgium has sounded out Senegal", "Britain approached Rwanda"; "Uganda has asked
        # Belgium for funds" asks for something else
        score += 3 if known else 0
    elif verb in STRONG_SENDER_VERBS:
        score += 3 if verb in EXPLICIT_SENDER_VERBS else 2
    if known and _talks_with_many(words[m.end:m.end + TALKS_WITH_MANY_REACH]):
        score += 3  # "Britain was in talks with \"a number of countries\" about return hubs"
    if known and _owns_a_scheme(doc, m):
        score += 3  # "Britain's own Rwanda scheme"
    elif after[:1] == ["'s"] and len(after) > 1 and after[1] in PLAN_NOUNS:
        score += 2  # "Britain's plan"
    return score


POSSESSIVES = (["'s"], ["’s"])


def _owns_a_scheme(doc: Doc, m: Mention) -> bool:
    """"Britain's Rwanda scheme", "Britain's own Rwanda plan": a scheme named with its receiver
    is its owner's, as "the British scheme" is. Without a receiver ("Italy's own scheme", said
    in a quote within another state's story) it weighs as a plain "X's plan" does."""
    words = lower_words(doc)
    at = m.end + 1
    if words[m.end:at] not in POSSESSIVES:
        return False
    if words[at:at + 1] == ["own"]:
        at += 1
    partner = next((o for o in doc.user_data.get(MENTIONS_KEY, ()) if o.start == at), None)
    return partner is not None and not SCHEME_NOUNS.isdisjoint(
        words[partner.end:partner.end + 1])


def _verb_at(following: list[str]) -> int | None:
    """The index of the first word after a state that is no auxiliary, adverb or agent noun
    ("France has already sent", "French border police sent"): its verb, if any."""
    for at, word in enumerate(following):
        if word not in BEFORE_THE_VERB:
            return at
    return None


# "expelled from southern Libya": a participle of removal right before "from" names the state
# that removed the people, known to send or not ("deportees from Nigeria" are Nigerians)
EXPELLED_FROM = word_class("expelled_from_words")
DIRECTIONS = word_class("directions")


def _from_at(before: list[str]) -> int | None:
    """The index of the "from" that ``before`` ends with, past "the" and a direction ("from
    the southern", "from eastern"), or None."""
    at = len(before) - 1
    if at >= 0 and before[at] in DIRECTIONS:
        at -= 1
    if at >= 0 and before[at] == "the":
        at -= 1
    return at if at >= 0 and before[at] == "from" else None


# "people who set off from the Belgian coast", "74 persons who departed from Tripoli", "boats
# that sailed from Libya": where people left by themselves, not the state that sent them.
SET_OUT_FROM = word_class("set_out_from_words")


def set_out_from(doc: Doc, m: Mention) -> bool:
    """Whether the mention is where people set out from by themselves ("who sailed from
    Greece", "who set off from the French coast")."""
    return _sets_out_from(_prev_words(doc, m.start, 5))


def _sets_out_from(before: list[str]) -> bool:
    """``set_out_from`` read off the words before the mention in its sentence: only the last
    four count, so any window of five or more gives the same answer."""
    at = _from_at(before)
    return at is not None and at > 0 and before[at - 1] in SET_OUT_FROM


RELATIVE_PRONOUNS = word_class("relative_pronouns_which_who_whom")
INTENT_VERBS = word_class("sender_intent_verbs")


def _sends_in_a_relative(following: list[str]) -> bool:
    """", which wants to send …", ", which has deported …", ", who plans to transfer …": a
    relative clause on the state says that it sends people."""
    if following[:1] != [","] or following[1:2] == [] or following[1] not in RELATIVE_PRONOUNS:
        return False
    verbs = [w for w in following[2:] if w not in AUXILIARIES]
    if verbs[:1] and verbs[0] in EXPLICIT_SENDER_VERBS:
        return True
    return len(verbs) > 2 and verbs[0] in INTENT_VERBS and verbs[1] == "to" and \
        verbs[2] in MOVE_WORDS


TALKS_WITH_MANY_REACH = 11
TALK_WORDS = word_class("talk_words")
MANY_WORDS = word_class("many_words")
STATE_PLURALS = word_class("state_plurals")
QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _talks_with_many(following: list[str]) -> bool:
    """"Britain was in talks with \"a number of countries\"", "is reportedly in talks with
    several Balkan states", "is holding talks with other governments": a state that talks with
    many unnamed states about sending people is the one that wants to send them."""
    if "with" not in following:
        return False  # most states: no talks with anyone after them
    words = [w for w in following if w not in QUOTES]
    at = words.index("with")
    if not TALK_WORDS & set(words[max(0, at - 3):at]) or \
            any(w in (".", ";") for w in words[:at]):
        return False
    counterpart = words[at + 1:at + 6]
    return bool(MANY_WORDS & set(counterpart[:3])) and bool(STATE_PLURALS & set(counterpart))


# "a British hub", "a UK return centre", "a British one": a site named by the state it is for
SITE_NOUNS = word_class("senders_site_nouns")
OFFSHORE_SITE_KINDS = word_class("offshore_site_kinds")
EDGE_NOUNS = word_class("edge_nouns")  # "the Algerian frontier", "Mexican soil"
SITE_MODIFIER_REACH = 2  # "a UK return hub", "a British processing centre"


def names_a_site(after: list[str]) -> bool:
    """Whether the words after a state name a site of its own ("hub", "return hub")."""
    return any(w in SITE_NOUNS for w in after[:SITE_MODIFIER_REACH]) and \
        not (after[:1] and after[0] in ("'s", "’s", "to", "in", "and", ","))


REFUSED_SITE_REACH = 10  # "will not host a similar processing centre for Britain"


def refused_site_sender(doc: Doc, clause, cue_start: int) -> str | None:
    """The state a refused site is for, named inside the refusal: "will not host a British
    hub", "ruled out hosting a UK centre", "would not host a similar centre for Britain",
    "had said no to London"; None when the clause names none after the refusal."""
    for m in clause.mentions:
        if not cue_start <= m.start <= cue_start + REFUSED_SITE_REACH or \
                m.iso3 not in deporting_states():
            continue
        wider = _prev_words(doc, m.start, 7)
        before = wider[-3:]
        if _headed_for(before):
            continue
        if names_a_site(_next_words(doc, m.end, 3)) or _hosted_for(before, wider) or \
                before[-2:] == ["no", "to"]:
            return m.iso3
    return None


# "a centre for Britain", "to hold migrants for London": the state a receiver would host people
# for is the one that sends them; "bound for Britain" is where people head, never a sender.
HOST_FOR_WORDS = word_class("host_for_words")
HEADED_FOR_WORDS = word_class("headed_for_words")


def _for_the(before: list[str]) -> list[str] | None:
    """The words before "for" when ``before`` ends with "for" or "for the", else None."""
    if before[-1:] == ["for"]:
        return before[:-1]
    if before[-2:] == ["for", "the"]:
        return before[:-2]
    return None


def _already_partner(before: list[str]) -> bool:
    """"noting that his country already accommodates Italy's", "already runs two centres for
    Italy": the partner of a deal the receiver has, named to set it apart from the one at issue.
    ``before``: the six words before the mention in its sentence."""
    if "already" not in before:
        return False
    return any(w in ALREADY_HOLDS for w in before[before.index("already") + 1:])


# what a receiver "already" does for the partner of its existing deal
ALREADY_HOLDS = word_class("already_holds")


def _headed_for(before: list[str]) -> bool:
    ahead = _for_the(before)
    return bool(ahead) and ahead[-1] in HEADED_FOR_WORDS


def _hosted_for(before: list[str], wider: list[str]) -> bool:
    if _for_the(before) is None:
        return False
    cut = len(wider) - (1 if before[-1:] == ["for"] else 2)
    return any(w in HOST_FOR_WORDS for w in wider[max(0, cut - 4):cut])


# "Gabon has been approached", "the French coast will be sent": the one the verb is done to
PASSIVE_BEFORE_VERB = word_class("be_forms")
# "returning people to France", "a flight from Heathrow to Paris", "removals to
# Rwanda": gerunds and nouns of movement lead to a destination too
MOVE_WORDS = word_class("moving_words")


def _sent_to(doc: Doc, m: Mention) -> bool:
    """``_is_sent_to`` of a mention, computed once per document: every role rule asks it."""
    last = _last_memo
    sent_to = (last[1] if last[0] is doc else _memo_of(doc)).sent_to
    found = sent_to.get(m.start)
    if found is None:
        found = sent_to[m.start] = _is_sent_to(doc, m)
    return found


def moved_to(doc: Doc, m: Mention) -> bool:
    """Whether the mention is where people are moved to ("returned to France")."""
    return _sent_to(doc, m)


# "hosting a return centre, according to Belgian media", "delayed due to Kenyan objections":
# a "to" that ends a phrase of its own leads to no destination.
PHRASE_PREPOSITIONS_TO = word_class("phrase_prepositions_to")


def _is_sent_to(doc: Doc, m: Mention) -> bool:
    """"returned to France", "flown into Rwanda": the mention is where people are moved to; so
    is a state designated "as a safe third country" (Ireland's designation of the UK, Britain
    treating France as safe), whatever verb designates it."""
    before = _prev_words(doc, m.start, 6)
    if before[-1:] == ["the"]:
        before = before[:-1]  # "transferred to the UK"
    before = before[-5:]
    return bool(before) and before[-1] in ("to", "into") and \
        PHRASE_PREPOSITIONS_TO.isdisjoint(before[-2:-1]) and \
        not MOVE_WORDS.isdisjoint(before[:-1]) or _designated_safe(_next_words(doc, m.end, 5))


# "France was designated as a safe third country": the verb of a passive designation
DESIGNATING_PARTICIPLES = word_class("designating_participles")


def _designated_safe(after: list[str]) -> bool:
    """"the UK as a safe third country", "France as safe", "Turkey was listed as safe": the
    state people may be sent to."""
    while after[:1] and (after[0] in PASSIVE_BEFORE_VERB or after[0] in DESIGNATING_PARTICIPLES):
        after = after[1:]
    return after[:1] == ["as"] and "safe" in after[1:3]


def document_deporter(doc: Doc, views: list[SentenceView]) -> str | None:
    """The state whose removals the document mostly reports, or None if nothing says so."""
    scores: Counter[str] = Counter()
    sent_to: Counter[str] = Counter()
    courts: Counter[str] = Counter()
    known = deporting_states()
    for view in views:
        for m in view.mentions:
            s = deporter_signal(doc, m)
            if s:
                scores[m.iso3] += s
            if s >= 3:
                sent_to[m.iso3] -= 1
            if _sent_to(doc, m):
                # "returned to France", "flown to Rwanda": where people go is not who sends
                scores[m.iso3] -= 3
                sent_to[m.iso3] += 1
            if m.iso3 in known and not is_nationality(doc, m, None) and \
                    not set_out_from(doc, m):
                # Each mention of a state known to deport weighs a little: a story about
                # Britain's Rwanda plan names Britain often even where no verb says it sends;
                # one naming its court ("the UK Supreme Court had ruled") weighs only for a
                # state named no other way, since it may judge another story's scheme.
                (courts if _court_of(doc, m) else scores)[m.iso3] += 1
    for iso3, weight in courts.items():
        if iso3 not in scores:
            scores[iso3] = weight
    destinations = frozenset(iso3 for iso3, n in sent_to.items() if n > 0)
    doc.user_data[PARTNERS_KEY] = _partners(doc, views)
    doc.user_data[PARAGRAPH_SENDERS_KEY] = _paragraph_senders(doc, paragraphs_of(doc, views),
                                                              destinations)
    doc.user_data[DESTINATIONS_KEY] = destinations
    if not scores:
        return None
    return scores.most_common(1)[0][0]


def _sentence_signals(doc: Doc, view: SentenceView) -> tuple[frozenset[str],
                                                               list[tuple[int, Mention]]]:
    """The states the sentence sends people to, and the ``deporter_signal`` of each other
    mention, computed once per sentence: the sender of the sentence and of each of its
    clauses is read from them."""
    last = _last_memo
    signals = (last[1] if last[0] is doc else _memo_of(doc)).sentence_signals
    found = signals.get(view.start)
    if found is None:
        found = signals[view.start] = _signals_in(doc, view)
    return found


def _signals_in(doc: Doc, view: SentenceView) -> tuple[frozenset[str], list[tuple[int, Mention]]]:
    # "returned to Belgium, while Britain will accept asylum seekers from Belgium": the state
    # the sentence sends people to is not its sender.
    destinations = frozenset(m.iso3 for m in view.mentions if _sent_to(doc, m))
    return destinations, [(deporter_signal(doc, m), m) for m in view.mentions
                          if m.iso3 not in destinations]


PARTNERS_KEY = "thirdcountry.deporter_partners"
PARAGRAPH_SENDERS_KEY = "thirdcountry.paragraph_senders"
# The sender each sentence names itself (``_sender_named_in``), by the sentence's first token.
OWN_SENDER_KEY = "thirdcountry.own_senders"
# States the document sends people to more often than it names them sending: in a story of
# returns to France, "talks with Paris" or "the French government agreed" name the receiver.
DESTINATIONS_KEY = "thirdcountry.document_destinations"


def _sender_named_in(doc: Doc, view: SentenceView,
                     received: frozenset[str] = frozenset()) -> str | None:
    """The sender a sentence names: an explicit one ("deported by X", "X's plan"), else a state
    known to deport that acts in it ("Since January the United States has concluded…"), other
    than one the document sends people to (``received``: "French officials said" in a story of
    returns to France)."""
    if not view.mentions:
        return None
    destinations, signals = _sentence_signals(doc, view)
    explicit = [(s, m) for s, m in signals if s >= 3]
    if explicit:
        return max(explicit, key=lambda sm: sm[0])[1].iso3
    known = deporting_states()
    acting = [m for m in view.mentions if m.iso3 in known and
              m.iso3 not in destinations and m.iso3 not in received and
              not is_nationality(doc, m, None) and
              not _names_a_court(doc, m) and _acts_in_its_words(doc, m, SENT_OR_HELD_INTO)]
    return acting[0].iso3 if acting else None


# The word right before a state that makes it where people go ("to France") or, for a sentence's
# own sender, where they are ("in Italy").
SENT_INTO = (["to"], ["into"], ["onto"])
SENT_OR_HELD_INTO = (*SENT_INTO, ["in"])


def _acts_in_its_words(doc: Doc, m: Mention, destinations: tuple[list[str], ...]) -> bool:
    """Whether the words before a state leave it acting: not a destination (a word of
    ``destinations`` right before it, "bound for Britain") nor the partner of a deal the
    receiver already has ("already runs two centres for Italy"). The six words before it are
    read once for the three tests."""
    before = _prev_words(doc, m.start, 6)
    return before[-1:] not in destinations and not _headed_for(before[-3:]) and \
        not _already_partner(before)


@dataclass(frozen=True, slots=True)
class ParagraphSender:
    """The sender the sentences before one in its paragraph last named, and every state the
    paragraph names."""

    sender: str
    named: frozenset[str]


# The last sentence list grouped by paragraph and its groups: the document's sender and its
# context both ask for the paragraphs of the same list.
PARAGRAPHS_KEY = "thirdcountry.paragraphs"


def paragraphs_of(doc: Doc, views: list[SentenceView]) -> list[list[SentenceView]]:
    """The sentences grouped by paragraph: a line break ends one (a headline is its own);
    grouped once per list of sentences."""
    grouped = doc.user_data.get(PARAGRAPHS_KEY)
    if grouped is None or grouped[0] is not views:
        grouped = doc.user_data[PARAGRAPHS_KEY] = (views, _paragraphs_of(doc, views))
    return grouped[1]


def _paragraphs_of(doc: Doc, views: list[SentenceView]) -> list[list[SentenceView]]:
    text = text_of(doc)
    paragraphs: list[list[SentenceView]] = []
    previous_end = None
    for view in views:
        # a search within the bounds: no slice of the text between the sentences is built
        if previous_end is None or text.find("\n", previous_end, view.start_char) >= 0:
            paragraphs.append([])
        paragraphs[-1].append(view)
        previous_end = view.start_char + len(view.text.rstrip())
    return paragraphs


def _paragraph_senders(doc: Doc, paragraphs: list[list[SentenceView]],
                       received: frozenset[str] = frozenset()) -> dict[int, ParagraphSender]:
    """For each sentence, the sender named before it in its paragraph: a stocktake paragraph
    names its sender once ("Since January the United States has concluded…") and its later
    sentences only the receivers ("Uganda agreed to take…")."""
    senders: dict[int, ParagraphSender] = {}
    for paragraph in paragraphs:
        named = frozenset(m.iso3 for view in paragraph for m in view.mentions)
        current: str | None = None
        # the sender a sentence names goes to the sentences after it
        for index, view in enumerate(paragraph):
            own = _sender_named_in(doc, view, received)
            if own is not None:
                doc.user_data.setdefault(OWN_SENDER_KEY, {})[view.start] = own
            current = own or current
            if current is not None and index + 1 < len(paragraph):
                senders[paragraph[index + 1].start] = ParagraphSender(current, named)
    return senders


def _partners(doc: Doc, views: list[SentenceView]) -> dict[str, str]:
    """For each state that receives, the state known to deport that the document names nearest
    to it most often ("Italy's protocol with Albania", "Rome sends new group to Albania"): in
    a story about two senders, the one a receiver belongs to."""
    votes: Counter[tuple[str, str]] = Counter()
    known = deporting_states()
    for view in views:
        senders = [m for m in view.mentions if m.iso3 in known and
                   (deporter_signal(doc, m) >= 2 or _owns_a_deal(doc, m))]
        if not senders:
            continue
        for m in view.mentions:
            if m.iso3 in known or is_nationality(doc, m, None):
                continue
            nearest = min(senders, key=lambda d: abs(d.start - m.start))
            votes[(m.iso3, nearest.iso3)] += 1
    partners: dict[str, list[str]] = {}
    for (receiver, sender), _ in votes.most_common():
        partners.setdefault(receiver, []).append(sender)
    return partners


DEAL_NOUNS = word_class("deal_and_scheme_nouns")


def _owns_a_deal(doc: Doc, m: Mention) -> bool:
    """"Italy's protocol with Albania": the state whose deal it is."""
    after = _next_words(doc, m.end, 2)
    return after[:1] in (["'s"], ["’s"]) and after[1:2] and after[1] in DEAL_NOUNS


def _partner_of(doc: Doc, receivers: list[Mention], deporter: str | None) -> str | None:
    """The other sender the receivers of a sentence that names no sender belong to, when the
    document never names its main sender next to them."""
    partners = doc.user_data.get(PARTNERS_KEY, {})
    found = {tuple(partners.get(r.iso3, ())) for r in receivers}
    if len(found) != 1:
        return None
    senders = found.pop()
    return senders[0] if senders and deporter not in senders else None


def is_nationality(doc: Doc, m: Mention, deporter: str | None) -> bool:
    """True when the mention names where people come from, not a state acting or receiving.

    Computed once per document and mention: the role rules ask it of the same mention often.
    """
    last = _last_memo
    nationality = (last[1] if last[0] is doc else _memo_of(doc)).nationality
    key = (m.start, m.end, m.label, m.iso3, deporter)
    found = nationality.get(key)
    if found is None:
        found = nationality[key] = _is_nationality(doc, m, deporter)
    return found


# Words between a demonym and the body it qualifies: "Cypriot marine police", "the Australian
# Home Affairs department", "Venezuelan national guard".
STATE_BODY_MODIFIERS = word_class("state_body_modifiers")
# What may stand between a state and its verb: "France has already sent", "French border police
# sent" (``_verb_at``).
BEFORE_THE_VERB = AUXILIARIES | AGENT_NOUNS | STATE_BODY_MODIFIERS
BODY_REACH = 2


def _names_a_body(after: list[str]) -> bool:
    """Whether the words after a demonym name a body of its state: up to ``BODY_REACH`` words of
    portfolio or kind ("the Dutch migration minister", "Cypriot marine police", "the Australian
    Home Affairs department"), then the body."""
    for word in after[:BODY_REACH + 1]:
        if word in DEMONYM_AS_STATE or word in AGENT_NOUNS:
            return True
        if word not in PORTFOLIOS and word not in STATE_BODY_MODIFIERS:
            return False
    return False


def _is_nationality(doc: Doc, m: Mention, deporter: str | None) -> bool:
    if m.label == "DEMONYM":
        after = _next_words(doc, m.end, 3)
        if after[:1] == ["and"]:
            # "Italian and Albanian officials": two demonyms share the head noun after them
            return not (len(after) > 2 and after[2] in DEMONYM_AS_STATE)
        # "a Dutch return hub": the site a state has abroad for the people it sends
        site = after[:1] and after[0] in OFFSHORE_SITE_KINDS and after[1:2] and \
            after[1] in SITE_NOUNS
        # "pushed across the Algerian frontier", "left on Mexican soil": the state's edge
        return not (after and (after[0] in DEMONYM_AS_STATE or after[0] in EDGE_NOUNS) or site or
                    _names_a_body(_next_words(doc, m.end, BODY_REACH + 1)))
    before = _prev_words(doc, m.start, 8)
    if before and before[-1] in ("of",) and len(before) > 1 and before[-2] in NATIONALITY_BEFORE:
        return True
    # "citizens of Cuba, Laos and Vietnam", not "the number of West African nationals Ghana has
    # received" (whose "of" comes before the noun of nationality)
    tail = before[-4:]
    # most mentions have no "of" before them: that test first spares the pass over the words
    if "of" in tail and any(w in NATIONALITY_BEFORE and "of" in tail[i + 1:]
                            for i, w in enumerate(tail)):
        return m.iso3 != deporter and True
    # "men from Cuba", "people from countries including Iran", "the others come from Laos":
    # the state right after "from" (or after "countries including") is where people come from.
    if m.iso3 != deporter and "from" in before[-4:]:
        idx = len(before) - 1 - before[::-1].index("from")
        between = before[idx + 1:]
        if all(w in LIST_FILLER or w in REGION_WORDS or w in REGION_ADJECTIVES for w in between):
            context = before[max(0, idx - 3):idx]
            if context[-1:] and context[-1] in EXPELLED_FROM:
                return False  # "600 migrants expelled from southern Libya": the sender
            if any(w in NATIONALITY_BEFORE_FROM for w in context) or \
                    any(w in COME_VERBS for w in context) and not a_thing_comes_from(context) \
                    or _share_of_a_group(context):
                return True
            # "asylum seekers from Syria" are Syrians; "asylum seekers from Britain" were sent
            # by a state known to deport
            return bool(context) and context[-1] in SEEKERS and m.iso3 not in deporting_states()
    return False


COME_VERBS = word_class("come_verbs")
# "the request came from Washington", "the starkest accounts come from Malabo": a thing the
# text has from a state, not people who come from it
SOURCED_THINGS = word_class("sourced_things")


def a_thing_comes_from(before: list[str]) -> bool:
    """Whether the words before a "from" end on a thing and a verb of coming ("the request came
    from Washington", "the starkest accounts come from Malabo"): not people who come from it."""
    return len(before) >= 2 and before[-1] in COME_VERBS and before[-2] in SOURCED_THINGS


# Verbs whose agent ("by X") is the state that wants to send people: it asks, or it ends its
# own scheme.
BY_THE_SENDER = word_class("by_the_sender")
SELF_MOVE_REACH = 8


def moved_on_to(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"Many moved on within weeks, some to South Sudan, others towards Libya": where people
    went by themselves after arriving is no receiving state, unless a removal verb stands
    between ("moved on … and were deported to X")."""
    for cue in view.cue_values("SELF_MOVE"):
        if is_visit(doc, cue.start):
            continue  # "an Austrian delegation travelled to Kampala": a visit, no move of people
        if cue.end <= m.start and m.start - cue.end <= SELF_MOVE_REACH and not any(
                cue.end <= c.start < m.start for c in view.cue_values("MOVE")):
            return True
    return False


ORIGIN_REACH = 4


# "on a scheduled flight from Guam", "a bus from Tashkent": where the vehicle came from
VEHICLES = word_class("deportation_vehicles")


def moved_from(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"were flown from Christmas Island to Nauru": the state people were moved from, with the
    destination named after it, is where they came from, not a receiver; so is where a flight
    came from, wherever the sentence names the destination ("landed at Palau International
    Airport on a scheduled flight from Guam")."""
    before = _prev_words(doc, m.start, 2)
    if before[-1:] != ["from"]:
        return False
    if before[0] in VEHICLES:
        return True
    moved = any(0 <= m.start - 1 - c.end <= ORIGIN_REACH for c in view.cue_values("MOVE"))
    words = lower_words(doc)
    return moved and any(o.start > m.end and o.iso3 != m.iso3 and
                         words[o.start - 1:o.start] in (["to"], ["into"]) for o in view.mentions)


HELD_WORDS = word_class("held_words")


def held_before_moving(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"Four refugees who had been held on Nauru were flown to Phnom Penh": where people were
    held before the movement the sentence reports is where they came from."""
    before = _prev_words(doc, m.start, 3)
    if not (len(before) >= 2 and before[-1] in ("on", "in", "at") and before[-2] in HELD_WORDS):
        return False
    words = lower_words(doc)
    return any(c.start > m.end and words[c.end:c.end + 1] == ["to"] and
               any(o.start > c.end and o.iso3 != m.iso3 for o in view.mentions)
               for c in view.cue_values("MOVE"))


def hypothetical_actor(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"Western countries including Canada, Germany and Italy would have resettled them": the
    subject of a counterfactual did nothing."""
    counterfactuals = view.cue_values("COUNTERFACTUAL")
    if not counterfactuals:
        return False  # most sentences: no need for the tokens of their mentions
    listed = {i for other in view.mentions for i in range(other.start, other.end)}
    for cue in counterfactuals:
        if cue.start >= m.end and all(i in listed or doc[i].lower_ in (",", "and", "or")
                                      for i in range(m.end, cue.start)):
            return True
    return False


# "a base in Djibouti": the words between a base and the state it is in; "to Juba": beyond it
BASE_LINKS = word_class("transit_base_links")
TOWARD_WORDS = word_class("transit_toward_words")


def in_transit(doc: Doc, view: SentenceView, m: Mention) -> bool:
    """"a military base in Djibouti", "the flight was halted in Djibouti", "after a stop in the
    Azores": a place on the way, not where people are sent; nor is where officials meet
    ("arriving in Luxembourg", "at a summit in Rome")."""
    words = _prev_words(doc, m.start, 6)
    if any(c.end <= m.start and m.start - c.end <= 2 and
           not any(w in TOWARD_WORDS for w in words[len(words) - (m.start - c.end):])
           for cat in ("TRANSIT", "VENUE") for c in view.cue_values(cat)):
        return True  # "a base in Djibouti", not "a base in Djibouti to Juba"
    before = " ".join(words)
    # the base right before the state ("a military base in Djibouti"), not one that an earlier
    # phrase of the sentence names ("held at a base in Djibouti were flown to South Sudan")
    base = max((i for i, w in enumerate(words) if w == "base"), default=None)
    return base is not None and all(w in BASE_LINKS for w in words[base + 1:]) or \
        "held in" in before and "halted" in before


@lru_cache(maxsize=1)
def deporting_states() -> frozenset[str]:
    """States known to seek third-country transfers (the tie-breaker of the module docstring)."""
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "deporting_states.json").read_text("utf-8"))
    return frozenset(data["states"])


def list_joined(doc: Doc, a: Mention, b: Mention) -> bool:
    """True when only commas, "and", "or" stand between two mentions ("Cuba, Laos and Vietnam")."""
    between = lower_words(doc)[a.end:b.start]
    return len(between) <= 3 and all(w in (",", "and", "or", "&", "the") for w in between)


COURT_WORDS = word_class("court_words_with_ranks")


HYPHENS = ("-", "–")


def _second_of_a_pair(doc: Doc, m: Mention) -> bool:
    """"the UK-France returns pilot", "the US–Rwanda deal": the state after the hyphen of a
    pair of states is the sender's partner, and the word after it a noun, not its verb."""
    if m.start < 2 or lower_words(doc)[m.start - 1] not in HYPHENS:
        return False
    return any(other.end == m.start - 1 for other in doc.user_data.get(MENTIONS_KEY, ()))


def _court_of(doc: Doc, m: Mention) -> bool:
    """"the UK Supreme Court", "Britain's Court of Appeal": a state named for its court."""
    return m.label == "NAME" and _names_a_court(doc, m)


def _names_a_court(doc: Doc, m: Mention) -> bool:
    """"Italian courts", "Britain's Supreme Court": the state of a court, not a receiver."""
    after = _next_words(doc, m.end, 2)
    if after[:1] in (["'s"], ["’s"]):
        after = after[1:]
    return bool(after) and after[0] in COURT_WORDS


EDGE_NOUNS = word_class("edge_nouns")
NEAR_WORDS = word_class("near_words")


def _near_its_edge(doc: Doc, m: Mention) -> bool:
    """"held at a former labour camp near the Panamanian border", "a camp close to the Panama
    border": a neighbour's edge that places a site, not where people were sent."""
    after = _next_words(doc, m.end, 1)
    if not after or after[0] not in EDGE_NOUNS:
        return False
    before = _prev_words(doc, m.start, 3)
    if before[-1:] == ["the"]:
        before = before[:-1]
    return bool(before) and (before[-1] in NEAR_WORDS or before[-2:] == ["close", "to"])


def negated_demonym(doc: Doc, m: Mention) -> bool:
    """"non-Liberians", "non-Mexican deportees": anyone but that state's nationals."""
    if m.label != "DEMONYM":
        return False
    before = _prev_words(doc, m.start, 2)
    return before[-1:] == ["non"] or before == ["non", "-"]


def _only_receiver(receivers: list[Mention], sender: str | None) -> bool:
    """Whether ``sender`` is the one state the clause sends people to: "The French deal has
    steadied … More than 600 people have now been sent back to France" - the paragraph named
    France as a deal's owner, but here it is where people go, so the sender is another."""
    return sender is not None and all(r.iso3 == sender for r in receivers)


def _sender_not_its_destination(doc: Doc, view: SentenceView, mentions: list[Mention],
                                deporter: str | None) -> str | None:
    """"The Home Office said 42 people had been sent back to France", in a story whose sender
    so far was France: people moved to a state (``moved_to``) are not sent by it, and the one
    other government the sentence names (a ministry, a capital's officials) is the sender
    instead."""
    if deporter is None or not any(m.iso3 == deporter and m.label != "GOV" and
                                   _sent_to(doc, m) for m in mentions):
        return deporter
    governments = {m.iso3 for m in view.mentions if m.label == "GOV" and m.iso3 != deporter}
    return governments.pop() if len(governments) == 1 else deporter


def clause_roles(doc: Doc, view: SentenceView, clause: Clause, default_deporter: str | None,
                 *, whole_sentence: bool = False) -> Roles:
    """Deporting state, receiving candidates and nationalities named in ``clause``."""
    mentions = view.mentions if whole_sentence else clause.mentions
    deporter = default_deporter
    _, signals = _sentence_signals(doc, view)
    in_clause = [(s, m) for s, m in signals if s >= 3 and m in mentions]
    local = in_clause or [(s, m) for s, m in signals if s >= 3]
    listed: list[Mention] = []
    if not in_clause and (local or not _named_beyond_speakers(doc, view, default_deporter)):
        # The document's sender is not in this sentence, or another clause names its own: a
        # state known to deport that the clause names is the sender here ("Italy has floated
        # with Tunisia…", "Vienna was in talks with one country outside Europe"; "…; and the
        # United Kingdom ended its Rwanda partnership"; "Denmark has been in talks with Kosovo,
        # …, and the United Kingdom is in discussions with several Balkan states"), not a
        # receiver of the document's sender nor of another clause's.
        destinations_of_the_story = doc.user_data.get(DESTINATIONS_KEY, frozenset())
        listed = [m for m in mentions if m.iso3 in deporting_states() and
                  m.iso3 not in destinations_of_the_story and
                  not is_nationality(doc, m, None) and not _speaking_demonym(doc, m) and
                  _acts_in_its_words(doc, m, SENT_INTO)]
    if listed:
        deporter = listed[0].iso3
    elif local:
        # the strongest; of equals, the nearest to the clause ("the British scheme was
        # scrapped, while Rwanda agreed to take people deported from the US, and received …")
        deporter = max(local, key=lambda sm: (sm[0], -abs(sm[1].start - clause.start)))[1].iso3
    deporter = _sender_not_its_destination(doc, view, mentions, deporter)
    receivers: list[Mention] = []
    nationalities: list[str] = []
    previous: Mention | None = None
    previous_was_nationality = False
    for m in mentions:
        if negated_demonym(doc, m):
            continue  # "non-Mexican deportees" are anyone but Mexicans
        nationality = is_nationality(doc, m, deporter) or (
            previous_was_nationality and previous is not None and list_joined(doc, previous, m))
        previous, previous_was_nationality = m, nationality
        if m.iso3 == deporter:
            continue
        if nationality:
            if m.iso3 not in nationalities:
                nationalities.append(m.iso3)
            continue
        if m.label == "GOV" or _near_its_edge(doc, m):
            continue
        if in_transit(doc, view, m) or _names_a_court(doc, m) or moved_on_to(doc, view, m) or \
                hypothetical_actor(doc, view, m) or held_before_moving(doc, view, m) or \
                moved_from(doc, view, m):
            continue
        if all(r.iso3 != m.iso3 for r in receivers):
            receivers.append(m)
    if deporter == default_deporter and not local and receivers and \
            deporter not in {m.iso3 for m in view.mentions}:
        # The receivers' usual partner when this paragraph names it ("… Italy's protocol with
        # Albania"), else the sender the paragraph named before, else the receivers' partner.
        paragraph = doc.user_data.get(PARAGRAPH_SENDERS_KEY, {}).get(view.start)
        partner = _partner_of(doc, receivers, deporter)
        own = doc.user_data.get(OWN_SENDER_KEY, {}).get(view.start)
        if own is not None:
            # "In 2020, when Priti Patel was home secretary, officials … sounded out Moldova":
            # the sender the sentence itself names, in a story whose main sender is another
            deporter = own
        elif paragraph and not (partner and partner in paragraph.named) and \
                not _only_receiver(receivers, paragraph.sender):
            deporter = paragraph.sender
        elif not _only_receiver(receivers, partner):
            deporter = partner or deporter
        if deporter != default_deporter:
            receivers = [r for r in receivers if r.iso3 != deporter]
    elif deporter == default_deporter and not local and not mentions:
        deporter = _sentence_sender(doc, view, deporter)
    return Roles(deporter, receivers, nationalities)


# "one German official", "Danish diplomats", "Italian sources": people who speak about a deal.
SPEAKER_HEADS = word_class("unnamed_heads")


def _speaker_demonym(doc: Doc, m: Mention) -> bool:
    """Whether a demonym only says whose people speak ("is described by one German official as
    the first thing anyone has put on paper", "German diplomats followed it closely"): the
    state is then no party to the clause's deal, whose sender the clause may name itself ("the
    letter of intent that the Netherlands signed with Uganda")."""
    return m.label == "DEMONYM" and any(w in SPEAKER_HEADS for w in _next_words(doc, m.end, 1))


# "Swedish diplomats say", "according to German sources", "described by one German official"
SPEAKING_LINKS = word_class("source_intro")


def _speaking_demonym(doc: Doc, m: Mention) -> bool:
    """A speaker's demonym that the words around show speaking ("Swedish diplomats say the
    Netherlands has agreed with Uganda", "according to German sources, Austria has signed"),
    which is no sender even in a clause that names one; "Danish officials spent 2022 in talks
    with Kigali" act themselves."""
    if not _speaker_demonym(doc, m):
        return False
    return any(w in SPEAKING_LINKS for w in _next_words(doc, m.end + 1, 1)) or \
        not {"by", "to"}.isdisjoint(_prev_words(doc, m.start, 2))


def _named_beyond_speakers(doc: Doc, view: SentenceView, iso3: str | None) -> bool:
    """Whether the sentence names ``iso3`` other than as the nationality of its speakers (the
    speaker test only for the mentions of that state, not for all of them)."""
    return any(m.iso3 == iso3 and not _speaker_demonym(doc, m) for m in view.mentions)


def _sentence_sender(doc: Doc, view: SentenceView, deporter: str | None) -> str | None:
    """The sender a clause naming no state shares with its sentence: in "Britain was going to
    send asylum seekers there, until the Labour government scrapped that plan" the plan is
    Britain's, whoever the story's sender is."""
    return doc.user_data.get(OWN_SENDER_KEY, {}).get(view.start) or deporter
