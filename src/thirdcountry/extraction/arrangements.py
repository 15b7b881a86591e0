"""Arrangement facts: a deporting state, a receiving state and the stage their deal reached."""

from __future__ import annotations

import re

from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.roles import clause_roles, deporting_states
from thirdcountry.extraction.sentence_view import Mention, SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.stage import clause_stage
from thirdcountry.facts.schema import Arrangement, Terms

# Explicit names of a kind outrank words that only suggest it ("asylum seekers").
KIND_STRENGTH = {"safe third country": 5, "safe third countries": 5,
                 "asylum cooperative agreement": 5, "asylum cooperative agreements": 5}
KIND_DEFAULT_STRENGTH = {"detention": 3, "safe_third_country": 2, "third_country_removal": 1}
GROUP_REFERENCE = re.compile(
    r"\b(?:the|all|both|these|those)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:governments|countries|nations|states|agreements|deals|accords|pacts|leaders)\b",
    re.IGNORECASE)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "both": 2}
TOPIC_STAGES = {"agreed", "suspended", "ended", "implemented", "close", "negotiating"}
# "… had received an approach from London but had rejected it": the clause's own pronoun
# object is the request just reported.
REFERRING_OBJECTS = {"it", "the request", "the proposal", "the offer", "the idea", "the plan"}


def kind_of(views: list[SentenceView], receiver: str) -> str:
    """The strongest kind cue in the sentences that name ``receiver`` (or the given ones)."""
    best, strength = "third_country_removal", 0
    for view in views:
        for cue in view.cue_values("KIND"):
            s = KIND_STRENGTH.get(cue.text.lower(), KIND_DEFAULT_STRENGTH[cue.kb_id_])
            if s > strength:
                best, strength = cue.kb_id_, s
    return best


def _group_receivers(ctx: DocumentContext, index: int, view: SentenceView) -> list[Mention]:
    """"the five governments" → the five states listed in the sentence before."""
    match = GROUP_REFERENCE.search(view.text)
    if not match:
        return []
    word = match.group(1).lower()
    n = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    for prev in reversed(ctx.views[max(0, index - 5):index + 1]):
        states = []
        for m in prev.mentions:
            if m.iso3 != ctx.deporter and m.label in ("NAME", "CAPITAL", "EPITHET") and \
                    all(s.iso3 != m.iso3 for s in states):
                states.append(m)
        if len(states) == n:
            return states
    return []


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


def _refuses(view: SentenceView, clause, receiver: str, cue_start: int) -> bool:
    """A refusal is the receiving state's: it is named before the refusing verb, not a court."""
    if clause.has("COURT"):
        return False
    return any(m.iso3 == receiver and m.start < cue_start and cue_start - m.end <= 15
               for m in view.mentions) or any(m.label == "GOV" and m.start < cue_start
                                              for m in view.mentions if m.iso3 == receiver)


ELLIPSIS_OPENERS = {"and", "or", "as", "along", "plus", "together"}


def _elided_stage(ctx: DocumentContext, clause, previous):
    """"… with Paraguay, and with Honduras and Uganda": a verbless coordinated clause shares
    the stage of the clause before it."""
    if previous is None or not clause.mentions or clause.has("MOVE"):
        return None
    first = ctx.doc[clause.start]
    if first.lower_ not in ELLIPSIS_OPENERS and first.text != ",":
        return None
    return previous


QUESTION_WORDS = {"when", "whether", "how", "if", "why"}
NEGATED_KNOWLEDGE = {"no", "not", "never", "without"}


AGENT_WORDS = {"administration", "government", "officials", "ministers", "minister", "authorities",
               "diplomats", "envoys", "washington", "ministry", "department"}
PASSIVE = {"been", "was", "were", "is", "are", "being", "be"}


def _verb_has_parties(ctx: DocumentContext, view: SentenceView, clause, found,
                      deporter: str | None) -> bool:
    """A request needs a requester or a requested state ("the U.S. has asked Libya", "Angola
    had been sounded out"), not people asking for asylum; hosting or using needs the deal or the
    deporting state in the sentence ("has hosted an Australian-funded centre"), not a country's
    own refugees."""
    cue = found.cue
    words = lower_words(ctx.doc)
    if found.stage == "approached" and cue.label_ == "STAGE":
        if words[cue.end:cue.end + 1] == ["for"]:
            return False  # "ask for asylum"
        if words[cue.start - 1:cue.start] and words[cue.start - 1] in PASSIVE:
            # "Angola had been sounded out" (a state asked), not "a client was asked whether …"
            return any(m.end <= cue.start and m.iso3 != deporter for m in clause.mentions)
        before = [m for m in clause.mentions if m.end <= cue.start]
        after = [m for m in clause.mentions if 0 <= m.start - cue.end <= 4]
        agents = set(words[clause.start:cue.start]) & AGENT_WORDS
        return bool(any(m.iso3 == deporter for m in before) or after or agents)
    if found.stage == "implemented" and cue.label_ == "STAGE":
        return view.has("ARRANGEMENT_NOUN") or any(m.iso3 == deporter for m in view.mentions)
    return True


def _refers_back(ctx: DocumentContext, found) -> bool:
    words = lower_words(ctx.doc)[found.cue.end:found.cue.end + 2]
    return bool(words) and (words[0] in REFERRING_OBJECTS or " ".join(words) in REFERRING_OBJECTS)


def _presses_others(clause, receiver: str, found) -> bool:
    """"Sweden, Denmark and Austria are pressing the EU to …": states known to deport, named
    as the ones pressing, are not the ones asked."""
    return receiver in deporting_states() and any(
        m.iso3 == receiver and m.end <= found.cue.start for m in clause.mentions)


def _speaking_leader(clause, deporter: str | None, found) -> list[Mention]:
    """"Bukele agreed to hold deportees": a leader or body acting for the receiving state, as
    the subject of the stage verb, names that state."""
    return [m for m in clause.mentions
            if m.label == "GOV" and m.iso3 != deporter and m.end <= found.cue.start][:1]


def _first_arrivals_expected(ctx: DocumentContext, clause, found) -> bool:
    """"The first group could land before the summer": the deal just discussed is expected to
    be used (rule 10), though the sentence names no state."""
    if found.cue.label_ != "ARRIVAL_FUTURE":
        return False
    words = lower_words(ctx.doc)[clause.start:found.cue.start]
    return "first" in words


def _indirect_or_negated(ctx: DocumentContext, clause, found) -> bool:
    """"It gave no indication … when the first transfers could take place": not an expectation."""
    words = lower_words(ctx.doc)[clause.start:found.cue.start]
    return any(w in QUESTION_WORDS for w in words) or any(w in NEGATED_KNOWLEDGE for w in words)


def _about_transfers(ctx: DocumentContext, index: int, clause, stage: str) -> bool:
    """The clause or its sentence speaks of migration or a deal; for talks and requests, which
    news often reports in a follow-up sentence, the sentence before may."""
    if clause.has("KIND") or clause.has("PEOPLE") and stage in ("agreed", "declined"):
        return True  # "agreed to accept West African nationals"
    first = index - 1 if stage in ("approached", "negotiating", "close") else index
    for view in ctx.views[max(0, first):index + 1]:
        if view.has("MIGRATION") or view.has("ARRANGEMENT_NOUN"):
            return True
    return False


def build_arrangements(ctx: DocumentContext) -> list[Arrangement]:
    """Every arrangement stage the document reports, one per clause and receiving state."""
    facts: list[Arrangement] = []
    topic: list[tuple[str, str]] = []  # (deporter, receiver) pairs of the latest fact
    for index, view in enumerate(ctx.views):
        if not (view.has("STAGE") or view.has("ARRIVAL_FUTURE") or view.has("ARRANGEMENT_NOUN")):
            continue
        previous = None
        for clause in view.clauses:
            found = clause_stage(clause) or _elided_stage(ctx, clause, previous)
            previous = found
            if found is None:
                continue
            if clause.has("NOT_MIGRATION_DEAL") or view.has("NOT_MIGRATION_DEAL"):
                continue
            roles = clause_roles(ctx.doc, view, clause, ctx.deporter)
            receivers = roles.receivers or _speaking_leader(clause, roles.deporting, found) or \
                _group_receivers(ctx, index, view)
            pairs = [(roles.deporting, r.iso3) for r in receivers if roles.deporting]
            from_topic = False
            if not pairs and all(m.iso3 == roles.deporting for m in clause.mentions) and (
                    found.stage in TOPIC_STAGES and clause.has("ARRANGEMENT_NOUN")
                    or _first_arrivals_expected(ctx, clause, found)):
                pairs, from_topic = list(topic), True
            if not pairs and found.stage == "declined" and _refers_back(ctx, found):
                pairs, from_topic = list(topic), True
            if found.cue.label_ == "ARRIVAL_FUTURE" and _indirect_or_negated(ctx, clause, found):
                continue
            if found.stage == "declined":
                pairs = [p for p in pairs if _refuses(view, clause, p[1], found.cue.start)]
            if found.stage == "approached":
                pairs = [p for p in pairs if not _presses_others(clause, p[1], found)]
            if not from_topic and not _verb_has_parties(ctx, view, clause, found, roles.deporting):
                continue
            if not pairs:
                continue
            if not from_topic and not _about_transfers(ctx, index, clause, found.stage):
                continue
            cert = certainty_of(view, found.cue.start, found.cue.end)
            date = ctx.date_near(view, found.cue.start, clause)
            terms = _terms(ctx, view, found.stage, roles.nationalities)
            for deporter, receiver in pairs:
                facts.append(Arrangement(
                    deporting_country=deporter, receiving_country=receiver,
                    kind=kind_of([view], receiver), stage=found.stage, date=date,
                    terms=terms if terms.to_dict() else None,
                    certainty=cert.level, attributed_to=cert.attributed_to,
                    evidence=ctx.evidence(view),
                    rule=f"arrangement.{found.stage}:{found.cue.text.lower()}"
                         + (f"+{cert.cue}" if cert.cue else "")))
            topic = pairs
    return facts
