"""The stage of an arrangement a clause reports, from its cue words (FACTS.md rules 2, 3, 10).

Each clause may report one stage. Cues are read with their surroundings: a negated agreement
("has not signed", "denied having agreed") reports nothing; a request governs the verb after it
("asked Libya to take in deportees" is ``approached``, not ``agreed``); a wish ("hopes these
nations will agree") reports nothing; a hedged future arrival ("the first deportees could
arrive") is ``implemented`` at speculative certainty.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words

# When a clause has cues for several stages, the first in this order wins: endings and refusals
# are the news; "agreed" outranks the "arrived" that often follows it in the same clause.
STAGE_PRIORITY = ("ended", "suspended", "declined", "close", "agreed", "negotiating", "approached",
                  "implemented")
NEGATORS = {"not", "n't", "never", "no", "without", "neither", "nor"}
# What a verb is about when it is not the deal: "rejected such criticism", "accepted few".
NEGATING_OBJECTS = {"few", "no", "none", "claims", "claim", "allegations", "allegation", "reports",
                    "accusations", "accusation", "criticism", "criticisms", "charges",
                    "suggestion", "suggestions", "characterisation", "characterization"}
DENIERS = {"denied", "denies", "deny", "denying", "dismissed"}
SELF_NEGATING = {"declined", "suspended", "ended"}


@dataclass(frozen=True, slots=True)
class StageCue:
    stage: str
    cue: Span


def _negated(cue: Span) -> bool:
    """"has not signed", "is not part of the discussions", "denied having agreed", "accepted
    few deportees", "rejected the claim that": the cue does not report its stage."""
    words = lower_words(cue.doc)
    before = words[max(0, cue.start - 4):cue.start]
    if any(w in DENIERS for w in before) or any(w in NEGATORS for w in before):
        return True
    return _about_something_else(cue)


def _about_something_else(cue: Span) -> bool:
    """The verb's object is criticism, claims or "few" people, not the deal."""
    words = lower_words(cue.doc)
    after = [w for w in words[cue.end:cue.end + 3] if w not in ("the", "such", "these", "those")]
    return bool(after) and after[0] in NEGATING_OBJECTS


def _about_the_deal(cue: Span, clause: Clause) -> bool:
    """What is suspended or ended is the deal, its flights or transfers ("the scheme was
    scrapped", "halted the program", "ruled it unlawful"), not something else the government
    suspended ("suspended some constitutional rights")."""
    near = [c for c in clause.cues if c.label_ in ("ARRANGEMENT_NOUN", "MIGRATION")
            and (c.start < cue.start or c.start - cue.end <= 8)]
    if near:
        return True
    words = [t.lower_ for t in cue.doc[cue.start:cue.end + 1]]
    return any(w in ("it", "this", "them") for w in words)


EXPECTATION_WORDS = {"first", "soon", "within", "early", "next", "weeks", "days", "months",
                     "summer", "spring", "autumn", "fall", "winter", "year", "end", "shortly"}


def _expected_soon(cue: Span, clause: Clause) -> bool:
    """Rule 10: an expected transfer ("the first deportees could arrive within weeks") is a
    speculative implementation; a bare possibility ("they could be sent to Rwanda") is not."""
    words = lower_words(cue.doc)[clause.start:clause.end]
    return any(w in EXPECTATION_WORDS for w in words)


def _about_people_sent(clause: Clause) -> bool:
    """"has hosted a centre for asylum seekers", "only Guatemala's (agreement) was ever used":
    hosting or using is implementation only when its sentence speaks of people or a deal, not
    when a leader "hosted the leaders of Liberia"."""
    return any(c.label_ in ("ARRANGEMENT_NOUN", "MIGRATION", "PEOPLE", "KIND")
               for c in clause.sentence_cues)


RECEIVING_VERBS = {"take", "hold", "accept", "receive", "host", "house", "detain", "jail"}


def _offers_to_receive(cue: Span) -> bool:
    """"Bukele offered to hold deportees of any nationality": a state offering to take people
    has consented (FACTS.md rule 3, "willing to accept")."""
    if cue.text.lower() not in ("offered", "offer", "offers"):
        return False
    words = lower_words(cue.doc)[cue.end:cue.end + 6]  # "offered in February to hold"
    return any(a == "to" and b in RECEIVING_VERBS for a, b in zip(words, words[1:], strict=False))


def _describes_people(cue: Span) -> bool:
    """"rejected asylum seekers": an adjective for people whose claims failed, not a refusal."""
    following = lower_words(cue.doc)[cue.end:cue.end + 1]
    return bool(following) and following[0] in ("asylum", "applicants", "claimants", "migrants",
                                                 "applications", "claims", "refugees")


def _asks_a_court(cue: Span) -> bool:
    """"asked the High Court to …": a legal request, not a state approached."""
    following = lower_words(cue.doc)[cue.end:cue.end + 4]
    return any(w in ("court", "judge", "justices", "tribunal") for w in following)


def _possible_only(cue: Span) -> bool:
    """"can approve or reject each person", "the right to refuse": a power, not a refusal."""
    words = [t.lower_ for t in cue.doc[max(0, cue.start - 3):cue.start]]
    if words and words[-1] in ("are", "is", "were", "was", "be", "been", "being", "get", "got"):
        return True  # "those who are refused": people refused, not a state refusing
    return any(w in ("can", "may", "could", "might", "or", "right", "able", "free") for w in words)


MONTH_NAMES = {"January", "February", "March", "April", "June", "July", "August", "September",
               "October", "November", "December"}  # not "May": "a May agreement" is rare


def _dated_agreement(clause: Clause) -> Span | None:
    """"a 2023 agreement with Rome", "a February agreement": a dated deal reports its signing."""
    for noun in clause.cue_values("ARRANGEMENT_NOUN"):
        prev = noun.doc[noun.start - 1] if noun.start > clause.start else None
        if prev is not None and (prev.like_num and len(prev.text) == 4 and
                                 prev.text[:2] in ("19", "20") or prev.text in MONTH_NAMES):
            return noun.doc[prev.i:noun.end]
    return None


def _under_intent(cue: Span, clause: Clause) -> bool:
    return any(i.start < cue.start and cue.start - i.end <= 8 for i in clause.cue_values("INTENT"))


def clause_stage(clause: Clause) -> StageCue | None:
    """The stage the clause reports, with the cue that decided it; None if it reports none."""
    candidates: list[StageCue] = []
    approach = [c for c in clause.cue_values("STAGE") if c.kb_id_ == "approached"
                and not _negated(c)]
    for cue in clause.cue_values("STAGE"):
        stage = cue.kb_id_
        if stage not in SELF_NEGATING and _negated(cue) or _about_something_else(cue):
            continue
        if _under_intent(cue, clause):
            continue
        if stage == "declined" and (_possible_only(cue) or _describes_people(cue)):
            continue
        if stage in ("suspended", "ended") and not _about_the_deal(cue, clause):
            continue
        if stage == "implemented" and cue.label_ == "STAGE" and not _about_people_sent(clause):
            continue
        if stage in ("agreed", "implemented") and any(a.start < cue.start for a in approach):
            continue
        if stage == "approached" and _asks_a_court(cue):
            continue
        if stage == "approached" and _offers_to_receive(cue):
            stage = "agreed"
        candidates.append(StageCue(stage, cue))
    dated = _dated_agreement(clause)
    if dated is not None:
        candidates.append(StageCue("agreed", dated))
    future = [c for c in clause.cue_values("ARRIVAL_FUTURE") if _expected_soon(c, clause)]
    if future:
        candidates.append(StageCue("implemented", future[0]))
    if not candidates:
        return None
    # The first stage verb of a clause is its main verb in English news syntax ("Rwanda has
    # agreed to accept … migrants deported …"); a refusal, suspension or ending anywhere in the
    # clause is the news and wins.
    final = [c for c in candidates if c.stage in ("ended", "suspended", "declined")]
    pool = final or candidates
    return min(pool, key=lambda sc: (sc.cue.start, STAGE_PRIORITY.index(sc.stage)))
