"""Arrangement facts: a deporting state, a receiving state and the stage their deal reached."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.announcements import announced_deal, may_announce
from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext, home_cues
from thirdcountry.extraction.cue_readings import may_promise
from thirdcountry.extraction.generic_counterparts import names_generic_counterpart
from thirdcountry.extraction.named_candidates import may_be_named
from thirdcountry.extraction.other_deals import refuses_another_deal
from thirdcountry.extraction.other_powers import bars_under_another_power
from thirdcountry.extraction.payments import PAYEE_LABEL
from thirdcountry.extraction.refusals import LABEL as REFUSAL_LABEL
from thirdcountry.extraction.refusals import (
    answers_back,
    may_refuse,
    may_reject,
    others_answer,
    refusal_without_a_verb,
    refuses_something_else,
    rejects_the_request,
)
from thirdcountry.extraction.requests_back import LABEL as REQUEST_BACK_LABEL
from thirdcountry.extraction.requests_back import (
    addressees,
    asks_back,
    may_ask_back,
    request_told_back,
)
from thirdcountry.extraction.roles import (
    DEAL_NOUNS,
    Roles,
    clause_roles,
    deporting_states,
    is_nationality,
    moved_on_to,
    moved_to,
    negated_demonym,
    refused_site_sender,
)
from thirdcountry.extraction.senders_sites import states_hosting_senders_sites
from thirdcountry.extraction.sentence_view import Mention, SentenceView
from thirdcountry.extraction.sentences import lower_words, tokens_text
from thirdcountry.extraction.signings import leader_as_agent, without_later_ratifications
from thirdcountry.extraction.stage import (
    PAY_WORDS,
    StageCue,
    clause_stages,
    negated_deal,
    paid_to_take,
    part_of_a_split_clause,
    passive_of_a_pronoun,
    talks_halted,
)
from thirdcountry.extraction.unasserted import asserts_nothing
from thirdcountry.extraction.visits import may_visit
from thirdcountry.extraction.weighed_requests import weighs_a_request
from thirdcountry.extraction.words import contains_phrase, word_class
from thirdcountry.facts.schema import Arrangement, Terms

# Explicit names of a kind outrank words that only suggest it ("asylum seekers").
KIND_STRENGTH = {"safe third country": 5, "safe third countries": 5,
                 "asylum cooperative agreement": 5, "asylum cooperative agreements": 5,
                 "return hub": 4, "return hubs": 4, "rejected asylum seekers": 4,
                 **dict.fromkeys(("detention", "prison", "prisons", "jail", "jails"), 0.5),
                 **dict.fromkeys(("asylum seekers", "asylum seeker", "asylum applicants",
                                  "asylum claims"), 0.75),
                 # claims decided in the receiving state: what makes it a safe third country
                 # (FACTS.md), stronger than the failed claimants or return hubs told beside it
                 **dict.fromkeys(("claims decided", "claims would be decided", "claims heard",
                                  "have their claims processed", "claims processed there",
                                  "claim asylum there", "apply for asylum there",
                                  "seek asylum there"), 4.5)}
KIND_DEFAULT_STRENGTH = {"detention": 3, "safe_third_country": 2, "third_country_removal": 1}
# A known scheme's kind beats "deportees", "asylum seekers" or "prison" (at most 1), not a kind
# the text names ("safe third country", "asylum cooperative agreement", "return hubs": 2 and up).
KNOWN_SCHEME_STRENGTH = 1.5
GROUP_REFERENCE = re.compile(
    r"\b(?:(?:the|all|both|these|those)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)|"
    r"(both))\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:governments|countries|nations|states|agreements|deals|accords|pacts|leaders|partners)\b|"
    r"\ball\s+(two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:of|years|months|weeks|days))|"
    # "Costa Rica and Panama moved first. Both agreed in February": "both" as the subject
    r"^\W*(both)\s+(?!(?:the|of)\b)(?-i:[a-z])",
    re.IGNORECASE)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "both": 2}
TOPIC_STAGES = {"agreed", "suspended", "ended", "implemented", "close", "negotiating"}
# "… had received an approach from London but had rejected it": the clause's own pronoun
# object is the request just reported.
REFERRING_OBJECTS = word_class("referring_objects")


def kind_of(views: list[SentenceView], receiver: str, deporter: str | None = None) -> str:
    """The strongest kind cue in the given sentences. A cue inside a longer one of another kind
    ("asylum seekers" in "rejected asylum seekers") or negated ("is not a safe third country
    agreement") does not count, and detention counts only in a sentence naming the receiver:
    "held at a detention centre in Georgia" is the sender's own detention. A cue in a clause
    about other states only is theirs ("Asylum cooperative agreements were signed with A and
    B; C agreed to take deportees"). A well-known scheme's kind (``known_schemes.json``:
    "the Rwanda plan was scrapped", "Uganda agreed to take deportees") outranks words that only
    suggest a kind, not a kind the text names."""
    kind, strength = _kind_and_strength(views, receiver, deporter)
    if strength < KNOWN_SCHEME_STRENGTH and deporter is not None:
        return known_scheme_kinds().get(f"{deporter}-{receiver}", kind)
    return kind


@lru_cache(maxsize=1)
def known_scheme_kinds() -> dict[str, str]:
    """The kind of each well-known scheme, by "DEPORTER-RECEIVER" (``known_schemes.json``)."""
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "known_schemes.json").read_text("utf-8"))
    return {pair: scheme["kind"] for pair, scheme in data["schemes"].items()}


def like_the_deal_before(ctx: DocumentContext, facts: list[Arrangement]) -> None:
    """"talks with Washington on a similar arrangement are under way": a deal like the one just
    reported, by the same sender, is of its kind, when the sentence names no kind of its own."""
    ordered = sorted(facts, key=lambda f: f.evidence.start)
    for i, fact in enumerate(ordered):
        before = next((f for f in reversed(ordered[:i])
                       if f.deporting_country == fact.deporting_country), None)
        if before is None:
            continue
        view = ctx.view_at(fact.evidence.start)
        if view is None or not any(_like_the_deal(ctx, c) for c in view.clauses):
            continue
        if _kind_and_strength([view], fact.receiving_country, fact.deporting_country)[1] == 0:
            fact.kind = before.kind


def _kind_and_strength(views: list[SentenceView], receiver: str,
                       deporter: str | None) -> tuple[str, int]:
    best, strength = "third_country_removal", 0
    for view in views:
        cues = view.cue_values("KIND")
        names_receiver = any(m.iso3 == receiver for m in view.mentions)
        # a sentence without a kind cue counts only for a site of the sender's on the
        # receiver's soil, which needs the receiver named
        if not names_receiver and (not cues or _about_another_receiver(view, deporter) and
                                   not any(_refers_to_a_kind(v) for v in views)):
            continue
        for cue in cues:
            if _inside_longer(cue, cues) or _negated_kind(cue) or \
                    names_receiver and _in_a_clause_about_others(view, cue, receiver, deporter) \
                    or _deal_with_another(view, cue, receiver, deporter):
                continue
            kind = cue.kb_id_
            if kind == "detention" and (not names_receiver or _senders_own(view, cue, deporter)):
                continue
            phrase = cue.text.lower()  # once: a Span builds its text token by token
            s = KIND_STRENGTH.get(phrase, KIND_DEFAULT_STRENGTH[kind])
            if kind == "safe_third_country" and _claims_refused(cue, phrase):
                kind, s = "third_country_removal", KIND_STRENGTH["rejected asylum seekers"]
            elif kind == "safe_third_country" and _people_the_deal_sends(cue, phrase):
                s = KIND_DEFAULT_STRENGTH[kind]
            if s > strength:
                best, strength = kind, s
        if names_receiver and strength < KIND_DEFAULT_STRENGTH["detention"] and \
                _senders_site(view, deporter):
            best, strength = "detention", KIND_DEFAULT_STRENGTH["detention"]
    return best, strength


SITES = word_class("site_nouns")
SITE_OWNER_REACH = 4


def _senders_site(view: SentenceView, deporter: str | None) -> bool:
    """"two Italian-run migrant centres", "Italy's centre at Gjader", "the centres that Italy
    runs in Albania", "Italy sent 40 migrants to its centres in Albania": a site the sender runs
    on the receiver's soil holds people for it."""
    words = lower_words(view.doc)
    if SITES.isdisjoint(words[view.start:view.end]):
        return False  # one set test before the walk over the words
    for i in range(view.start, view.end):
        if words[i] not in SITES:
            continue
        if any(m.iso3 == deporter and m.label != "GOV" and 0 <= i - m.end <= SITE_OWNER_REACH
               for m in view.mentions):
            return True  # not "an ICE staging facility", the sender's own
        if "its" in words[i - 2:i] and view.mentions and view.mentions[0].iso3 == deporter and \
                view.mentions[0].label != "GOV":
            return True  # "Italy sent 40 migrants to its centres in Albania"
        after = words[i + 1:i + 1 + SITE_OWNER_REACH]
        if any(m.iso3 == deporter and 0 < m.start - i <= SITE_OWNER_REACH for m in view.mentions) \
                and ("runs" in after or "run" in after or "operates" in after):
            return True
    return False


PARTY_REACH = 2


REFUSED_CLAIMS = word_class("refused_claims")
CLAIM_HEADS = word_class("claim_heads")


def _claims_refused(cue, phrase: str) -> bool:
    """"people whose asylum claims have been refused", "asylum seekers who failed": people to be
    returned, as "rejected asylum seekers" are, not people to seek protection there (``phrase``
    is the cue's lower-case text)."""
    if phrase not in CLAIM_HEADS:
        return False
    following = lower_words(cue.doc)[cue.end:cue.end + 4]
    return any(w in REFUSED_CLAIMS for w in following)


SENDING_OR_TAKING = word_class("sending_or_taking")
OBJECT_REACH = 3


def _people_the_deal_sends(cue, phrase: str) -> bool:
    """"a plan to send asylum seekers to Rwanda", "to take in asylum seekers who crossed the
    Channel": asylum seekers as the people the deal moves name its kind, as a passing mention
    ("rights groups point to the treatment of asylum seekers") does not."""
    if phrase not in CLAIM_HEADS:
        return False
    before = lower_words(cue.doc)[max(0, cue.start - OBJECT_REACH):cue.start]
    return any(w in SENDING_OR_TAKING for w in before if w != "in") or \
        before[-2:] in (["take", "in"], ["taking", "in"], ["took", "in"])


def _refers_to_a_kind(view: SentenceView) -> bool:
    """"has never signed such an agreement", "a similar deal": the kind is the one just told."""
    words = lower_words(view.doc)
    return any(words[n.start - 1:n.start] and words[n.start - 1] in SIMILAR or
               words[n.start - 2:n.start - 1] and words[n.start - 2] in SIMILAR
               for n in view.cue_values("ARRANGEMENT_NOUN"))


def _about_another_receiver(view: SentenceView, deporter: str | None) -> bool:
    """"Aug. 14: Paraguay signs a safe third country agreement" before the line on Uganda, "Britain
    is in talks about return hubs" before the line on Italy's deal: a sentence that names
    another state and not the receiver tells that state's kind."""
    return any(m.iso3 != deporter and m.label != "DEMONYM" for m in view.mentions)


def _deal_with_another(view: SentenceView, cue, receiver: str, deporter: str | None) -> bool:
    """"Rwanda, whose asylum partnership with the United Kingdom was scrapped": a kind named
    with its parties is theirs, not the kind of the receiver's deal with another sender."""
    if lower_words(cue.doc)[cue.end:cue.end + 1] != ["with"]:
        return False
    parties = [m for m in view.mentions if 0 <= m.start - cue.end <= PARTY_REACH + 4]
    return bool(parties) and parties[0].start - cue.end <= PARTY_REACH and \
        all(m.iso3 not in (receiver, deporter) for m in parties)


def _senders_own(view: SentenceView, cue, deporter: str | None) -> bool:
    """"freed from Australian immigration detention": the sender's own detention system, not
    the receiver's ("Australia's detention centre on Manus Island" is an arrangement's)."""
    words = lower_words(cue.doc)
    return any(m.iso3 == deporter and words[m.end:cue.start] == ["immigration"]
               for m in view.mentions)


def _in_a_clause_about_others(view: SentenceView, cue, receiver: str,
                              deporter: str | None) -> bool:
    clause = next((c for c in view.clauses if c.start <= cue.start < c.end), None)
    if clause is None:
        return False
    named = {m.iso3 for m in clause.mentions}
    return receiver not in named and bool(named - {deporter})


def _inside_longer(cue, cues) -> bool:
    return any(o is not cue and o.start <= cue.start and cue.end <= o.end and len(o) > len(cue)
               for o in cues)


def _negated_kind(cue) -> bool:
    return not KIND_NEGATORS.isdisjoint(lower_words(cue.doc)[max(0, cue.start - 3):cue.start])


KIND_NEGATORS = word_class("negators_not_never_no")


def _listed_states(ctx: DocumentContext, view: SentenceView) -> list[Mention]:
    """The states a sentence names, once each, without those people merely moved on to."""
    states: list[Mention] = []
    for m in view.mentions:
        if m.label in ("NAME", "CAPITAL", "EPITHET") and not moved_on_to(ctx.doc, view, m) and \
                all(s.iso3 != m.iso3 for s in states):
            states.append(m)
    return states


def _group_receivers(ctx: DocumentContext, index: int, view: SentenceView,
                     deporter: str | None, facts: list[Arrangement]) -> list[Mention]:
    """"the five governments" → the five states listed in the sentences before; "both
    countries", "between the two governments" → the pair itself when one of the two is the
    deporting state; failing a list, the receivers of the facts reported so far."""
    match = GROUP_REFERENCE.search(view.text)
    if not match:
        return []
    word = next(g for g in match.groups() if g).lower()
    n = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    before = list(reversed(ctx.views[max(0, index - 5):index + 1]))
    listed = [[m for m in _listed_states(ctx, prev) if m.iso3 != deporter] for prev in before]
    receivers = next((r for r in listed if len(r) == n), None)
    if receivers:
        return receivers
    # "Costa Rica was not alone. … flown to Panama City …\n\nBoth governments had agreed":
    # the states the paragraph before names, one or two to a sentence
    paragraph = _paragraph_before(ctx, view)
    receivers = list({m.iso3: m for v in paragraph for m in _listed_states(ctx, v)
                      if m.iso3 != deporter and not is_nationality(ctx.doc, m, deporter)}
                     .values())
    if n and len(receivers) == n:
        return receivers
    for prev, receivers in zip(before, listed, strict=True):
        if len(_listed_states(ctx, prev)) == n and len(receivers) == n - 1 > 0:
            return receivers  # "both countries": the sender and the one receiver
    earlier = list(dict.fromkeys(f.receiving_country for f in facts
                                 if f.deporting_country == deporter))
    # "The Dutch letter of intent with Uganda … Five months on, the two governments are still
    # negotiating": the sender and the one partner of the facts so far
    if len(earlier) == n or n == 2 and len(earlier) == 1:
        return [Mention(iso3, "NAME", view.start, view.end, match.group(0)) for iso3 in earlier]
    return []


def _pair_of_the_two(group: list[Mention]) -> list[tuple[str, str]]:
    """"THE HAGUE - Dutch and Ugandan officials are close to finalising an agreement … The two
    governments signed a letter of intent": two states, one of them known to send people, are
    that sender and its partner, whoever the story's main sender is."""
    senders = [m.iso3 for m in group if m.iso3 in deporting_states()]
    if len(group) != 2 or len(senders) != 1:
        return []
    return [(senders[0], m.iso3) for m in group if m.iso3 != senders[0]]


def _listed_beside(view: SentenceView, group: list[Mention]) -> bool:
    """Whether the states a group word stands for are all named in its own sentence."""
    return bool(group) and all(any(v.iso3 == m.iso3 and v.start == m.start
                                   for v in view.mentions) for m in group)


def _paragraph_before(ctx: DocumentContext, view: SentenceView) -> list[SentenceView]:
    """The paragraph before the one of ``view``, or its own sentences before it when it is
    not the first of its paragraph."""
    own = ctx.paragraph_of(view)
    if own[0] is not view:
        return own[:own.index(view)]
    index = ctx.index_of(view)
    return ctx.paragraph_of(ctx.views[index - 1]) if index else []


def _terms(ctx: DocumentContext, view: SentenceView, stage: str, nationalities: list[str]) -> Terms:
    terms = Terms()
    if stage == "agreed":
        for c in ctx.counts_in(view):
            if c.value and c.qualifier in ("up_to", "about") and c.head and c.head not in (
                    "flights", "countries", "years", "months", "days", "weeks"):
                terms.capacity = c.value
                break
    if stage in ("agreed", "implemented"):
        for m in ctx.money_in(view):
            terms.payment_amount, terms.payment_currency = m.amount, m.currency
            break
    if stage in ("declined", "approached"):
        terms.nationalities = nationalities
    return terms


def _refuses(ctx: DocumentContext, view: SentenceView, clause, receiver: str,
             cue_start: int, cue_end: int | None = None) -> bool:
    """A refusal is the receiving state's: it is named before the refusing verb, or a pronoun
    standing for it is ("Rwanda's government said that it … would not accept"), or it is the
    agent of a passive ("the proposal was rejected by Albanian ministers"), not a court."""
    if clause.has("COURT"):
        return False
    named = [m for m in view.mentions if m.iso3 == receiver and m.start < cue_start]
    if any(cue_start - m.end <= 15 or m.label == "GOV" for m in named):
        return True
    words = lower_words(ctx.doc)
    if cue_end is not None and any(
            m.iso3 == receiver and cue_end <= m.start <= cue_end + PASSIVE_AGENT_REACH and
            "by" in words[cue_end:m.start] for m in clause.mentions):
        return True
    if named and _relative_between(words[named[0].end:cue_start]):
        return True  # "Zambia, which had been sounded out by Washington in June, turned it down"
    return bool(named) and _refers_to_a_state(words[named[-1].end:cue_start])


PASSIVE_AGENT_REACH = 3  # "by the Albanian government", "by officials in Tirana"


def _relative_between(words: list[str]) -> bool:
    """", which had been asked in June about hosting deportees, ": a relative clause on the
    subject, closed by a comma, is all that stands between the state and its verb."""
    return len(words) >= 3 and words[0] == "," and words[1] in ("which", "whose") and \
        words[-1] == "," and words[1:-1].count(",") == 0


ELLIPSIS_OPENERS = word_class("ellipsis_openers")


def _elided_stage(ctx: DocumentContext, clause, previous):
    """"… with Paraguay, and with Honduras and Uganda": a verbless coordinated clause shares
    the stage of the clause before it."""
    if previous is None or not clause.mentions or clause.has("MOVE"):
        return None
    first = lower_words(ctx.doc)[clause.start]
    if first not in ELLIPSIS_OPENERS and first != ",":
        return None
    return previous


QUESTION_WORDS = word_class("question_words_how_if_when_whether_why")
NEGATED_KNOWLEDGE = word_class("negated_knowledge")


AGENT_WORDS = word_class("agent_words")
PASSIVE = word_class("be_forms")
ADVERBS = word_class("clause_adverbs")
# "Benin and Angola were all asked", "were each approached": a quantifier floated off the subject
FLOATED = word_class("floating_quantifiers")


def _verb_has_parties(ctx: DocumentContext, view: SentenceView, clause, found,
                      deporter: str | None) -> bool:
    """A request needs a requester or a requested state ("the U.S. has asked Libya", "Angola
    had been sounded out"), not people asking for asylum; hosting or using needs the deal or the
    deporting state in the sentence ("has hosted an Australian-funded centre"), not a country's
    own refugees."""
    cue = found.cue
    words = lower_words(ctx.doc)
    if found.stage == "approached" and cue.label_ == "STAGE":
        if words[cue.end:cue.end + 1] == ["for"] and not _for_a_deal(clause, cue.end):
            return False  # "ask for asylum"
        before_cue = [w for w in words[max(clause.start, cue.start - 3):cue.start]
                      if w not in ADVERBS and w not in FLOATED]
        cue_words = cue.text.lower().split()
        verb = next((w for w in cue_words if w not in PASSIVE), cue_words[-1])
        if (before_cue and before_cue[-1] in PASSIVE or PASSIVE & set(cue_words[:-1])) and \
                not verb.endswith("ing"):
            # "Angola had been sounded out" (a state asked), not "a client was asked whether …";
            # "Washington is pressing Palau", "is leaning on Honduras" are no passives
            return _state_asked_last(clause, cue, deporter)
        before = [m for m in clause.mentions if m.end <= cue.start]
        after = [m for m in clause.mentions if 0 <= m.start - cue.end <= 4 and
                 not _a_firms_nationality(words, m)]
        if after and after[0].iso3 == deporter and cue_words[-1] not in REQUESTER_WORDS and \
                all(w == "the" for w in words[cue.end:after[0].start]):
            # "Honduras asked the United States for more aid": the sender asked; "a request
            # from the Americans" names the sender as the one asking
            return False
        agents = set(words[clause.start:cue.start]) & AGENT_WORDS
        return bool(any(m.iso3 == deporter for m in before) or after or agents or
                    weighs_a_request(cue, clause.start, clause.end, clause.mentions, deporter) or
                    _shared_subject(ctx, view, clause, cue, deporter) or
                    _including_after(ctx, clause, cue))
    if found.stage == "implemented" and cue.label_ == "STAGE":
        return view.has("ARRANGEMENT_NOUN") or any(m.iso3 == deporter for m in view.mentions)
    return True


FOR_DEAL_REACH = 8  # "for a safe-third-country agreement" (hyphens are tokens)


def _for_a_deal(clause, for_at: int) -> bool:
    """"received a formal U.S. proposal for a safe-third-country agreement": what is asked for
    is a deal, not asylum or aid."""
    return any(0 < n.start - for_at <= FOR_DEAL_REACH
               for n in clause.cue_values("ARRANGEMENT_NOUN"))


def _state_asked_last(clause, cue, deporter: str | None) -> bool:
    """The subject of a passive request is a state named before it, and no people are named
    between ("Angola had been sounded out", "Kosovo, which hosts deportees, was asked"; not
    "people received under the arrangement are offered housing")."""
    words = lower_words(cue.doc)
    states = [m.end for m in clause.mentions if m.end <= cue.start and m.iso3 != deporter]
    people = [c.end for c in clause.cue_values("PEOPLE")
              if c.end <= cue.start and "," not in words[c.end:cue.start]]
    return bool(states) and (not people or max(states) >= max(people))


NOT_STATE_NOUNS = word_class("not_state_nouns")
REQUESTER_WORDS = word_class("requester_prepositions")


def _a_firms_nationality(words: list[str], m: Mention) -> bool:
    """"an offer from a Chinese firm": a demonym for a company or group, not the state."""
    return m.label == "DEMONYM" and words[m.end:m.end + 1] != [] and \
        words[m.end] in NOT_STATE_NOUNS


def _shared_subject(ctx: DocumentContext, view: SentenceView, clause, cue,
                    deporter: str | None) -> bool:
    """"The Trump administration has reached agreements with … and has approached …": a
    coordinated verb shares the subject of the clause before it."""
    return lower_words(ctx.doc)[clause.start] in ("and", "but") and any(
        m.iso3 == deporter and m.end <= clause.start for m in view.mentions)


INCLUDING_REACH = 8


def _including_after(ctx: DocumentContext, clause, cue) -> bool:
    """"has approached several African nations, including Libya and Rwanda": the states asked,
    listed after the group they belong to."""
    words = lower_words(ctx.doc)
    return any(0 <= m.start - cue.end <= INCLUDING_REACH and "including" in words[cue.end:m.start]
               for m in clause.mentions)


def _refers_back(ctx: DocumentContext, found) -> bool:
    words = lower_words(ctx.doc)[found.cue.end:found.cue.end + 2]
    return bool(words) and (words[0] in REFERRING_OBJECTS or " ".join(words) in REFERRING_OBJECTS)


def _presses_others(clause, receiver: str, found) -> bool:
    """"Sweden, Denmark and Austria are pressing the EU to …": states known to deport, named
    as the ones pressing, are not the ones asked."""
    return receiver in deporting_states() and any(
        m.iso3 == receiver and m.end <= found.cue.start for m in clause.mentions)


PAYEE_REACH = 3


def _paid_government(ctx: DocumentContext, clause, deporter: str | None,
                     found) -> list[Mention]:
    """"agreed to pay the Bukele government about $6 million to hold the Venezuelans": the
    government paid to take people is the receiving state's."""
    if found.stage != "agreed":
        return []
    words = lower_words(ctx.doc)
    return [m for m in clause.mentions if m.label == "GOV" and m.iso3 != deporter and
            not PAY_WORDS.isdisjoint(words[max(clause.start, m.start - PAYEE_REACH):m.start])][:1]


def _speaking_leader(clause, deporter: str | None, found) -> list[Mention]:
    """"Bukele agreed to hold deportees": a leader or body acting for the receiving state, as
    the subject of the stage verb, names that state."""
    before = [m for m in clause.mentions
              if m.label == "GOV" and m.iso3 != deporter and m.end <= found.cue.start][:1]
    return before or leader_as_agent(clause, deporter, found)


def _first_arrivals_expected(ctx: DocumentContext, clause, found) -> bool:
    """"The first group could land before the summer", "Transfers are expected to begin in
    March": the deal just discussed is expected to be used (rule 10), though the sentence names
    no state."""
    if found.cue.label_ != "ARRIVAL_FUTURE":
        return False
    words = lower_words(ctx.doc)[clause.start:found.cue.end]  # "We expect the first …"
    # "Arrivals … are expected to begin in early 2026": the movements are the subject
    return "first" in words or any(n.end <= found.cue.start
                                   for n in clause.cue_values("TRANSFER_NOUN"))


def _indirect_or_negated(ctx: DocumentContext, clause, found) -> bool:
    """"It gave no indication … when the first transfers could take place": not an expectation."""
    words = lower_words(ctx.doc)[clause.start:found.cue.start]
    return any(w in QUESTION_WORDS and not _opens_a_condition(words, i)
               for i, w in enumerate(words)) or any(w in NEGATED_KNOWLEDGE for w in words)


CONDITION_OPENERS = word_class("condition_openers")
CLAUSE_BREAKS = {".", ":", ";", "—", "–", "-", '"', "“", "‘", "(", "\n"}


def _opens_a_condition(words: list[str], i: int) -> bool:
    """"If everything goes to plan, the first people could be transferred in the summer",
    "When the site is ready, the first group could arrive": a condition at the head of the
    sentence, closed by a comma before the expectation, is no question about whether or when
    ("asked if the first transfers could begin", "would not say when")."""
    if words[i] not in CONDITION_OPENERS or "," not in words[i + 1:]:
        return False
    return i == 0 or words[i - 1] in CLAUSE_BREAKS or words[i - 1] in ("but", "and", "so")


SIMILAR = word_class("likeness_words")
REQUEST_OR_DEAL = word_class("request_or_deal")


def _like_the_deal(ctx: DocumentContext, clause) -> bool:
    """"turned down a similar U.S. request", "a comparable arrangement": a request or deal like
    the one the story is about."""
    words = lower_words(ctx.doc)[clause.start:clause.end]
    if SIMILAR.isdisjoint(words):
        return False  # one set test before the walk over the word triples
    return any(a in SIMILAR and (b in REQUEST_OR_DEAL or c in REQUEST_OR_DEAL)
               for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False))


RECEIVING_WORDS = word_class("receiving_words")


def _to_receive_people(ctx: DocumentContext, clause, cue_end: int) -> bool:
    """"floated the idea of hosting a hub for people rejected in Italy", "asked to take in
    those refused", "agreed to receive Venezuelans", "centres which opened last year have held
    a few dozen people": what is asked, agreed or done is to receive people (a nationality
    names people)."""
    words = lower_words(ctx.doc)
    # the stage verb may itself receive ("would take in non-Guatemalans")
    from_ = next((i for i in range(max(clause.start, cue_end - 2), cue_end)
                  if words[i] in RECEIVING_WORDS), cue_end)
    receiving = [i for i in range(from_, clause.end) if words[i] in RECEIVING_WORDS]
    return bool(receiving) and (
        any(p.start > receiving[0] for p in clause.cue_values("PEOPLE")) or
        any(m.label == "DEMONYM" and 0 < m.start - receiving[0] <= 2 and
            is_nationality(ctx.doc, m, None) for m in clause.mentions) or
        # "to accept a limited number of non-Liberians": people of other states
        any(m.start > receiving[0] and negated_demonym(ctx.doc, m) for m in clause.mentions))


def _takes_people_in(ctx: DocumentContext, view: SentenceView) -> bool:
    """"would not accept Venezuelan deportees, arguing that Washington was using tariffs to
    apply pressure", "in talks about a security pact that could include receiving deportees":
    trade or security leverage told beside taking people in leaves the sentence about them."""
    return any(_to_receive_people(ctx, clause, clause.start) for clause in view.clauses)


# What a refusal that continues the sentence before may govern: nothing ("has refused."), a
# pronoun, the request or the deal itself ("would not host a centre"), not another object ("an
# invitation").
REFUSED_OBJECTS = word_class("refused_objects")


def _refuses_the_request(ctx: DocumentContext, clause, cue_end: int) -> bool:
    cue_words = lower_words(ctx.doc)[max(clause.start, cue_end - 4):cue_end]
    if "down" in cue_words and REQUEST_OR_DEAL & set(cue_words):
        return True  # "had turned the request down flat": the object inside the cue
    named = {i for m in clause.mentions for i in range(m.start, m.end)}  # "a British request"
    words = [w for i, w in enumerate(lower_words(ctx.doc)[cue_end:clause.end], cue_end)
             if i not in named][:2]
    return all(w in REFUSED_OBJECTS or w in REQUEST_OR_DEAL for w in words)


# "Nigeria suspended flights to Ghana over a visa dispute": bare flights may be airlines'.
AIRLINE_FLIGHTS = word_class("airline_flights")


def _flights_of_the_deal(ctx: DocumentContext, clause, cue_end: int) -> bool:
    """Bare "flights" are the deal's when the sender is named with them ("Washington halted
    flights to Juba") or the receiver is the one receiving them ("will not receive further
    flights")."""
    words = lower_words(ctx.doc)
    return any(m.iso3 == ctx.deporter for m in clause.mentions) or \
        bool(RECEIVING_WORDS & set(words[max(clause.start, cue_end - 3):cue_end]))


def _told_sentence(view: SentenceView) -> bool:
    """A sentence of the story, not a live blog's timestamp line or a speaker's label
    ("CORRESPONDENT:")."""
    return any(ch.isalpha() for ch in view.text) and not view.text.strip(" :").isupper()


def _about_transfers(ctx: DocumentContext, index: int, clause, stage: str,
                     cue_end: int, payment: bool = False) -> bool:
    """The clause or its sentence speaks of migration or a deal; for talks, requests and
    refusals, which news often reports in a follow-up sentence ("Nigeria, by contrast, has
    refused."), the sentence before may."""
    if clause.has("KIND") or clause.has("PEOPLE") and stage in ("agreed", "declined"):
        return True  # "agreed to accept West African nationals"
    if _like_the_deal(ctx, clause) or _to_receive_people(ctx, clause, cue_end):
        return True
    if stage in ("agreed", "declined") and _receives_them(ctx, index, clause, cue_end):
        return True
    if stage in ("suspended", "ended", "implemented") and any(
            n.text.lower() not in AIRLINE_FLIGHTS or _flights_of_the_deal(ctx, clause, cue_end)
            for n in clause.cue_values("TRANSFER_NOUN")):
        return True  # "will not receive further flights", "arrivals are expected to begin"
    if stage == "implemented" and clause.has("PEOPLE") and clause.has("MOVE"):
        return True  # "The island nation received its first three people in October"
    # a payment to a state ("Malabo was promised $7.5 million") names no people: the story
    # told just before says what the money is for, as it does for talks and requests
    follow_up = stage in ("approached", "negotiating", "close") or payment or \
        stage == "declined" and _refuses_the_request(ctx, clause, cue_end) or \
        stage in ("agreed", "declined") and _bare_answer(ctx, clause, cue_end) or \
        stage == "agreed" and _takes_up_the_request(ctx, clause, cue_end)
    # talks and requests often come paragraphs into a story about the deals: two sentences back
    # (a timestamp line of a live blog is no sentence)
    # a refusal of "the request" refers to requests told earlier, as talks and requests do
    back = (2 if stage in ("approached", "negotiating", "close", "declined") or payment
            else 1) \
        if follow_up else 0
    for view in reversed(ctx.views[:index + 1]):
        if view.has("MIGRATION") or view.has("ARRANGEMENT_NOUN"):
            return True
        if _told_sentence(view):
            back -= 1
            if back < 0:
                break
    # "Washington approached Equatorial Guinea in March. The small state agreed in May to take
    # deportees": a request told first, what it asked for in the very next sentence
    return stage == "approached" and index + 1 < len(ctx.views) and \
        ctx.views[index + 1].has("MIGRATION") and ctx.views[index + 1].has("STAGE")


THEM_REACH = 5


def _receives_them(ctx: DocumentContext, index: int, clause, cue_end: int) -> bool:
    """"The Pacific island nation has agreed to accept up to 75 of them", "Liberia agreed to
    take some of them": what is received is a pronoun for the people the sentence before
    named."""
    if index == 0 or not ctx.views[index - 1].has("PEOPLE"):
        return False
    words = lower_words(ctx.doc)
    receiving = next((i for i in range(max(clause.start, cue_end - 2), clause.end)
                      if words[i] in RECEIVING_WORDS), None)
    # "had accepted them": a past taking-in of people already there tells their arrival
    return receiving is not None and words[receiving - 1] in TO_OR_FUTURE and \
        "them" in words[receiving + 1:receiving + 1 + THEM_REACH]


TO_OR_FUTURE = word_class("infinitive_or_future_markers")


BARE_ANSWER_REACH = 4
REQUEST_OPENERS = word_class("request_object_openers")
NAMING_AFTER = word_class("naming_after")


def _takes_up_the_request(ctx: DocumentContext, clause, cue_end: int) -> bool:
    """"Kampala has since accepted the request.", "It accepted the offer last year.", "approved
    a request from Washington": the object is the request or deal the sentence before told."""
    named = {i for m in clause.mentions for i in range(m.start, m.end)}  # "a US request"
    words = [w for i, w in enumerate(lower_words(ctx.doc)[cue_end:clause.end], cue_end)
             if i not in named][:4]
    at = 0
    while at < len(words) - 1 and words[at] in REQUEST_OPENERS:
        at += 1
    return 0 < at < len(words) and words[at] in REQUEST_OR_DEAL and \
        words[at + 1:at + 2] not in ([w] for w in NAMING_AFTER)  # "the offer of aid"




def _bare_answer(ctx: DocumentContext, clause, cue_end: int) -> bool:
    """"The kingdom agreed in June.", "It has so far refused.": a verb with no object answers
    the request the sentence before told."""
    after = lower_words(ctx.doc)[cue_end:clause.end]
    return len(after) <= BARE_ANSWER_REACH and not OBJECT_OPENERS.intersection(after)


# "to" opens what is agreed, a determiner an object of its own ("rejected the idea"), "?" a
# question: none is a bare answer
OBJECT_OPENERS = word_class("bare_answer_stops")


def _eu_party(clause, found: StageCue) -> bool:
    """"the European Union continues to disburse funds under its memorandum with Tunisia": the
    EU's own deals are no state's arrangement, unless a sender is named before it."""
    eu = [c for c in clause.cue_values("EU_ACTOR") if c.start < found.cue.start]
    return bool(eu) and not any(m.start < eu[0].start and m.iso3 in deporting_states()
                                for m in clause.mentions)


def _deal_with_an_organisation(ctx: DocumentContext, clause) -> bool:
    """"A deal with the UN refugee agency", "an agreement with the EU": not a state's."""
    words = lower_words(ctx.doc)
    nouns = clause.cue_values("ARRANGEMENT_NOUN")
    for body in clause.cue_values("INTERNATIONAL_BODY"):
        with_at = [i for i in (body.start - 1, body.start - 2) if words[i] == "with"]
        if with_at and any(0 <= with_at[0] - n.end <= 1 for n in nouns):
            return True
    return False


def _unnamed_counterpart(view: SentenceView, deporter: str | None,
                         found: StageCue | None = None) -> bool:
    """"turned down approaches from more than one European partner", "one country outside
    Europe": the other party is not named, and a sender the sentence does not name is a guess.
    Unnamed states in a reason told after the stage (", saying it would rather work with other
    EU states") are not its party."""
    partners = view.cue_values("UNNAMED_PARTNER")
    if found is not None:
        words = lower_words(found.cue.doc)
        partners = [c for c in partners if not _after_an_attribution(words, found.cue.end,
                                                                     c.start)]
    return bool(partners) and all(m.iso3 != deporter for m in view.mentions)


ATTRIBUTION_OPENERS = word_class("attribution_openers")


def _reason_start(ctx: DocumentContext, found: StageCue, clause) -> int:
    """Where a reason told after the stage (", saying it would rather …") begins, else the
    clause's end."""
    words = lower_words(ctx.doc)
    return next((i for i in range(found.cue.end, clause.end - 1)
                 if words[i] == "," and words[i + 1] in ATTRIBUTION_OPENERS), clause.end)


def _after_an_attribution(words: list[str], stage_end: int, start: int) -> bool:
    """", saying it would rather …" between the stage and the words at ``start``."""
    return any(words[i] == "," and words[i + 1] in ATTRIBUTION_OPENERS
               for i in range(stage_end, start - 1))


def _under_a_demand(ctx: DocumentContext, index: int) -> bool:
    """"The Monitor calls on: - the authorities to halt expulsions;": the items of a list
    introduced by a demand are what someone asks for, not events."""
    for prev in reversed(ctx.views[max(0, index - 8):index]):
        text = prev.text.strip()
        if text.endswith(":"):
            return prev.has("INTENT")
        if not text.startswith(LIST_MARKERS):
            return False
    return False


LIST_MARKERS = ("-", "•", "*", "–", "·")
# Words that stand for a state already named: "it has been receiving people", "the country
# would accept", "his government had rejected".
REFERRING_WORDS = word_class("referring_words")
REFERRING_NOUNS = word_class("referring_nouns")
REFERRING_OWNERS = word_class("the_and_possessive_determiners")
REFERRING_NOUNS_AFTER_THE = REFERRING_NOUNS - {"cabinet", "government", "state"}


def _refers_to_a_state(words: list[str]) -> bool:
    """"it", "his country", "its government", "his cabinet", "the country" (not "the
    government" or "the cabinet", which are as often the sender's)."""
    return any(w in REFERRING_WORDS for w in words) or any(
        a in REFERRING_OWNERS and b in (REFERRING_NOUNS_AFTER_THE if a == "the" else
                                        REFERRING_NOUNS)
        for a, b in zip(words, words[1:], strict=False))


SUBJECT_REACH = 6
CLAUSE_OPENERS = word_class("clause_openers")


def _pronoun_subject(ctx: DocumentContext, clause, found: StageCue) -> bool:
    """A pronoun or "the country" just before the stage verb ("it has been receiving", "the
    country would accept"), or "its" just after it ("the first transfers under its accord")."""
    words = lower_words(ctx.doc)
    before = words[max(clause.start, found.cue.start - SUBJECT_REACH):found.cue.start]
    opening = words[clause.start:min(found.cue.start, clause.start + 4)]  # "but said it …"
    after = words[found.cue.end:min(clause.end, found.cue.end + 3)]
    return _refers_to_a_state(before) or "its" in after or \
        bool(opening) and opening[0] in CLAUSE_OPENERS and "it" in opening


# "sounded out the government", "approached the Interior Ministry", "talks with the
# authorities": a body of the state the story is set in, asked or talked to.
HOST_BODIES = word_class("host_bodies")
HOST_BODY_FILLER = word_class("host_body_filler")
HOST_BODY_REACH = 4


def _host_body(ctx: DocumentContext, view: SentenceView, clause, found: StageCue,
               deporter: str | None) -> str | None:
    """The state an unnamed body asked or talked to stands for: the one state (not a sender)
    that its paragraph names ("Nairobi … a Kenyan weekly reported that American officials had
    approached the Interior Ministry"), else the state the story is set in."""
    if found.stage not in ("approached", "negotiating") or clause.mentions and any(
            found.cue.end <= m.start for m in clause.mentions):
        return None
    words = lower_words(ctx.doc)[found.cue.end:min(clause.end, found.cue.end + HOST_BODY_REACH)]
    body = next((i for i, w in enumerate(words) if w in HOST_BODIES), None)
    if body is None or not all(w in HOST_BODY_FILLER for w in words[:body]):
        return None
    named = {m.iso3 for v in ctx.paragraph_of(view) for m in v.mentions
             if m.iso3 != deporter and m.iso3 not in deporting_states() and
             not is_nationality(ctx.doc, m, deporter)}
    if len(named) == 1:
        return named.pop()
    return ctx.host_state if not named else None


# "There are discussions with the Netherlands", "we are in talks with Denmark", "the minister
# said discussions with Washington were continuing": the state the story is set in speaking of
# its own talks.
HOST_VOICE = word_class("first_person_and_there")


def _host_speaking(ctx: DocumentContext, clause, found: StageCue,
                   deporter: str | None) -> str | None:
    if found.stage not in ("approached", "negotiating") or not clause.mentions or \
            any(m.iso3 != deporter for m in clause.mentions):
        return None
    host = ctx.host_state  # read last: the first read counts every state the story names
    if host in (None, deporter):
        return None
    words = lower_words(ctx.doc)
    counterpart = clause.mentions[0]
    return host if "with" in words[counterpart.start - 2:counterpart.start] and (
        HOST_VOICE & set(words[clause.start:found.cue.start]) or
        _official_speaking(clause, found)) else None


def _official_speaking(clause, found: StageCue) -> bool:
    """"the minister said working-level discussions with Washington were continuing": an
    official of the story's state, unnamed by any other state, tells of its talks with the
    sender."""
    return any(c.end <= found.cue.start for c in clause.cue_values("OFFICIAL_SOURCE")) and \
        any(c.end <= found.cue.start for c in clause.cue_values("REPORT_VERB"))


def _candidate_state(ctx: DocumentContext, m: Mention, deporter: str | None) -> bool:
    return m.iso3 != deporter and m.label != "DEMONYM" and \
        not is_nationality(ctx.doc, m, deporter)


# A state after a preposition is an object ("the agreement it signed with the United States"),
# not the subject a pronoun stands for.
PREPOSITIONS = [[w] for w in ("with", "to", "from", "by", "between", "and", "into", "for", "of")]


def _antecedent(ctx: DocumentContext, index: int, view: SentenceView, clause,
                found: StageCue, deporter: str | None) -> list[Mention]:
    """The state a pronoun or "the country" stands for: the subject (first state named) of its
    sentence, else of the nearest sentence before that names one. A subject that is the sender
    ("Austria's chancellor said his country would not accept …") gives no receiver."""
    if not _pronoun_subject(ctx, clause, found):
        return []
    if any(negated_deal(c) for c in view.clauses if c.end <= clause.start):
        return []  # "has never signed such an agreement, though it continues to take in …"
    before = [m for m in view.mentions if m.end <= found.cue.start]
    for mentions in [before] + [v.mentions for v in reversed(ctx.views[max(0, index - 2):index])]:
        states = [m for m in mentions if m.label != "DEMONYM" and
                  not is_nationality(ctx.doc, m, deporter) and
                  lower_words(ctx.doc)[m.start - 1:m.start] not in PREPOSITIONS]
        if states:
            subject = states[0]
            if subject.iso3 == deporter or subject.iso3 in deporting_states():
                return _the_one_asked(states, mentions is before, found, deporter)
            return [subject]
    return []


def _the_one_asked(states: list[Mention], own_sentence: bool, found: StageCue,
                   deporter: str | None) -> list[Mention]:
    """"Washington wants Eswatini to take deportees. The kingdom agreed in June.": the sender
    acts in the sentence before, and the one other state it names is the one that answers
    (agreed or refused); in the pronoun's own sentence the sender is who speaks."""
    if own_sentence or found.stage not in ANSWERING_STAGES:
        return []
    others = {m.iso3 for m in states if m.iso3 != deporter and m.iso3 not in deporting_states()}
    return [next(m for m in states if m.iso3 in others)] if len(others) == 1 else []


ANSWERING_STAGES = ("agreed", "declined")


# What may follow "followed" when it means "did the same": "followed suit", "followed in
# September", "followed weeks later", "followed."
FOLLOWED_BY = word_class("followed_by")
INVERTED_FOLLOWS = word_class("inverted_follow_openers")


def _follows_suit(ctx: DocumentContext, clause, facts: list[Arrangement],
                  deporter: str | None) -> tuple[StageCue, list[Mention]] | None:
    """"Honduras followed in September", "Kenya did the same": the state reached the stage the
    fact just before reports for another one."""
    if not facts:
        return None
    words = lower_words(ctx.doc)
    for cue in clause.cue_values("FOLLOWS_SUIT"):
        if words[cue.start] in INVERTED_FOLLOWS:
            # "So has Honduras.", ", as did Guatemala": the state follows the verb
            subject = [m for m in clause.mentions if m.start == cue.end and
                       _candidate_state(ctx, m, deporter)][:1]
            if subject:
                return StageCue(facts[-1].stage, cue), subject
            continue
        if words[cue.end:cue.end + 1] and words[cue.end] not in FOLLOWED_BY:
            continue  # "Honduras followed the debate closely"
        subject = [m for m in clause.mentions if 0 <= cue.start - m.end <= 1
                   and _candidate_state(ctx, m, deporter)
                   and words[m.start - 1:m.start] not in (["to"], ["into"])]
        if subject:
            return StageCue(facts[-1].stage, cue), subject
    return None


def _follows_within(ctx: DocumentContext, clause, stages: list, facts: list[Arrangement]
                    ) -> tuple[StageCue, list[Mention]] | None:
    """"Brazil rejected a US request in September, and Colombia did the same two months
    later": a state that follows suit in the clause of the stage it follows, after it."""
    if not stages or not clause.has("FOLLOWS_SUIT"):
        return None
    following = _follows_suit(ctx, clause, facts, ctx.deporter)
    if following is None or following[0].cue.start < stages[-1][0].cue.end:
        return None
    return following


TOPIC_SUBJECTS = ("ARRANGEMENT_NOUN", "TRANSFER_NOUN")


def _about_the_topic(ctx: DocumentContext, clause, found: StageCue) -> bool:
    """A clause naming no other state continues the pair before it: "the scheme was scrapped";
    "transfers were halted in March"; "the talks were paused"."""
    if found.stage in ("suspended", "ended"):
        return any(clause.has(c) for c in TOPIC_SUBJECTS) or passive_of_a_pronoun(found.cue) \
            or talks_halted(found.cue, clause) or _halts_it(ctx, found)
    return found.stage in TOPIC_STAGES and clause.has("ARRANGEMENT_NOUN") or \
        _first_arrivals_expected(ctx, clause, found)


def _halts_it(ctx: DocumentContext, found: StageCue) -> bool:
    """"but the Biden administration terminated it in 2021", "the new government scrapped it",
    "London put it on hold": the deal just told, as the pronoun object of the halt."""
    words = lower_words(ctx.doc)
    if OTHER_ANTECEDENTS & set(words[max(0, found.cue.start - 12):found.cue.start]):
        return False  # "heard a challenge to the election law and suspended it"
    return words[found.cue.end:found.cue.end + 1] in (["it"], ["them"]) or \
        words[found.cue.start - 1:found.cue.start] == ["it"] and \
        words[found.cue.start] in ("on", "off")


# Nouns a pronoun object may stand for when they come just before the halt.
OTHER_ANTECEDENTS = word_class("other_antecedents")


def _stages_of(ctx: DocumentContext, clause, previous: StageCue | None,
               facts: list[Arrangement], deporter: str | None):
    """Each (stage, states named for it) the clause reports; the states are None when the
    clause's own roles decide them."""
    found = [f for f in clause_stages(clause)
             if f.stage != "declined" or not refuses_something_else(f.cue)]
    present = clause.word_set(ctx.doc)
    rejected = rejects_the_request(ctx.doc, clause.start, clause.end) \
        if may_reject(present) else None
    if rejected is not None and (all(m.start >= rejected.end for m in clause.mentions) or
                                 not any(f.stage == "declined" for f in found)):
        # "that request had been turned down", "dismissed the idea": the refusal of the request
        # told before, whatever cue inside it the clause also read (a clause naming a state
        # keeps the refusal cue it read, with its checks that the refusal is about transfers)
        found = [f for f in found if f.stage not in ("declined", "agreed", "approached") or
                 not (rejected.start <= f.cue.start < rejected.end or
                      f.stage == "agreed")] + [StageCue("declined", rejected)]
    if not any(f.stage == "declined" for f in found):
        refusal = refusal_without_a_verb(ctx.doc, clause.start, clause.end, clause.mentions,
                                         present)
        if refusal is not None:
            # "leaning on Nigeria to take in deportees … and Abuja would not be doing so": the
            # refusal answers the request; the taking it names was only asked for.
            found = [f for f in found if f.stage != "agreed"] + [StageCue("declined", refusal)]
    told_back = request_told_back(ctx.doc, clause.start, clause.end, clause.mentions,
                                  deporter) if may_ask_back(present) else None
    if told_back is not None:
        # "The request was put to the delegations of Liberia and Senegal": the reading
        # replaces the bare request noun inside it; the states after "to" are the ones asked.
        found = [f for f in found if f.stage != "approached" or
                 not told_back.start <= f.cue.start < told_back.end]
        if not any(f.stage == "approached" for f in found):
            asked = addressees(told_back, clause.mentions, deporter)
            return [(f, None) for f in found] + \
                [(StageCue("approached", told_back), asked or None)]
    announced = announced_deal(ctx.doc, clause.start, clause.end) \
        if may_announce(present) else None
    if announced is not None and not announced[1] and \
            not any(f.stage == "agreed" for f in found):
        found = [*found, StageCue("agreed", announced[0])]  # "announced a similar accord"
    if found:
        return [(f, None) for f in found]
    if announced is not None and facts:
        # "Antigua and Barbuda announced something similar": the stage of the fact before
        subject = [m for m in clause.mentions if m.end <= announced[0].start and
                   _candidate_state(ctx, m, deporter)]
        if subject:
            return [(StageCue(facts[-1].stage, announced[0]), subject)]
    elided = _elided_stage(ctx, clause, previous)
    if elided is not None:
        return [(elided, None)]
    following = _follows_suit(ctx, clause, facts, deporter)
    return [following] if following else []


def _without_other_senders(receivers: list[Mention]) -> list[Mention]:
    """"Rwanda, whose partnership with the United Kingdom was scrapped by London, … Washington's
    partner": a state known to send is a receiver only when no other state is named."""
    others = [r for r in receivers if r.iso3 not in deporting_states()]
    return others or receivers


DEAL_WITH_REACH = 3


def _a_senders_deal(ctx: DocumentContext, m: Mention, deporter: str) -> bool:
    """"a similar arrangement with Britain": a state known to send, named as the partner of a
    deal in a story about another sender, is that deal's sender."""
    words = lower_words(ctx.doc)
    if m.iso3 not in deporting_states() or m.iso3 == deporter or \
            words[m.start - 1:m.start] != ["with"]:
        return False
    return bool(DEAL_NOUNS & set(words[max(0, m.start - 1 - DEAL_WITH_REACH):m.start - 1]))


def _other_receivers(ctx: DocumentContext, view: SentenceView, deporter: str) -> list[Mention]:
    """The states a sentence names that are neither senders nor nationalities."""
    return [m for m in view.mentions if m.iso3 != deporter and m.iso3 not in deporting_states()
            and m.label != "DEMONYM" and not is_nationality(ctx.doc, m, deporter)]


def _receivers_before(ctx: DocumentContext, index: int, deporter: str) -> list[Mention]:
    """The states the sentence before names as receivers, when no fact has set the topic."""
    if index == 0:
        return []
    view = ctx.views[index - 1]
    return clause_roles(ctx.doc, view, view.clauses[0], deporter, whole_sentence=True).receivers


def _pairs(ctx: DocumentContext, index: int, view: SentenceView, clause, found: StageCue,
           roles, named: list[Mention] | None, facts: list[Arrangement],
           topic: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str]:
    """The (deporter, receiver) pairs of a stage and where the receivers came from: ``named``
    in the clause, a state that ``follows`` the one before, a ``pronoun`` or ``group`` word
    standing for states named before, or the ``topic`` pair of the fact before."""
    deporter = roles.deporting
    site_sender = refused_site_sender(ctx.doc, clause, found.cue.start) \
        if found.stage == "declined" else None
    if site_sender:
        # "Rama said the Italian deal was a one-off and his country would not host a British
        # one": the state the refused site is for, read inside the refusal, is the sender; a
        # state that sends people itself is no receiver of it
        deporter = site_sender
        roles = Roles(deporter, [r for r in roles.receivers
                                 if r.iso3 not in deporting_states()], roles.nationalities)
    if not deporter:
        return [], "named"
    if named:
        return [(deporter, r.iso3) for r in named], "follows"
    # "had turned the request down, citing its obligations to Italy": a state named in the
    # reason after a refusal read from its parts is not the one refusing
    told_to = _reason_start(ctx, found, clause) if found.cue.label_ == REFUSAL_LABEL \
        else clause.end
    receivers = _without_other_senders([r for r in roles.receivers if r.start < told_to]) or \
        _speaking_leader(clause, deporter, found) or _paid_government(ctx, clause, deporter, found)
    others = _other_receivers(ctx, view, deporter)[:1] if receivers else []
    if others and all(_a_senders_deal(ctx, r, deporter) for r in receivers):
        # "Rwanda has agreed …, three years after a similar arrangement with Britain collapsed":
        # Britain's deal with the receiver the sentence names ("a returns deal with France"
        # naming no other state stays France's)
        return [(r.iso3, others[0].iso3) for r in receivers], "named"
    if receivers:
        senders = [deporter, *_senders_listed_with(ctx, clause, deporter)]
        return [(d, r.iso3) for d in senders for r in receivers if d != r.iso3], "named"
    group = _group_receivers(ctx, index, view, deporter, facts)
    if names_generic_counterpart(tokens_text(ctx.doc, found.cue.start,
                                                 _reason_start(ctx, found, clause))) \
            and not _listed_beside(view, group):
        # "struck deals in Africa and the Pacific": no one state's stage ("the scheme, the
        # first in Africa, was suspended" names the region before the stage, not as its party);
        # "the five West African leaders — from Liberia, …" lists the states it stands for
        return [], "named"
    if group:
        return _pair_of_the_two(group) or [(deporter, r.iso3) for r in group], "group"
    antecedent = _antecedent(ctx, index, view, clause, found, deporter)
    if antecedent:
        return [(deporter, r.iso3) for r in antecedent], "pronoun"
    host = _host_body(ctx, view, clause, found, deporter) or \
        _host_speaking(ctx, clause, found, deporter)
    if host:
        return [(deporter, host)], "host"
    asked_back = found.stage == "approached" and asks_back(found.cue)
    # "the request had been handed over by the U.S. embassy and described as an insult to the
    # Nigerien people": the state of the story may be named again beside a request told back
    if all(m.iso3 == deporter or asked_back and any(m.iso3 == r for _, r in topic)
           for m in clause.mentions if m.start < told_to) and (
            _about_the_topic(ctx, clause, found) or
            found.stage == "declined" and (_refers_back(ctx, found) or answers_back(found.cue))
            or asked_back):
        sentence = clause_roles(ctx.doc, view, clause, ctx.deporter, whole_sentence=True)
        if len(sentence.receivers) == 1 and sentence.deporting:
            # "Under a treaty signed with Denmark, Kosovo is to rent …"; "Denmark signed a
            # memorandum with Rwanda, then put the plan on hold"
            return [(sentence.deporting, sentence.receivers[0].iso3)], "topic"
        if not topic:  # "Panama received 200 deportees. … the arrangement had concluded."
            before = [(deporter, r.iso3) for r in _receivers_before(ctx, index, deporter)]
            host = ctx.host_state
            if not before and host and _deal_with_the_sender(ctx, clause, deporter):
                # "The first five men arrived … under the agreement with Washington, which
                # Cabinet approved in May", in a story set in Eswatini
                return [(deporter, host)], "topic"
            return before, "topic"
        told_before = _deal_partner_before(ctx, index, deporter)
        if told_before and all(r != told_before for _, r in topic):
            return [(deporter, told_before)], "topic"
        if any(m.start < told_to for m in clause.mentions):
            # "the British scheme was scrapped": that sender's deal
            host = ctx.host_state  # "the arrangement with the United States had concluded"
            if any(f.deporting_country == deporter and f.receiving_country == host
                   for f in facts):
                return [(deporter, host)], "topic"
            return [(deporter, r) for _, r in topic if r != deporter], "topic"
        return list(topic), "topic"
    return [], "named"


def _deal_with_the_sender(ctx: DocumentContext, clause, deporter: str) -> bool:
    """"under the agreement with Washington", "the accord with the United States": a deal the
    clause names with the sender, its other party left to the story."""
    words = lower_words(ctx.doc)
    return clause.has("ARRANGEMENT_NOUN") and any(
        m.iso3 == deporter and words[m.start - 1:m.start] == ["with"] for m in clause.mentions)


def _deal_partner_before(ctx: DocumentContext, index: int, deporter: str) -> str | None:
    """"The previous Government paid £290 million to the Government of Rwanda under the
    Partnership. This Government ended the Partnership in July 2024.": the one state the
    sentence before names beside a deal is the partner of "the deal" told next, though that
    sentence reported no stage and the fact before was about another state."""
    if index == 0 or not ctx.views[index - 1].has("ARRANGEMENT_NOUN"):
        return None
    receivers = {r.iso3 for r in _receivers_before(ctx, index, deporter)}
    return receivers.pop() if len(receivers) == 1 else None


LIST_JOINERS = word_class("list_joiners")


def _senders_listed_with(ctx: DocumentContext, clause, deporter: str) -> list[str]:
    """"Kampala has already agreed to similar arrangements with the Netherlands and the United
    States": states known to send listed right after the clause's sender share its stage."""
    words = lower_words(ctx.doc)
    found: list[str] = []
    last = next((m.end for m in clause.mentions if m.iso3 == deporter), None)
    for m in clause.mentions:
        if last is None or m.start < last:
            continue
        if not all(w in LIST_JOINERS for w in words[last:m.start]):
            break
        if m.iso3 in deporting_states() and m.iso3 != deporter and m.iso3 not in found:
            found.append(m.iso3)
        elif m.iso3 != deporter:
            break
        last = m.end
    return found


def _people_told_before(ctx: DocumentContext, index: int) -> bool:
    """"Italy has rescued thousands of migrants at sea. Albania will hold up to 3,000 of
    them.": the sentence before names the people a promise to take may count as "them"."""
    return index > 0 and ctx.views[index - 1].has("PEOPLE")


def _may_tell_a_stage(present: frozenset[str]) -> bool:
    """Whether a sentence's words hold what a refusal, a request told back, an announcement,
    a naming as candidate or a visit to ask needs (cheap gates on one set of its words)."""
    return may_refuse(present) or may_ask_back(present) or may_announce(present) or \
        may_be_named(present) or may_visit(present)


def build_arrangements(ctx: DocumentContext) -> list[Arrangement]:
    """Every arrangement stage the document reports, one per clause and receiving state."""
    facts: list[Arrangement] = []
    topic: list[tuple[str, str]] = []  # (deporter, receiver) pairs of the latest fact
    for index, view in enumerate(ctx.views):
        if not (view.has("STAGE") or view.has("ARRIVAL_FUTURE") or view.has("ARRANGEMENT_NOUN")
                or view.has("FOLLOWS_SUIT") or view.has("TRANSFER_NOUN") or view.has("PAYMENT")
                or view.has("ORDINAL") and view.has("MOVE")
                or view.has("FUTURE") and view.has("PEOPLE") and may_promise(view)
                or view.has("FUTURE") and _people_told_before(ctx, index) and may_promise(view)
                or view.has("HEDGE") and view.has("PEOPLE")  # "could receive the first migrants"
                or _may_tell_a_stage(view.word_set())):
            continue
        if view.has("NOT_MIGRATION_DEAL") and not _takes_people_in(ctx, view) or \
                _under_a_demand(ctx, index) or asserts_nothing(view):
            continue
        previous = None
        for clause in view.clauses:
            stages = _stages_of(ctx, clause, previous, facts, ctx.deporter)
            previous = stages[0][0] if stages else None
            roles = clause_roles(ctx.doc, view, clause, ctx.deporter) if stages else None
            for found, named in stages:
                pairs = _clause_pairs(ctx, index, view, clause, found, roles, named, facts, topic)
                if len(stages) > 1:
                    pairs = _pairs_of_its_part(clause, found, roles, pairs)
                pairs = [p for p in pairs if not _between_senders(ctx, p) or
                         _asked_in_person(ctx, clause, found, p)]
                if not pairs:
                    continue
                facts.extend(_facts(ctx, view, clause, found, roles, pairs))
                topic = pairs
            following = _follows_within(ctx, clause, stages, facts)
            if following:
                found, named = following
                pairs = _clause_pairs(ctx, index, view, clause, found, roles, named, facts, topic)
                facts.extend(_facts(ctx, view, clause, found, roles, pairs))
    agreed = {(f.deporting_country, f.receiving_country) for f in facts if f.stage == "agreed"}
    facts = [f for f in facts if f.stage != "implemented" or
             (f.deporting_country, f.receiving_country) in agreed or
             not onward_removal((f.deporting_country, f.receiving_country), [], facts)]
    return without_later_ratifications(facts)


SENT_TO_ANY_KEY = "thirdcountry.states_sent_to"


def _states_sent_to(ctx: DocumentContext) -> frozenset[str]:
    """The states the document names as where people are moved ("returned to France")."""
    found = ctx.doc.user_data.get(SENT_TO_ANY_KEY)
    if found is None:
        found = frozenset(m.iso3 for view in ctx.views for m in view.mentions
                          if moved_to(ctx.doc, m))
        ctx.doc.user_data[SENT_TO_ANY_KEY] = found
    return found


def _between_senders(ctx: DocumentContext, pair: tuple[str, str]) -> bool:
    """"an invitation to the group of EU states led by Denmark, Italy and the Netherlands",
    "Germany and Austria are both exploring arrangements": two states known to send people
    away are a sender and its receiver only where the document moves people to the second
    ("returned to France", "sent back to Italy")."""
    known = deporting_states()
    if pair[0] not in known or pair[1] not in known or pair[1] in _states_sent_to(ctx):
        return False
    # "a returns deal with France": the second named as the partner of a deal
    return not any(m.iso3 == pair[1] and _a_senders_deal(ctx, m, pair[0])
                   for view in ctx.views for m in view.mentions)


ASKED_OBJECT_REACH = 1  # "approached Belgium", "sounded out the Netherlands"
OWNER_REACH = 3  # "a British request", "an earlier British request"


def _asked_in_person(ctx: DocumentContext, clause, found: StageCue,
                     pair: tuple[str, str]) -> bool:
    """"Home Office officials have approached Belgium about a copycat returns deal", "Germany
    had rejected a British request for a similar arrangement": a state that sends people
    itself is asked (named right after the verb), or refuses a request the sender's name
    owns, for a deal or for taking people in ("asked Britain to share intelligence" is no
    approach); other pairs of two such states stay out (``_between_senders``)."""
    if not (clause.has("ARRANGEMENT_NOUN") or _to_receive_people(ctx, clause, found.cue.end)):
        return False
    if found.stage == "approached":
        return any(m.iso3 == pair[1] and 0 <= m.start - found.cue.end <= ASKED_OBJECT_REACH
                   for m in clause.mentions)
    if found.stage != "declined":
        return False
    words = lower_words(ctx.doc)
    return any(m.iso3 == pair[0] and 0 <= m.start - found.cue.end <= OWNER_REACH and
               words[m.end:m.end + 1] and words[m.end] in REQUEST_OR_DEAL
               for m in clause.mentions)


def _pairs_of_its_part(clause, found: StageCue, roles, pairs: list[tuple[str, str]]
                       ) -> list[tuple[str, str]]:
    """"Britain, whose Rwanda scheme was scrapped in 2024, is in talks with Albania": of a
    clause split by a relative on its subject, each part's stage goes to the receivers that
    part names (or the subject names), when it names any."""
    part = part_of_a_split_clause(clause, found.cue)
    if part is None or roles is None:
        return pairs
    subject_end, lo, hi = part
    inside = {r.iso3 for r in roles.receivers if lo < r.start < hi}
    if not inside:
        return pairs
    subject = {r.iso3 for r in roles.receivers if r.start < subject_end}
    return [p for p in pairs if p[1] in inside | subject]


def _clause_pairs(ctx: DocumentContext, index: int, view: SentenceView, clause,
                  found: StageCue, roles, named, facts, topic) -> list[tuple[str, str]]:
    """The pairs for which the clause reports ``found``, after the checks that it is about
    sending people, that the states are the parties, and that the stage is no mere wish."""
    if found.cue.label_ == "ARRIVAL_FUTURE" and _indirect_or_negated(ctx, clause, found):
        return []
    if _eu_party(clause, found) or _unnamed_counterpart(view, roles.deporting, found) or \
            _deal_with_an_organisation(ctx, clause):
        return []
    pairs, source = _pairs(ctx, index, view, clause, found, roles, named, facts, topic)
    if found.stage == "suspended" and source not in ("named", "follows") and \
            bars_under_another_power(view):
        return []  # "barred removals from his district" after ruling an invocation unlawful
    if found.stage == "declined" and source in ("named", "topic"):
        pairs = [p for p in pairs if _refuses(ctx, view, clause, p[1], found.cue.start,
                                              found.cue.end) or
                 source == "topic" and answers_back(found.cue) and
                 all(m.iso3 == p[0] for m in view.mentions) and
                 not others_answer(found.cue, clause.start)]
    if found.stage == "declined" and pairs and refuses_another_deal(ctx.doc, view.start, view.end):
        # "will not host similar centres for any other EU state": not the partner's deal
        held = {(f.deporting_country, f.receiving_country) for f in facts
                if f.stage in ("agreed", "implemented")}
        pairs = [p for p in pairs if p not in held]
    if found.stage == "approached":
        pairs = [p for p in pairs if not _presses_others(clause, p[1], found)]
    # "will accept only its own nationals", "would not be doing so", "the request had been
    # handed over by the U.S. embassy": a refusal or request read from its parts refers to the
    # deal the document told before, whatever people the clause also names
    read_back = found.cue.label_ in (REFUSAL_LABEL, REQUEST_BACK_LABEL)
    pairs = [p for p in pairs if read_back or not _own_nationals(ctx, clause, p[1]) and
             not (found.stage in ("agreed", "declined") and
                  _answers_for_own_people(ctx, index, clause, found.cue.end, p[1]))]
    if not read_back and (_sent_home(ctx, clause) or _takes_back_its_own(ctx, clause, found) or
                          _only_own_people_named(ctx, view)):
        return []
    pairs = [p for p in pairs if read_back or not _then_takes_back_its_own(ctx, view, clause, p[1])]
    if not pairs:
        return []
    if source == "group" and _first_arrivals_expected(ctx, clause, found):
        return pairs  # "Flights to the two countries are set to begin next month"
    if source not in ("topic", "follows") and not read_back and not (
            _verb_has_parties(ctx, view, clause, found, roles.deporting)
            and (_about_transfers(ctx, index, clause, _as_told(found, clause), found.cue.end,
                                  found.cue.label_ == PAYEE_LABEL)
                 or _story_of_the_sender(found, roles.deporting, facts)
                 or _elided_signing(ctx, found) and _story_of_the_sender(
                     StageCue("negotiating", found.cue), roles.deporting, facts)
                 or _nothing_else_said(ctx, index, clause, found))):
        return []
    return pairs


# Evidence that a stage between two states is about something else than sending people there
# (``_nothing_else_said``): their other business, aid or funds, an unrelated request, or the
# receiver's own nationals going home.
ELSEWHERE_WORDS = (word_class("other_state_business") | word_class("other_talk_topics") |
                   word_class("aid_received_nouns") | word_class("unrelated_requests") |
                   word_class("own_nationals_return") | word_class("court_own_nationals"))
LEANING_STAGES = ("approached", "negotiating", "close")


def _nothing_else_said(ctx: DocumentContext, index: int, clause, found: StageCue) -> bool:
    """The last admission: in a story about transfers (the topic gate passed), a stage whose
    parties the verb has is about the transfers unless the text says what else it is about:
    the states' other business ("a cocoa financing deal", "over a visa dispute"), aid or
    funds ("agreed to receive loans"), an unrelated request ("to extradite a businessman"),
    the receiver's own nationals ("to accept its citizens", "repatriated"), in the sentence
    or in the one before that a talk or request leans on. Structural reasons keep it out
    too: a question ("Why did it agree?"), an answer that leans on a request the sentence
    before told about something else ("Accra refused."), "had accepted them" (a past
    taking-in of people already there tells their arrival, not a deal) and talks told after
    a sentence about nothing at all ("The weather turned cold.")."""
    view = ctx.views[index]
    if view.text.rstrip(' "\u201d\'').endswith("?"):
        return False
    stage = _as_told(found, clause)
    cue_end = found.cue.end
    if stage in ("agreed", "declined") and (
            _bare_answer(ctx, clause, cue_end) or _refuses_the_request(ctx, clause, cue_end) or
            _takes_up_the_request(ctx, clause, cue_end) or _past_taking_in(ctx, clause, cue_end)):
        return False
    if stage == "declined" and _refuses_something_else(ctx, clause, cue_end):
        return False
    views = [view]
    if stage in LEANING_STAGES or stage == "declined" or not clause.has("PEOPLE"):
        if stage in LEANING_STAGES and _talks_lean_on_nothing(ctx, index):
            return False
        if index > 0:
            views.append(ctx.views[index - 1])
    words = lower_words(ctx.doc)
    return not any(contains_phrase(words[v.start:v.end], ELSEWHERE_WORDS) for v in views)


def _talks_lean_on_nothing(ctx: DocumentContext, index: int) -> bool:
    """"The weather in the capital turned cold. An official said talks with several
    governments continue. He named Peru as a country where discussions are under way.": talks
    that lean on talks told just before, which follow a sentence naming no state, no stage
    and no migration, are far from the story of transfers with nothing in between."""
    chain = 0
    for back in range(index - 1, -1, -1):
        before = ctx.views[back]
        if not _told_sentence(before):
            continue
        if before.has("MIGRATION") or before.has("ARRANGEMENT_NOUN"):
            return False
        if before.has("STAGE"):
            chain += 1
            continue
        return chain > 0 and not before.mentions
    return False


REFUSED_THING_DETERMINERS = word_class("refused_thing_determiners")
REFUSED_THING_REACH = 3


def _refuses_something_else(ctx: DocumentContext, clause, cue_end: int) -> bool:
    """"flatly rejected the idea", "has brushed off the criticism": a refusal whose object is
    a thing of its own that is no request or deal, with no people in the clause, answers no
    request for transfers."""
    if clause.has("PEOPLE") or clause.has("KIND"):
        return False
    named = {i for m in clause.mentions for i in range(m.start, m.end)}
    words = [w for i, w in enumerate(lower_words(ctx.doc)[cue_end:clause.end], cue_end)
             if i not in named][:REFUSED_THING_REACH + 1]
    return bool(words) and words[0] in REFUSED_THING_DETERMINERS and \
        not REQUEST_OR_DEAL.intersection(words[1:])


def _past_taking_in(ctx: DocumentContext, clause, cue_end: int) -> bool:
    """"It had accepted them out of solidarity": a receiving verb with no "to" or "will"
    before it and "them" after it tells people already taken in (``_receives_them``)."""
    words = lower_words(ctx.doc)
    receiving = next((i for i in range(max(clause.start, cue_end - 2), clause.end)
                      if words[i] in RECEIVING_WORDS), None)
    return receiving is not None and words[receiving - 1] not in TO_OR_FUTURE and \
        "them" in words[receiving + 1:receiving + 1 + THEM_REACH]


def _as_told(found: StageCue, clause) -> str:
    """"Talks with Libya have stalled": a halt of talks is told as talks are, often a sentence
    after the story says what they are about."""
    if found.stage in ("suspended", "ended") and talks_halted(found.cue, clause):
        return "negotiating"
    return found.stage


def _story_of_the_sender(found: StageCue, deporter: str | None,
                         facts: list[Arrangement]) -> bool:
    """"London has also approached Kosovo": in a story that has already reported the sender's
    deals, a further request, talk or refusal is about them too."""
    return found.stage in ("approached", "negotiating", "close", "declined") and \
        any(f.deporting_country == deporter for f in facts)


# "Palau signed up in September", "have all signed up in some form", "Paraguay signed its
# version in August": a signing whose deal is left unnamed is one of the deals the story of
# the sender is about (``_story_of_the_sender``), as a further request or refusal is.
SIGNING_HEADS = word_class("signing_heads")
SIGNING_PARTICLES = word_class("signing_particles")
OWN_VERSIONS = word_class("own_versions")
POSSESSIVES = word_class("the_and_possessive_determiners") - {"the"}


def _elided_signing(ctx: DocumentContext, found: StageCue) -> bool:
    """Whether the cue is a signing whose object is left out ("signed up", "signed on",
    "signed its own", "signed one")."""
    words = lower_words(ctx.doc)
    if found.stage != "agreed" or words[found.cue.end - 1] not in SIGNING_HEADS:
        return False
    after = words[found.cue.end:found.cue.end + 2]
    return bool(after) and (after[0] in SIGNING_PARTICLES or after[0] in OWN_VERSIONS or
                            after[0] in POSSESSIVES and after[1:] != [] and
                            after[1] in OWN_VERSIONS)


def _own_nationals(ctx: DocumentContext, clause, receiver: str) -> bool:
    """"Germany deported 81 Afghan men to Afghanistan, its second such flight", "Albanians …
    sent home under a returns agreement": the people are the receiver's own nationals (named
    by a demonym that names people, ``_names_people``; not "non-Mexican" or "who are not
    citizens of") and no people of another state are named beside them."""
    words = lower_words(ctx.doc)
    people = [m for m in clause.mentions if m.label == "DEMONYM" and
              is_nationality(ctx.doc, m, None) and _names_people(words, m)]
    if people and _names_foreigners(words[clause.start:clause.end]):
        # "agreed to take in … non-nationals removed by the United States, in exchange for
        # assurances that Antiguans would be spared new visa restrictions": foreigners taken
        return False
    if any(m.iso3 != receiver for m in people):
        # "a request to hold Venezuelan detainees …, prisons that are for Hondurans", "Uzbek
        # nationals, together with a handful of Kazakhs and Kyrgyz": people of another state
        # are named beside (or instead of) the receiver's own, so they are not only its own
        return False
    return any(m.iso3 == receiver and
               not NEGATORS & set(words[max(clause.start, m.start - DENIED_NATIONALITY_REACH):
                                        m.start]) and
               words[m.start - 1:m.start] != ["-"]
               for m in people)


DEMONYM_PEOPLE_AFTER = word_class("demonym_people_after")
FOREIGN_PEOPLE = word_class("foreign_people")


def _names_foreigners(words: list[str]) -> bool:
    """"foreigners", "non-nationals", "non-citizens", "third-country nationals": people of
    states other than the one taking them (hyphens are tokens of their own)."""
    if not FOREIGN_PEOPLE.isdisjoint(words):
        return True
    # membership tests first: few sentences have "non" or "third" at all
    return ("non" in words or "third" in words) and any(
        w == "non" and words[i + 1:i + 2] == ["-"] or
        w == "third" and words[i + 1:i + 3] == ["-", "country"]
        for i, w in enumerate(words))


def _names_people(words: list[str], m: Mention) -> bool:
    """Whether a demonym names people: a plural one ("Venezuelans", "Afghans whose removal"),
    one before a word of people ("Iraqi nationals", "South Korean workers", "Sudanese who
    were") or one that ends the phrase ("deported 300 Sudanese."). A demonym before a thing
    ("the Honduran text", "under Paraguayan law", "the Guatemalan Migration Institute",
    "a Kenyan weekly", "Rwandan opposition figures") or the nation ("the Honduran people")
    names no people sent."""
    last = words[m.end - 1]
    after = words[m.end] if m.end < len(words) else ""
    if last.endswith("s") and not last.endswith("ss"):
        return True
    if after == "people":
        return words[m.start - 1:m.start] != ["the"]
    return after in DEMONYM_PEOPLE_AFTER or not after[:1].isalpha() and after != "-"


NEGATORS = word_class("negators_with_non_none")
# "who are not Ghanaian", "none of them was an Uzbek citizen": the people are not its own.
DENIED_NATIONALITY_REACH = 6
OWN_PEOPLE = word_class("own_people_phrases")
OWN_REACH = 6


def _takes_back_its_own(ctx: DocumentContext, clause, found: StageCue) -> bool:
    """"Uzbekistan accepts the return of its own nationals": a state taking back its own people
    is no third-country deal ("deportees who are not its own nationals" would be one)."""
    words = lower_words(ctx.doc)
    cue_end = found.cue.end
    if any(0 <= c.start - cue_end <= OWN_REACH and c.text.lower() in OWN_PEOPLE and
           not NEGATORS & set(words[cue_end:c.start])
           for c in home_cues(clause)):
        return True
    # "pressed Venezuela to accept its citizens deported from the US": "its" without "own"
    # (a membership test first: most clauses have no "its" after the cue)
    end = min(clause.end - 1, cue_end + OWN_REACH)
    if "its" in words[cue_end:end] and any(
            words[i] == "its" and words[i + 1] in NATIONALS_OF and
            not NEGATORS & set(words[cue_end:i])
            for i in range(cue_end, end)):
        return True
    # "the German accord, concluded last year, also commits Uzbekistan to take back its own
    # citizens": what the deal does, told further on, is taking the state's own people back
    return "back" in words[cue_end:clause.end - 2] and any(
        words[i] == "back" and words[i + 1:i + 3] in (["its", "own"], ["their", "own"])
        and not NEGATORS & set(words[cue_end:i])
        for i in range(cue_end, clause.end - 2))


COORDINATORS = word_class("coordinators_and_or")


def _then_takes_back_its_own(ctx: DocumentContext, view: SentenceView, clause,
                             receiver: str) -> bool:
    """"The Netherlands signed an agreement with Iraq, and Baghdad promised to take back their
    own nationals": the clause coordinated after the signing, its subject the receiving state,
    tells that the deal takes the state's own people back (``_takes_back_its_own`` reads the
    signing's own clause)."""
    after = next((c for c in view.clauses if c.start >= clause.end), None)
    if after is None or not after.mentions or after.mentions[0].iso3 != receiver:
        return False
    words = lower_words(ctx.doc)
    if not COORDINATORS & set(words[clause.end:after.mentions[0].start]):
        return False
    return any(words[i] == "back" and words[i + 1:i + 3] in (["its", "own"], ["their", "own"])
               and not NEGATORS & set(words[after.start:i])
               for i in range(after.mentions[0].end, after.end - 2))


NATIONALS_OF = word_class("nationals_of")
OWN_PEOPLE_OWNERS = word_class("own_people_owners")
OWN_PEOPLE_LINKS = word_class("own_people_links")
HOMECOMING_MODIFIERS = word_class("homecoming_modifiers")
VEHICLES = word_class("deportation_vehicles")
# "who are not their own nationals", "none of them its own citizens": the owner is denied;
# "the return of those countries' own citizens": the noun the people belong to.
OWN_PEOPLE_REACH = 4


def _only_own_people_named(ctx: DocumentContext, view: SentenceView) -> bool:
    """"the partnerships Germany signed with Uzbekistan — agreements that cover the return of
    those countries' own citizens", "accepted charter flights for their own nationals, after
    years of refusing", "the repatriation flights to Caracas resumed after a pause": a sentence
    whose deal, flights or returns are "of" or "for" the states' own nationals (not denied, no
    foreigners named), or whose flights are repatriations, tells of people going home, whatever
    stage word it also has. A clause of its own about them ("; it still takes back its own
    citizens") leaves the deal in the other clause alone, and "deportees who are not its own
    nationals" are foreigners."""
    words = lower_words(ctx.doc)[view.start:view.end]
    if _names_foreigners(words):
        return False
    # set and membership tests before the walks: most sentences have neither word
    if not HOMECOMING_MODIFIERS.isdisjoint(words) and any(
            w in HOMECOMING_MODIFIERS and words[i + 1:i + 2] and words[i + 1] in VEHICLES
            for i, w in enumerate(words)):
        return True  # "the repatriation flights to Caracas resumed after a three-week pause"
    return "own" in words and any(
        w == "own" and words[i + 1:i + 2] and words[i + 1] in NATIONALS_OF and
        i > 0 and words[i - 1] in OWN_PEOPLE_OWNERS and
        OWN_PEOPLE_LINKS & set(words[max(0, i - OWN_PEOPLE_REACH):i]) and
        not NEGATORS & set(words[max(0, i - OWN_PEOPLE_REACH):i])
        for i, w in enumerate(words))


def _answers_for_own_people(ctx: DocumentContext, index: int, clause, cue_end: int,
                            receiver: str) -> bool:
    """"The US asked Ghana to take back Ghanaian deportees. Accra agreed.": an answer that names
    no people of its own answers for those the sentence before asked about, and they were the
    receiver's own."""
    if index == 0 or clause.has("PEOPLE") or clause.has("KIND") or not (
            _bare_answer(ctx, clause, cue_end) or _takes_up_the_request(ctx, clause, cue_end)):
        return False
    before = ctx.views[index - 1]
    if not before.has("STAGE"):
        return False  # an answer to no request
    words = lower_words(ctx.doc)
    return any(_own_nationals(ctx, c, receiver) for c in before.clauses) or any(
        words[i] == "its" and words[i + 1] in NATIONALS_OF and
        not NEGATORS & set(words[max(before.start, i - 3):i])
        for i in range(before.start, before.end - 1))


def _sent_home(ctx: DocumentContext, clause) -> bool:
    """"thousands have since been sent home under a returns agreement": a deal for returning a
    state's own nationals, not a third-country arrangement ("help send them home", "cannot be
    sent home" are not one)."""
    words = lower_words(ctx.doc)
    homes = home_cues(clause)
    return any(0 <= h.start - m.end <= 1 and
               PASSIVE & set(words[max(clause.start, m.start - 2):m.start]) and
               not NEGATORS & set(words[max(clause.start, m.start - 3):m.start]) and
               # "take in deportees … before they are returned home", "who are then sent
               # home": the people pass through the receiver on their way home afterwards
               not THEN_WORDS & set(words[max(clause.start, m.start - THEN_REACH):m.start])
               for m in clause.cue_values("MOVE") for h in homes)


THEN_WORDS = word_class("then_words")
THEN_REACH = 4


def _facts(ctx: DocumentContext, view: SentenceView, clause, found: StageCue, roles,
           pairs: list[tuple[str, str]]) -> list[Arrangement]:
    cert = certainty_of(view, found.cue.start, found.cue.end)
    date = ctx.date_near(view, found.cue.start, clause)
    terms = _terms(ctx, view, found.stage, roles.nationalities)
    return [Arrangement(
        deporting_country=deporter, receiving_country=receiver,
        kind=kind_of([view], receiver, deporter), stage=found.stage, date=date,
        terms=terms if terms.to_dict() else None,
        certainty="speculative" if found.cue.label_ == "ARRIVAL_FUTURE" else cert.level,
        attributed_to=cert.attributed_to, evidence=ctx.evidence(view),
        rule=f"arrangement.{found.stage}:{found.cue.text.lower()}"
             + (f"+{cert.cue}" if cert.cue else ""))
        for deporter, receiver in pairs]


# Nouns naming a deal between states; "plan", "program" and "understanding" also name much
# else ("a plan to build", "a better understanding").
DEAL_WORDS = word_class("deal_words")


def onward_removal(pair: tuple[str, str], removals: list, arrangements: list) -> bool:
    """"Two of the men sent to Ghana were driven across the border into Togo": a state that
    itself receives people from another, and is not known to run schemes of its own, sends
    them on as a removal (FACTS.md rule 4), not under a deal of its own with the next state."""
    sender = pair[0]
    if sender in deporting_states():
        return False
    return any(f.receiving_country == sender and f.deporting_country != sender
               for f in [*removals, *arrangements])


def receivers_with_a_deal(ctx: DocumentContext) -> set[str]:
    """States a clause of the document names together with a deal ("the agreement with
    Honduras", "Pristina's accord with Washington", "a pilot with France"): people sent there
    went under it (FACTS.md rule 2)."""
    found: set[str] = set()
    for view in ctx.views:
        if view.has("PAYMENT"):  # "El Salvador's government was paid to hold them"
            found.update(m.iso3 for clause in view.clauses if paid_to_take(clause)
                         for m in clause.mentions)
        if not view.has("ARRANGEMENT_NOUN"):
            continue
        negations = [c.start for c in view.cue_values("NEGATION")]
        for clause in view.clauses:
            if any(c.text.lower() in DEAL_WORDS and
                   not any(0 < c.start - n <= DEAL_NEGATION_REACH for n in negations)
                   for c in clause.cue_values("ARRANGEMENT_NOUN")):
                found.update(m.iso3 for m in clause.mentions)
    return found | states_hosting_senders_sites(ctx)


DEAL_NEGATION_REACH = 4  # "has no agreement", "never signed such an agreement", "No public deal"
