"""Legal-action facts: court rulings and challenges about third-country transfers (rules 6, 9).

A sentence is read as court news. Who decides: a court ("the Supreme Court", "a federal judge in
Boston"), or a judge the story named earlier, called by surname ("Murphy"). What the court does,
and to what: it acts on the transfers ("blocked the flight", "cleared the way"), undoes something
("lifted a judge's injunction" allows, "quashed the deal" blocks, "rejected the government's
appeal" blocks), upholds something, issues an order ("a restraining order barring removals"),
takes a side ("sided with the administration" allows), or rules ("ruled that the plan is
unlawful", "found that Rwanda was not safe"). Declining negates ("declined to block" allows); a
modal, a question or an infinitive ("asked a judge to halt") decides nothing; a passive verb is
the court's only with "by" ("had been denied a remedy" is no court denying). Filings, requests
and cases that continue are ``pending``; an intended or denied one ("no petition had been
lodged") is none.

One fact per ruling or challenge: mentions of one ruling (headline, lede) merge; an order that
lifts another court's block also reports that block, which merges with the block's own mention;
a filing that a ruling of the same court decides takes the ruling's outcome (rule 9), as does
a suit that names no court ("the order came in a lawsuit filed last month"); a sentence going on
about a step ("That request was still pending, the lawyers said") joins it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from thirdcountry.extraction import legal_read as read
from thirdcountry.extraction.certainty import certainty_of, find_source
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.legal_courts import Court, DocumentReading
from thirdcountry.extraction.legal_particles import favour_sides, split_undos, told_not_to
from thirdcountry.extraction.legal_read import OPPOSITE, RELATIVES, Obj, Sentence
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.words import contains_phrase, word_class
from thirdcountry.facts.schema import LegalAction

SUBJECT_KINDS = {"transfer", "arrangement"}
# "put it on hold": an undoing verb whose object is a pronoun for what came before.
PRONOUNS = word_class("object_pronouns_it_them")
# "a decision from June", "the order of May 5": the date belongs to the ruling undone.
OBJECT_DATED = word_class("object_dated")
# Before an order, words that make it one already told of: "the judge's ruling", "that order".
BACK_REFERENCES = word_class("back_references")
DECLINE_TO_SPEAK = word_class("decline_to_speak")
UNDONE = word_class("undone")
# "to bring the men back", "to return them", "their return": the people sent abroad brought
# back, a remedy for the transfers themselves (rule 6).
RETURN_VERBS = word_class("court_return_verbs")
RETURNED_OWNERS = word_class("court_returned_owners")
RETURNED_PEOPLE = word_class("court_returned_people")
RETURN_REACH = 4

# Words of manner or time between a ruling verb and its "that" ("ruled 2-1 on Tuesday that").
THAT_REACH = 4
# "was ruled unlawful by", "was found to be unlawful by": the finding a passive ruling states.
FINDINGS = ("LEGAL_FINDING", "LEGAL_QUALITY")
PASSIVE_FINDING_REACH = 3
# "The Supreme Court lifted … The order, issued without explanation, pauses …": how many
# sentences back the court whose ruling a bare "the order" is may have been told of.
DECIDER_REACH = 2
ANTECEDENT_REACH = 2  # sentences back to the court a bare "the court" is
# "issued over the dissent of three justices", "despite two dissents": the ruling stands.
OVER_DISSENT = word_class("over_dissent")
DISSENT_REACH = 3
HOLDING_REACH = 4  # "the continued detention", "their detention"
APPEAL_REACH = 3  # "filed an appeal", "lodged a notice of appeal"
APPEAL_LEVELS = ("appeal", "supreme", "international")  # courts that decide appeals
UNDONE_CLAUSE_REACH = 6  # "lifted the injunction that had barred …"
POINTING_TO_RULING = word_class("pointing_to_ruling")
FREEING = word_class("court_freeing_verbs")
# What a court directs a party to do in running the case ("to file responses", "to explain").
PROCEDURAL_STEPS = word_class("procedural_steps")
# "its decision covered the eight", "the stay also reached": a ruling said to reach further.
COVERAGE_VERBS = word_class("ruling_coverage_verbs")
COVERAGE_REACH = 3
RESERVED_TIME = word_class("reserved_time_nouns")
DATE_LEADS = word_class("date_lead_prepositions")  # "in December", "on Friday"
# "the injunction", "that appeal": the case or order the story has told of, going on.
POINTING_TO_CASE = word_class("pointing_to_case")
# Rule 6 evidence that a court's ruling or a challenge is about something else than transfers.
ELSEWHERE = (word_class("court_other_immigration_matters") | word_class("court_other_topics") |
             word_class("court_crime_and_sentencing") | word_class("court_own_nationals") |
             word_class("court_other_case_markers") | word_class("court_premises") |
             # "a lawsuit over conditions there", "over medical care and overcrowding at
             # Folkston": how a state holds people in its own centres, not sending them on.
             word_class("court_detention_conditions"))
CONDITIONAL = word_class("court_conditional_markers")
# pending forms of a court still hearing or weighing a case
CONTINUING = ("ongoing", "hearing")
SENTENCE_STOPS = (".", "!", "?")
JUDGE_WORDS = word_class("judge_titles")
# A live blog's entry heading ("10:48 p.m. ET — Judge halts removals"), or a headline under a
# site's menu, sums up the sentences this close below it: standfirst, byline, lede.
HEADING_REACH = 6


@dataclass(slots=True)
class Found:
    """One ruling or challenge read from a sentence, before mentions of it merge."""

    outcome: str
    court: Court
    form: str  # "issue" (an order issued), "decision", or the pending kind
    view: int
    cue: Span
    date: str | None
    jurisdiction: str | None = None
    explicit: bool = False  # the text names the court's state (or says whose court it is)
    implied: bool = False  # a ruling reported only as what another court undid
    government: bool = False  # a pending step the government took (its appeal, its request)
    appeal: bool = False  # an appeal against a ruling the same sentence tells (not decided by it)
    national: bool = False  # "the court" right after a national court was named
    more_views: list[int] = field(default_factory=list)


def _found(s: Sentence, outcome: str, court: Court, form: str, cue: Span,
           lo: int, hi: int, at_verb: bool = False) -> Found:
    # "was grounded in June 2022 after an intervention from the ECHR": a court named after
    # its verb dates the verb's event; so does a verb told apart from its court (``at_verb``).
    # "The Court, which in February forbade …, lifted that measure in March": past an aside.
    at_verb = at_verb or s.relative_aside(court, cue.start)
    anchor = replace(court, start=cue.start) if at_verb or court.start >= cue.end and \
        s.passive(cue.start) else court
    return Found(outcome, court, form, s.index, cue, s.date(lo, hi, anchor))


def _decisions(s: Sentence, clause, earlier: list[Found]) -> list[Found]:
    """Rulings the clause reports, each with the court that made it."""
    out: list[Found] = []
    doc = s.doc
    split = split_undos(doc, s.lower, clause.start, clause.end, clause.cues) + \
        told_not_to(doc, s.lower, clause.start, clause.end, clause.cues) + \
        favour_sides(doc, s.lower, clause.start, clause.end, clause.cues)
    for cue in sorted([*clause.cues, *split], key=lambda c: c.start) if split else clause.cues:
        category = cue.label_
        if category == "LEGAL_ACT":
            out += _act(s, clause, cue, earlier)
        elif category == "LEGAL_SIDE":
            out += _side(s, clause, cue)
        elif category == "LEGAL_DECLINE":
            out += _decline(s, clause, cue, earlier)
        elif category in ("LEGAL_UNDO", "LEGAL_UPHOLD"):
            out += _undo_or_uphold(s, clause, cue, earlier + out)
        elif category == "LEGAL_ISSUE":
            out += _issue(s, clause, cue, earlier)
        elif category == "LEGAL_LIKEWISE":
            out += _likewise(s, clause, cue, earlier + out)
        elif category == "LEGAL_RULING":
            if not s.ruling_verb(cue, clause.start):
                continue
            court = s.agent(clause, cue.start)
            # "It was signed in 2022, ruled unlawful by the Supreme Court in 2023, …": a
            # participle with its finding and a court after "by", and no court before it, is a
            # passive whose auxiliary an earlier verb of the list took.
            if s.passive(cue.start) or court is None:
                out += _passive_finding(s, clause, cue)
                continue
            if court is None or s.undecided(cue.start, clause.start) or s.negated(cue.start):
                continue
            # "The plan is unlawful, the Supreme Court ruled": the ruling precedes its court;
            # "In a 2-1 decision, the court ruled that …" states it after.
            # "In November 2023, the Supreme Court ruled unanimously that …", "Writing for the
            # majority, the court said Tuesday that …": a "that" after a word or two of manner
            # or time still opens what it ruled.
            inverted = court.end >= cue.start - 1 and doc[max(court.start - 2, 0)].text == "," \
                and "that" not in s.lower[cue.end:min(cue.end + THAT_REACH, clause.end)]
            lo, hi = (clause.start, court.start) if inverted else (cue.end, clause.end)
            outcome = s.content_outcome(lo, hi)
            covered = None if outcome else _coverage(s, court, lo, hi, earlier + out)
            if covered:
                # "…, and on July 3 made clear": the date told with the verb, not the court
                out.append(_found(s, covered, court, "decision", cue, clause.start,
                                  s.window_end(cue.end, clause.end), at_verb=True))
            elif outcome:
                out.append(_found(s, outcome, court, "decision", cue, clause.start,
                                  s.window_end(cue.end, clause.end)))
    return out + _named_orders(s, clause)


def _named_orders(s: Sentence, clause) -> list[Found]:
    """"The court's injunction against the deportations to South Sudan remains in place": a
    court's blocking order against the transfers, named with no verb of deciding, is that
    court's ruling (it merges with the ruling's own mention); not one only asked for or
    hedged ("Lawyers asked for the court's injunction against …" is no ruling)."""
    return [_found(s, "blocked", court, "issue", order, clause.start,
                   s.window_end(order.end, clause.end))
            for order, court in s.owned_block_against(clause)
            if not s.undecided(order.start, clause.start) and
            not s.view.has("LEGAL_PENDING")]


def _coverage(s: Sentence, court: Court, lo: int, hi: int, earlier: list[Found]) -> str | None:
    """"made clear that the stay also reached a later order", "made clear its decision covered
    the eight as well": a court saying its own ruling covers more rules again as that ruling
    did (its latest ruling the story told)."""
    lower = s.lower
    order = next((o for o in s.view.cue_values("LEGAL_ORDER") if lo <= o.start < lo +
                  COVERAGE_REACH), None)
    if order is None or not any(w in COVERAGE_VERBS for w in
                                lower[order.end:min(hi, order.end + COVERAGE_REACH)]):
        return None
    own = next((f for f in reversed(earlier) if f.outcome in OPPOSITE and not f.implied and
                court.compatible(f.court)), None)
    return own.outcome if own else None


def _likewise(s: Sentence, clause, cue: Span, earlier: list[Found]) -> list[Found]:
    """A ruling told as the same as one reported before: "A judge in Colorado reached a similar
    conclusion in April" has the outcome of the latest ruling of another court; "the justices
    intervened again on July 3" that of their own latest one. Nothing before it, no ruling."""
    court = s.agent(clause, cue.start)
    if court is None or s.undecided(cue.start, clause.start) or s.negated(cue.start):
        return []
    again = cue.kb_id_ == "again"
    referent = next((f for f in reversed(earlier) if f.outcome in OPPOSITE and
                     (court.compatible(f.court) if again else f.court.key != court.key)), None)
    if referent is None:
        return []
    return [_found(s, referent.outcome, court, "decision", cue, clause.start,
                   s.window_end(cue.end, clause.end))]


def _asked_by_government(s: Sentence, obj, earlier: list[Found]) -> bool:
    """Whose step the object is: named in it ("the government's appeal"), or, for "the
    request", the party of the latest step the document reported."""
    if obj.government or s.doc[obj.start].lower_ not in ("the", "that", "this", "its"):
        return obj.government
    step = next((f for f in reversed(earlier) if f.outcome == "pending"), None)
    return step is not None and step.government


def _passive_finding(s: Sentence, clause, cue: Span) -> list[Found]:
    """A ruling verb in the passive, its finding right after it and its court after "by"
    ("the scheme was ruled unlawful by the Supreme Court", "were found lawful by a judge"):
    the complement of the passive is the finding, whatever word follows it."""
    court = s.by_agent(clause, cue.end)
    if court is None or s.undecided(cue.start, clause.start):
        return []
    finding = next((c for c in s.view.cues if c.label_ in FINDINGS and
                    cue.end <= c.start <= cue.end + PASSIVE_FINDING_REACH and
                    c.end <= court.start), None)
    if finding is None:
        return []
    outcome = finding.kb_id_
    if outcome not in OPPOSITE:
        return []
    if s.negated(cue.start) or s.negated(finding.start, finding.start - cue.end + 1):
        outcome = OPPOSITE[outcome]
    return [_found(s, outcome, court, "decision", cue, clause.start,
                   s.window_end(court.end, clause.end))]


def _act(s: Sentence, clause, cue: Span, earlier: list[Found]) -> list[Found]:
    if s.describes_order(cue):
        # "a federal judge's order halting deportations": the owner's ruling, told in passing.
        owner = None if s.noun_use(cue) else _described_owner(s, cue, earlier)
        outcome = OPPOSITE[cue.kb_id_] if _frees_government(s, clause, cue) else cue.kb_id_
        return [] if owner is None else [_found(s, outcome, owner, "decision", cue,
                                                clause.start, s.window_end(cue.end, clause.end))]
    if s.noun_use(cue):
        return []
    court = s.actor(clause, cue)
    if court is None:
        return []
    if cue.kb_id_ == "blocked" and not cue.text.lower().startswith("order") and \
            not s.passive(cue.start) and s.object(cue.end, clause.end).kind == "ruling":
        # "halted the judge's order", "froze the ruling": holding a ruling up undoes it.
        return _undo_or_uphold(s, clause, cue, earlier, undo=True)
    outcome = cue.kb_id_
    if s.declined(cue.start):
        outcome = OPPOSITE[outcome]
    elif s.undecided(cue.start, clause.start):
        return []
    elif s.negated(cue.start):
        outcome = OPPOSITE[outcome]
    if s.removal_order(cue) or _procedural_direction(s, clause, cue):
        return []
    obj = s.object(cue.end, clause.end)
    # "allowed the appeal", "approved the petition": the party that asked wins.
    if cue.kb_id_ == "allowed" and len(cue) == 1 and obj.kind == "step":
        outcome = "allowed" if _asked_by_government(s, obj, earlier) else "blocked"
    if _frees_government(s, clause, cue):
        outcome = OPPOSITE[outcome]
    return [_found(s, outcome, court, "decision", cue, clause.start,
                   s.window_end(cue.end, clause.end))]


def _ruling_alone(s: Sentence, cue: Span) -> Span | None:
    """The ruling noun opening the sentence whose relative clause the verb opens, with no
    court named: "The ruling, which halted deportations to Eswatini, was welcomed"."""
    order = s.described_order(cue)
    return order if order is not None and s.opening_ruling(order) else None


def _unnamed_owner(s: Sentence, cue: Span, earlier: list[Found]) -> Court | None:
    """Who made a ruling the sentence names alone ("The ruling, which halted …"): the court
    the story reported deciding just before, else the ruling itself stands for its court
    (FACTS.md rule 6: `court` says what the text names)."""
    order = _ruling_alone(s, cue)
    if order is None or s.undecided(cue.start, order.end):
        return None  # "The order, which would have halted …": no ruling yet
    return _decider(s, earlier) or Court.generic(order.start, order.text.lower())


def _described_owner(s: Sentence, cue: Span, earlier: list[Found]) -> Court | None:
    """The court of the order whose participle or relative the verb opens: its owner ("the
    judge's order halting"), its place ("a ruling in Mbabane that upheld"), or the court of a
    ruling named alone ("The ruling, which halted")."""
    return s.order_owner(cue) or s.placed_ruling(cue) or _unnamed_owner(s, cue, earlier)


def _frees_government(s: Sentence, clause, cue: Span) -> bool:
    """"freed the administration to resume removals": the government set free to act, not
    people freed from detention ("a ruling that freed migrants held in Albania")."""
    return s.lower[cue.start] in FREEING and s.object(cue.end, clause.end).government


def _procedural_direction(s: Sentence, clause, cue: Span) -> bool:
    """"directed the Attorney-General to file responses within fourteen days", "ordered the
    government to respond by Friday": a court running its case, not ruling on transfers."""
    lower = s.lower
    to = next((i for i in range(cue.end, clause.end - 1) if lower[i] == "to"), None)
    return to is not None and lower[to + 1] in PROCEDURAL_STEPS


def _side(s: Sentence, clause, cue: Span) -> list[Found]:
    """"sided with the administration" allows the transfers; "ruled in favour of the migrants"
    blocks them."""
    court = s.actor(clause, cue)
    if court is None or s.undecided(cue.start, clause.start):
        return []
    # "intervened on the government's side", "ruled in the administration's favour": the
    # party named inside the phrase.
    government = s.object(cue.end, clause.end).government or any(
        cue.start <= g.start < cue.end for g in s.view.cue_values("LEGAL_GOVERNMENT"))
    outcome = "allowed" if government else "blocked"
    if s.negated(cue.start):
        outcome = OPPOSITE[outcome]
    return [_found(s, outcome, court, "decision", cue, clause.start,
                   s.window_end(cue.end, clause.end))]


def _decline(s: Sentence, clause, cue: Span, earlier: list[Found]) -> list[Found]:
    """A bare refusal ("The judge declined") turns down what was asked; before "to" plus a
    decision verb it only negates that verb, which its own rule reads."""
    doc = s.doc
    if cue.end < len(doc) and doc[cue.end].lower_ == "to" and (
            s.decision_at(cue.end + 1) or
            cue.end + 1 < len(doc) and doc[cue.end + 1].lower_ in DECLINE_TO_SPEAK):
        return []  # "declined to block" is read at "block"; "refused to say" decides nothing
    court = s.agent(clause, cue.start)
    if court is None or s.undecided(cue.start, clause.start):
        return []
    obj = s.object(cue.end, clause.end)
    government = _asked_by_government(s, obj, earlier) if obj.kind == "step" else False
    outcome = "blocked" if government else "allowed"
    return [_found(s, outcome, court, "decision", cue, clause.start, cue.end)]


def _undo_or_uphold(s: Sentence, clause, cue: Span, earlier: list[Found],
                    undo: bool | None = None) -> list[Found]:
    """Undoing or upholding reads by its object; undoing another court's ruling also reports
    that ruling, unless the object points back at a ruling already reported ("that decision").
    ``undo`` reads a verb of another kind as undoing ("halted the judge's order")."""
    # "The order, issued late on Monday, lifts …": a ruling named by no court as the subject.
    # "The ruling, which stayed the transfers, …": the ruling undoes what its relative names.
    bare = (s.bare_ruling(cue.start) or _ruling_alone(s, cue)) \
        if undo is None and cue.label_ == "LEGAL_UNDO" else None
    if s.noun_use(cue) and bare is None or s.describes_people(cue):
        return []
    subject = s.step_subject(clause, cue) if undo is None else None
    if subject or bare is None:
        bare = None
        court = subject[1] if subject else (
            _participle_subject(s, clause, cue, earlier) or s.actor(clause, cue) or
            # "a ruling in Mbabane that upheld their detention": the ruling's own court
            (_described_owner(s, cue, earlier) if cue.label_ == "LEGAL_UPHOLD" and
             s.describes_order(cue) else None))
    else:
        # Not a court after "by" in the object ("the injunction entered by a judge in Boston").
        court = s.agent(clause, cue.start) or _decider(s, earlier) or \
            s.court_between(bare.end, cue.start) or _unnamed_owner(s, cue, earlier)
    if court is None:
        return []
    flip = s.declined(cue.start)
    if not flip and s.undecided(cue.start, clause.start):
        return []
    flip = flip or s.negated(cue.start)
    if undo is None:
        undo = cue.label_ == "LEGAL_UNDO"
    obj = subject[0] if subject else s.object(cue.end, clause.end)
    if obj.kind is None and any(t.lower_ in PRONOUNS for t in cue):
        obj = s.pronoun_object(obj)
    if obj.kind is None and _holding_object(s, obj):
        # "refused to uphold the detention", "declined to confirm their detention": holding
        # people is the government's act, which upholding allows and refusing blocks.
        obj = replace(obj, kind="policy")
    # After the holding of people, so that "suspending their detention days later" is read.
    if obj.kind is None and not s.passive(cue.start) and \
            RESERVED_TIME.intersection(s.lower[obj.start:obj.start + 3]):
        return []  # "has set aside two days in May to hear it": time kept for the case
    if bare is not None and obj.kind not in ("ruling", "policy"):
        # "The order lifts the curfew": a ruling undoes another ruling, or the transfers
        # ("The ruling, which suspended transfers to Albania").
        return []
    implied: str | None = None
    if obj.kind == "ruling":
        # "overturned that decision" points back at a ruling the sentence already reported.
        pointing = s.doc[obj.start].lower_ in ("that", "this", "those") or \
            _the_order(s, obj)
        referent = _referent(earlier, court) if pointing and not obj.owner else None
        if undo:
            ruled = referent.outcome if referent else "blocked"
        else:
            # "upheld the injunction blocking removals": the order's own wording, then what
            # follows it ("upheld the ruling, finding the plan lawful").
            ruled = s.content_outcome(obj.start, clause.end) or (referent and referent.outcome)
            if ruled not in OPPOSITE and _blocking_order(s, obj):
                ruled = "blocked"  # "upheld the lower court's injunction against the removals"
            if ruled not in OPPOSITE:
                return []
        outcome = OPPOSITE[ruled] if undo else ruled
        implied = None if referent else ruled
    elif obj.kind == "step":
        # A rejected request loses; an upheld one wins: the government's, or the challengers'.
        wins = not undo
        government = _asked_by_government(s, obj, earlier)
        outcome = "allowed" if government == wins else "blocked"
    elif obj.kind == "policy":
        outcome = "blocked" if undo else "allowed"
    elif undo:
        outcome = cue.kb_id_
    else:
        return []
    if flip:
        outcome = OPPOSITE[outcome]
    out = [_found(s, outcome, court, "decision", cue, clause.start, _undo_date_end(s, obj))]
    if implied:
        owner = obj.owner or Court.generic(obj.start, "lower court")
        own = _object_date_start(s, obj)
        lower = Found(implied, owner, obj.form, s.index, cue,
                      s.date(own, obj.end, owner, own_line=False) if own else None, implied=True)
        out.append(lower)
    return out


def _participle_subject(s: Sentence, clause, cue: Span, earlier: list[Found]) -> Court | None:
    """"The Court of Appeal has cleared the way …, overturning an injunction granted by the High
    Court", "sided with the administration, lifting an order issued by Judge Murphy": a
    participle after a comma, with no court of its own before it, has the subject of the ruling
    its sentence just told; the court after "by" made the order undone."""
    if not (cue[0].lower_.endswith("ing") and cue.start > 0 and s.lower[cue.start - 1] == ","):
        return None
    told = next((f for f in reversed(earlier) if f.view == s.index and
                 f.outcome in OPPOSITE and not f.implied and f.cue.end <= cue.start), None)
    if told is None or any(told.cue.end <= c.start and c.end <= cue.start for c in s.courts):
        return None  # "…, the judge in Boston ruling …": a court of its own
    return told.court


def _decider(s: Sentence, earlier: list[Found]) -> Court | None:
    """The court whose ruling "the order" is: the one the story reported deciding last, in this
    sentence or the few before it."""
    for found in reversed(earlier):
        if s.index - found.view > DECIDER_REACH:
            return None
        if found.outcome in OPPOSITE and not found.implied:
            return found.court
    return None


def _holding_object(s: Sentence, obj: Obj) -> bool:
    """The object opens on the holding of people ("the continued detention of nine men",
    "their detention"), within its first few words."""
    return any(obj.start <= h.start < min(obj.end, obj.start + HOLDING_REACH)
               for h in s.view.cue_values("LEGAL_HOLDING"))


def _blocking_order(s: Sentence, obj: Obj) -> bool:
    """The object is an order that holds transfers up by its kind (an injunction, a restraining
    order), not a stay of another ruling."""
    return any(obj.start <= o.start < obj.end and o.kb_id_ == "block" and
               s.stay_of_ruling(o) is None for o in s.view.cue_values("LEGAL_ORDER"))


def _the_order(s: Sentence, obj: Obj) -> bool:
    """"refused to lift the order", "to overturn the injunction in December": an order named
    by "the" alone, with at most the date of its undoing after it, is one already told of."""
    if s.lower[obj.start] != "the" or obj.end - obj.start < 2:
        return False
    rest = obj.start + 2
    if rest < obj.end and s.lower[rest] in DATE_LEADS:
        rest += 1
    return rest == obj.end or s.reading.dated(s.view, rest)


def _object_date_start(s: Sentence, obj: Obj) -> int | None:
    """Where the object's own date begins: "a decision from June", "the order of May 5"."""
    return next((i for i in range(obj.start, obj.end) if s.lower[i] in OBJECT_DATED), None)


def _undo_date_end(s: Sentence, obj: Obj) -> int:
    """Where the date of undoing or upholding may be: after the object too ("lifted that order
    in June"), but not the object's own date ("upheld a decision from June")."""
    own = _object_date_start(s, obj)
    return own if own is not None else s.window_end(obj.end, s.view.end)


def _referent(earlier: list[Found], court: Court) -> Found | None:
    """The ruling that "that decision" points back to: the latest one by another court, else
    the court's own ("which in February forbade the transfer, lifted that interim measure")."""
    rulings = [f for f in reversed(earlier) if f.outcome in OPPOSITE]
    return next((f for f in rulings if f.court.key != court.key), None) or \
        next((f for f in rulings if f.court.key == court.key), None)


def _issue(s: Sentence, clause, cue: Span, earlier: list[Found]) -> list[Found]:
    """An order issued ("issued a temporary restraining order barring removals"): its wording
    decides; an injunction or a stay holds transfers up unless it says otherwise."""
    order = s.order_near(cue, clause)
    if order is None:
        obj = s.object(cue.end, clause.end)
        # "granted permission for a judicial review", "granted leave to appeal": the challenge
        # goes on (LEGAL_PENDING); letting it go on decides nothing
        if obj.kind != "step" or s.lower[cue.end] in read.LEAVE_TO_PROCEED:
            return []
        return _act_like_step(s, clause, cue, _asked_by_government(s, obj, earlier))
    court = _court_won_from(s, clause, cue, order) if s.lower[cue.start] in OBTAINING else \
        s.actor(clause, cue)
    if court is None:
        return []
    flip = s.declined(cue.start)
    if not flip and s.undecided(cue.start, clause.start):
        return []
    flip = flip or s.negated(cue.start)
    after = max(order.end, court.end)
    ruled = s.stay_of_ruling(order) or s.content_outcome(after, clause.end)
    outcome = ruled or ("blocked" if order.kb_id_ == "block" else None)
    if outcome is None:
        return []
    if flip:
        outcome = OPPOSITE[outcome]
    return [_found(s, outcome, court, "issue", cue, clause.start,
                   s.window_end(cue.end, clause.end))]


# "His lawyers obtained an interim injunction from the Federal Court", "won a stay in the High
# Court": a party gets an order; the court that issued it is named after the order
OBTAINING = word_class("order_obtaining_verbs")
ISSUER_PREPOSITIONS = word_class("order_issuer_prepositions")
ISSUER_REACH = 6  # words between the order and the preposition naming its court


def _court_won_from(s: Sentence, clause, cue: Span, order: Span) -> Court | None:
    """The court a party obtained ``order`` from: one right after "from", "in", "at" or "by"
    within a few words after the order, in the clause."""
    for court in s.courts:
        if not order.end <= court.start < min(clause.end, order.end + ISSUER_REACH + 2):
            continue
        lead = court.start - 1 - (s.lower[court.start - 1] in ("the", "a", "an"))
        if lead >= order.end and s.lower[lead] in ISSUER_PREPOSITIONS and \
                not any(w in (",", ";") for w in s.lower[order.end:lead]):
            return court
    return None


def _act_like_step(s: Sentence, clause, cue: Span, government: bool) -> list[Found]:
    """"Granted the government's request": the party that asked wins."""
    court = s.agent(clause, cue.start)
    if court is None or s.undecided(cue.start, clause.start):
        return []
    outcome = "allowed" if government else "blocked"
    return [_found(s, outcome, court, "decision", cue, clause.start, cue.end)]


def _pending(s: Sentence, clause) -> list[Found]:
    """A filing, request or continuing case in the clause: one pending fact, at the court named
    after the step ("filed a suit at the Supreme Court") or before it ("The High Court
    postponed a case"), else at the lawsuit itself."""
    valid = [c for c in clause.cue_values("LEGAL_PENDING") if s.pending_ok(c, clause)]
    if not valid:
        return []
    first = valid[0]
    kinds = {c.kb_id_ for c in valid}
    form = "ongoing" if "ongoing" in kinds else first.kb_id_
    court = s.pending_court(clause, first)
    found = _found(s, "pending", court, form, first, clause.start,
                   s.window_end(first.end, clause.end, 12))
    # "A suit challenging the deal, filed at the Supreme Court in September": a later step
    # word of the clause may carry the date.
    for later in valid[1:]:
        found.date = found.date or s.date(later.start, s.window_end(later.end, clause.end, 12),
                                          court)
    # "is due to hear the case in July": a hearing to come is not when the step was taken.
    if found.date and s.ctx.published and \
            found.date > s.ctx.published.isoformat()[:len(found.date)]:
        found.date = None
    found.government = s.government_between(clause.start, first.start)
    return [found]


def _sentence_facts(s: Sentence, earlier: list[Found]) -> list[Found]:
    found: list[Found] = []
    for clause in s.view.clauses:
        # "wrote a dissent, saying the government had flouted the order": no ruling, and
        # "Justice Carter filed a dissent" no party's step either.
        # But a ruling made "over the dissent of three justices" is still the ruling.
        if _dissent(s, clause):
            continue
        decided = _decisions(s, clause, earlier + found)
        # A ruling decides the clause's step, unless another court made it: "agreed to hear
        # the appeal of a ruling by the appeals court, which held that …".
        found += decided + [p for p in _pending(s, clause) if decided and not any(
            d.court.compatible(p.court) for d in decided) or not decided or
            _appeal_against(s, p, decided)]
    rulings = [f for f in found if f.outcome in OPPOSITE]
    for f in found:
        f.appeal = f.outcome == "pending" and bool(rulings) and _appeal_against(s, f, rulings)
    # Several cues of one clause often report one ruling ("cleared the way …, staying the order").
    # "stayed it on June 23 and, on July 3, made clear that the stay also reached …": two
    # dates, two rulings.
    seen: dict[tuple, Found] = {}
    for f in found:
        key = (f.court.key, f.outcome)
        if key in seen and _dated_apart(seen[key].date, f.date):
            key += (f.date,)
        if key not in seen or (f.form == "issue" and seen[key].form != "issue"):
            seen[key] = f
    kept = _one_pending_step(list(seen.values()))
    # "stayed the injunction that had barred deportations": the undone order, told by its
    # relative clause, is the ruling the undoing already implies.
    undone = [f for f in kept if f.implied]
    if undone:
        kept = [g for g in kept if g.implied or not any(
            g.outcome == u.outcome and g.cue.label_ == "LEGAL_ACT" and
            u.cue.end <= g.cue.start <= u.cue.end + UNDONE_CLAUSE_REACH and
            RELATIVES & set(s.lower[u.cue.end:g.cue.start]) for u in undone)]
    # Rule 9: "ordered the men kept in custody while the case continues" is the ruling; the
    # case going on beside it in the sentence, at no court it names, adds no challenge.
    decided = [f.court for f in kept if f.outcome in OPPOSITE]
    return [f for f in kept if not (f.form == "ongoing" and any(
        f.court.start == f.court.end or c.compatible(f.court) for c in decided))]


def _dated_apart(a: str | None, b: str | None) -> bool:
    """Two dates that are not one ("2025-06-23" and "2025-07-03"; not "2025-06" and
    "2025-06-23")."""
    return bool(a and b) and not (a.startswith(b) or b.startswith(a))


def _appeal_against(s: Sentence, step: Found, decided: list[Found]) -> bool:
    """"The government has appealed a judge's order blocking deportations", "lodged an appeal
    against the ruling": an appeal whose object is the ruling told after it is a new step,
    not settled by that ruling (rule 9 joins a challenge only to the ruling deciding it)."""
    words = s.lower[step.cue.start:step.cue.end + APPEAL_REACH]
    # "The administration appealed, and the appeals court put the proceedings on hold": a
    # higher court's ruling told after the appeal decides it.
    return any(w.startswith("appeal") for w in words) and \
        all(d.cue.start > step.cue.start and d.court.level not in APPEAL_LEVELS
            for d in decided)


def _dissent(s: Sentence, clause) -> bool:
    """The clause reports a dissent, not one the ruling was made over ("over the dissent of")."""
    return clause.has("LEGAL_DISSENT") and any(
        not OVER_DISSENT.intersection(s.lower[max(clause.start, d.start - DISSENT_REACH):d.start])
        for d in clause.cues if d.label_ == "LEGAL_DISSENT")


def _one_pending_step(found: list[Found]) -> list[Found]:
    """"Lawyers challenged the deal in federal court; the case is pending": a clause that names
    no court continues the step of the sentence, still open if any clause says so."""
    kept: list[Found] = []
    for f in found:
        same = next((k for k in kept if k.outcome == f.outcome == "pending" and
                     0 in (k.court.specificity, f.court.specificity)), None)
        if same is None:
            kept.append(f)
            continue
        if f.court.specificity > same.court.specificity:
            same.court = f.court
        if f.form == "ongoing":
            same.form = "ongoing"
        same.date = same.date or f.date
    return kept


def _compatible(a: Found, b: Found) -> bool:
    # An order issued and a decision are two rulings, unless the decision, undated, goes on
    # about the order in the next sentence ("The injunction was issued on May 7 by a judge …
    # The judge barred any further transfers").
    # The ruling another court undid is not the finding told beside it: "A judge in Boston
    # found the flight violated his order. The Supreme Court lifted the judge's injunction"
    # tells two rulings of the judge.
    next_to = abs(a.view - b.view) == 1 and not (a.date and b.date) and \
        not _undone_beside_finding(a, b)
    # "The High Court of Eswatini dismissed the application. A full bench of three judges
    # found …": the judges of the court the sentence before named, in the same state.
    # An appeals court after a judge is another court.
    first, then = sorted((a, b), key=lambda f: f.view)
    bench = next_to and a.jurisdiction == b.jurisdiction and \
        then.court.level in (None, "judge") and \
        (then.court.specificity <= 1 or _judge_named_after(first.court, then.court)) and \
        first.court.level not in (None, "judge") and _may_sit_on(a.court, b.court)
    if a.outcome != b.outcome or a.view == b.view or not (a.court.compatible(b.court) or bench):
        return False
    if a.national and b.court.level == "international" or \
            b.national and a.court.level == "international":
        return False
    # The order a court undoes ("vacates Boasberg's restraining order") is the one reported
    # before under that judge's name, whatever verb told it.
    # A finding of that judge ("found that officials had violated his order") is another one.
    told = b if a.implied else a
    named = a.implied != b.implied and a.court.name is not None and \
        a.court.name == b.court.name and told.cue.label_ == "LEGAL_ACT"
    if a.outcome != "pending" and (a.form == "issue") != (b.form == "issue") and not next_to \
            and not named:
        return False
    if a.jurisdiction != b.jurisdiction and (a.explicit and b.explicit or _ranked_apart(a, b)):
        return False
    return not (a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)))


def _judge_named_after(first: Court, then: Court) -> bool:
    """"A High Court judge has blocked the removal … Mrs Justice Harwood granted an interim
    injunction": a judge of a rank, then a judge by name and no place of their own, is one
    judge told twice."""
    return first.text.split()[-1].lower() in JUDGE_WORDS and then.place is None


def _ranked_apart(a: Found, b: Found) -> bool:
    """Two courts each named by its own words ("the Court of Cassation", "Albania's
    Constitutional Court"), one of them placed in a state: courts of two states, not one
    court told twice, though both are of the same rank."""
    return (a.explicit or b.explicit) and a.court.level is not None and \
        b.court.level is not None and a.court.text != b.court.text


def _undone_beside_finding(a: Found, b: Found) -> bool:
    """One is a ruling known only as what another court undid, the other a court's finding
    (a ruling verb: "found", "ruled that"), not its order."""
    return a.implied != b.implied and (b if a.implied else a).cue.label_ == "LEGAL_RULING"


def _absorb(kept: Found, other: Found) -> None:
    """Two mentions of one ruling: the dated, more specific one represents it."""
    if other.date and (not kept.date or len(other.date) > len(kept.date)):
        kept.date = other.date
        kept.view, kept.cue = other.view, other.cue
    if other.court.specificity > kept.court.specificity:
        kept.court = other.court
    if other.explicit and not kept.explicit:
        kept.jurisdiction, kept.explicit = other.jurisdiction, True


def _may_sit_on(a: Court, b: Court) -> bool:
    """Could be the same court, a judge counting as one of any rank ("the High Court" and "a
    judge of its Constitutional Division")."""
    if a.compatible(b):
        return True
    return "judge" in (a.level, b.level) and all(
        x is None or y is None or x == y for x, y in ((a.place, b.place), (a.name, b.name)))


def _headline_told(ctx: DocumentContext, kept: list[Found], merged: set[int]) -> list[Found]:
    """Rule 12: a headline sums up the story's ruling ("Court suspends US deportee pact" over
    "In conservatory orders issued on Wednesday, a judge barred …"; "Constitutional court
    orders release of deportees held near Panama border" over "Costa Rica's Constitutional
    Chamber ordered …"). A ruling read only from the headline, whose outcome a ruling of the
    body reports by a court it could be, is that ruling, whatever the headline's wording
    suggests of its form or its state. A headline the lede repeats undated ("The High Court
    has suspended the agreement") is the ruling the body dates ("orders issued on Wednesday").
    The headline may stand below a site's menu lines, and a live blog heads each entry
    ("10:48 p.m. ET — Judge halts removals"): any heading line sums up the text after it."""
    if len(ctx.views) < 2:
        return kept
    out = []
    for f in kept:
        repeated = id(f) in merged
        body = [k for k in kept if _heads(f.view, k.view) and k.outcome == f.outcome and
                not k.implied and _may_sit_on(f.court, k.court) and (k.date or not repeated)]
        if _heading(ctx, f.view) and f.outcome in OPPOSITE and not f.implied and body and \
                not (repeated and f.date):
            same = next((k for k in body if k.jurisdiction == f.jurisdiction), body[0])
            same.date = same.date or f.date
            continue
        out.append(f)
    return out


def _heading(ctx: DocumentContext, index: int) -> bool:
    """A headline: the first line, or a line of its own that ends without a sentence's stop
    ("Judge halts Eritrean man's removal to France hours before flight")."""
    text, start = ctx.views[index].text, ctx.views[index].start_char
    if text.rstrip().endswith(SENTENCE_STOPS):
        return False
    return index == 0 or text.endswith("\n") and (start == 0 or ctx.text[start - 1] == "\n")


def _heads(heading: int, index: int) -> bool:
    """The first line heads the whole story; a later heading only the entry below it."""
    return index > heading and (heading == 0 or index - heading <= HEADING_REACH)


def _merge(ctx: DocumentContext, found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    merged: set[int] = set()  # the mentions that took in another
    for f in found:
        same = next((k for k in kept if _compatible(k, f)), None)
        if same is None:
            kept.append(f)
        else:
            _absorb(same, f)
            merged.add(id(same))
    kept = _headline_told(ctx, kept, merged)
    decided = [f for f in kept if f.outcome in OPPOSITE and not f.implied]
    out = []
    for f in kept:
        if f.outcome == "pending" and f.form in ("filing", "suit", "request", "hearing"):
            # A suit that names no court ("the order came in a lawsuit filed last month") is
            # the challenge a ruling of its state decided.
            # "An Eswatini court hears the case … the Supreme Court threw it out": a court named
            # by its state alone is any court of that state.
            unplaced = f.court.specificity == 0 and f.court.iso3 in (None, f.jurisdiction)
            # "Lawyers who filed the habeas corpus petitions told the court …" in a story with
            # one state's rulings: the step of a state no sentence gives is that state's.
            states = {d.jurisdiction for d in decided}
            # "… asked the High Court to stop it. The full bench dismissed the application."
            match = [d for d in decided if (not f.appeal or d.view > f.view) and (
                     d.court.matches(f.court) or unplaced and (
                     d.jurisdiction == f.jurisdiction or not f.explicit and len(states) == 1) or
                     d.view == f.view + 1 and (d.court.specificity == 0 or _placed_by(f, d)) and
                     d.court.compatible(f.court)) and
                     (not d.explicit or not f.explicit or d.jurisdiction == f.jurisdiction)]
            if match:
                # Rule 9: a filing a ruling decides is that ruling; the ruling right after a
                # request ("asked a judge to halt the flight. The judge declined") is dated by it.
                nxt = next((d for d in match if d.view == f.view + 1), None)
                if nxt is not None:
                    if _placed_by(f, nxt):
                        nxt.jurisdiction, nxt.explicit = f.jurisdiction, True
                    nxt.date = nxt.date or f.date
                    nxt.more_views.insert(0, f.view)
                continue
        out.append(f)
    return out


def _after_national_court(reading: DocumentReading, index: int, court: Court) -> bool:
    """"According to the Council of State … The court thereby set aside …": a court named by
    no rank, place or judge right after a national court was named is that one, not an
    international court the story names later."""
    if court.specificity or court.iso3:
        return False
    for at in range(index, max(-1, index - ANTECEDENT_REACH), -1):
        named = [c for c in reading.courts_in(at, reading.ctx.views[at]) if c.specificity and
                 (at < index or c.end <= court.start)]
        if named:
            return named[-1].level != "international"
    return False


def _placed_by(step: Found, ruling: Found) -> bool:
    """"… had asked the court to declare the detention unlawful. The presiding judge dismissed
    it": a ruling on the step just told, by a court no sentence places, is in the step's
    court, whose state the text gave. So is a ruling by "the court" right after a step at a
    court the text placed ("… asked the Constitutional Court to review the ratification,
    arguing it breached Kosovo's sovereignty. The court declared their petition
    inadmissible")."""
    return step.explicit and not ruling.explicit and (
        step.court.specificity == 0 or ruling.court.specificity == 0)


def build_legal_actions(ctx: DocumentContext) -> list[LegalAction]:
    """Every court ruling or legal challenge about transfers that the document reports."""
    doc_read = DocumentReading(ctx)
    found: list[Found] = []
    last_fact_view = -2
    judged: set[str] = set()
    lower = lower_words(ctx.doc)
    for index, view in enumerate(ctx.views):
        # Only a court, a formal legal step or a suit can make a legal action (the last three
        # need a step word, which most sentences lack).
        if not (doc_read.has_court(index) or read.opens_on_ruling(view, lower) or
                view.has("LEGAL_PENDING") and (
                read.steps_filed(view) or read.step_still_open(view) or
                any(c.kb_id_ == "suit" for c in view.cue_values("LEGAL_PENDING")))) or \
                not (view.has_any(read.TRIGGERS) or read.block_order_against(view, lower) or
                     split_undos(ctx.doc, lower_words(ctx.doc), view.start, view.end, view.cues) or
                     told_not_to(ctx.doc, lower_words(ctx.doc), view.start, view.end, view.cues)):
            if last_fact_view == index - 1 and read.still_open(view):
                _continue_step(found, index)
            continue
        s = Sentence(ctx, doc_read, index, view)
        facts = _sentence_facts(s, found)
        if not facts:
            continue
        if _dates_the_step(s, facts, found):
            continue
        appealed = _appealed_ruling(s, facts, found)
        if not (appealed or _about_program(s, facts, last_fact_view == index - 1, judged) or
                _on_a_ruling_reported(s, found) or _case_goes_on(s, facts, found) or
                _nothing_else_told(s, facts, found)):
            continue
        for f in facts:
            f.national = _after_national_court(doc_read, index, f.court)
            f.jurisdiction, f.explicit = s.jurisdiction(f.court)
            if appealed and f.outcome == "pending" and not f.explicit:
                f.jurisdiction = appealed.jurisdiction  # appealed within the same state
            if f.court.name:
                judged.add(f.court.name)
        found += facts
        last_fact_view = index
    return [_to_fact(ctx, f) for f in _merge(ctx, found) if f.jurisdiction]


def _about_program(s: Sentence, facts: list[Found], follows_fact: bool,
                   judged: set[str]) -> bool:
    """Rule 6: about transfers or the powers used for them. A sentence that names neither
    continues the ruling just reported ("The judge declined"), a court order on transfers the
    sentence before described ("The injunction required notice before any deportation. The
    Supreme Court put it on hold") or a judge's case. A court of another state than the one
    sending people hears the people sent there ("Papua New Guinea's Supreme Court ruled that
    holding them … was unconstitutional"); holding people ("their detention") is about the
    program right after the sentence that sent them abroad."""
    view = s.view
    previous = s.ctx.views[s.index - 1] if s.index > 0 else None
    if any(c.kb_id_ in SUBJECT_KINDS and not _plan_for_other_things(s, c)
           for c in view.cue_values("LEGAL_SUBJECT")) or \
            s.names_foreign_state() or follows_fact or _return_of_people(s):
        return True
    if previous is not None and (_order_on_transfers(previous) or (
            view.has("LEGAL_HOLDING") and _reports_sending(s, previous))):
        return True
    if view.has("LEGAL_HOLDING") and _moved_abroad(s, [v for v in (previous, view) if v]):
        return True
    if _held_where_sent(s) or _question_put_abroad(s, facts):
        return True
    if previous is not None and all(f.outcome == "pending" for f in facts) and \
            _names_program(s, previous) and _new_step(s, facts):
        return True  # "A suit … is yet to be heard" right after the deal or the transfers
    if previous is not None and any(f.form == "decision" and f.cue.end < len(s.lower) and
                                    s.lower[f.cue.end] in PRONOUNS for f in facts) and \
            _names_program(s, previous):
        return True  # "… the deportations to Eswatini. On Friday, the judge blocked them."
    if previous is not None and _rules_on_step_told(s, facts) and _names_program(s, previous):
        return True
    # A court of another state rules on migrants there, not on its evictions or elections.
    about_people = view.has("MIGRATION") or view.has("LEGAL_HOLDING")
    return any(about_people and s.jurisdiction(f.court)[0] not in (None, s.reading.home) or
               f.court.name in judged for f in facts)


def _rules_on_step_told(s: Sentence, facts: list[Found]) -> bool:
    """A ruling on the step the sentence before told by its argument, pointed back to by
    "the"/"that": "… argued that removal to a third country was beyond the Commonwealth's
    power. The High Court dismissed the challenge", "rejected the petition", "threw out that
    case", "upheld the appeal". The step is the one on the program the sentence before names."""
    if not any(f.outcome in OPPOSITE and f.form == "decision" for f in facts):
        return False
    # "Britain's Court of Appeal upheld the appeal": a step word inside a court's name is none.
    steps = [c for c in s.view.cue_values("LEGAL_STEP")
             if not any(k.start <= c.start < k.end for k in s.courts)]
    return bool(steps) and all(c.start > 0 and s.lower[c.start - 1] in POINTING_TO_CASE
                               for c in steps)


def _nothing_else_told(s: Sentence, facts: list[Found], earlier: list[Found]) -> bool:
    """Rule 6 the other way round: in a story about transfers (the topic gate passed), a court
    the sentence names that rules or hears a challenge is on the transfers unless the sentence
    says what else it is about: another immigration matter ("end birthright citizenship",
    "housed asylum seekers in a barracks"), another topic ("a land dispute", "a tax case"), a
    crime ("remanded in custody"), the state's own nationals, another case ("separately") or
    the court's building rather than a case.
    Steps that only point back ("the case", "that appeal", "the judge's ruling"), holding
    people other than at a site abroad ("held at Gjader"; where they were sent decides) and
    steps that may come ("if …") are left to the admissions above."""
    view, lower = s.view, s.lower
    if not any(f.court.specificity > 0 for f in facts) or view.has("LEGAL_HOLDING") and not any(
            f.kb_id_ != s.reading.home for f in view.cue_values("CONCERN_FACILITY")):
        return False
    if read.points_to_step(view, only=True) or read.points_to_step(view) and not earlier:
        return False
    if any(c.text.lower().startswith("appeal") for c in view.cues
           if c.label_ in ("LEGAL_STEP", "LEGAL_PENDING")) and \
            any(f.outcome == "pending" for f in facts):
        return False  # an appeal appeals a ruling told (_appealed_ruling)
    doc = s.doc
    if any(o.start > 0 and doc[o.start - 1].lower_ in POINTING_TO_RULING
           for o in view.cue_values("LEGAL_ORDER")):
        return False
    words = lower[view.start:view.end]
    if any(w in CONDITIONAL for w in words):
        return False
    return not contains_phrase(words, ELSEWHERE)


def _return_of_people(s: Sentence) -> bool:
    """"ordered the government to bring the men back", "could not order it to return them",
    "declined to order their return": bringing back people sent abroad is about the transfers
    (rule 6); "bring back its bus service" is not."""
    view, lower = s.view, s.lower
    words = lower[view.start:view.end]
    if "back" not in words and "return" not in words:
        return False
    for i in range(view.start, view.end):
        word = lower[i]
        if word not in RETURN_VERBS:
            continue
        if word == "return" and i > view.start and lower[i - 1] in RETURNED_OWNERS:
            return True
        after = lower[i + 1:min(i + 1 + RETURN_REACH, view.end)]
        if word.startswith("return"):
            if after[:1] and (after[0] in RETURNED_PEOPLE or after[1:2] and
                              after[1] in RETURNED_PEOPLE):
                return True
        elif "back" in after:
            back = i + 1 + after.index("back")
            # "bring the men back", "bring back the deportees"
            if any(w in RETURNED_PEOPLE for w in lower[i + 1:min(back + RETURN_REACH, view.end)]):
                return True
    return False


def _new_step(s: Sentence, facts: list[Found]) -> bool:
    """A step of its own about the people sent or the deal ("the men's attorneys", "three of
    the detainees", "to declare it unconstitutional"): at a court the sentence names ("in
    federal court in Maryland"), or brought anew ("an urgent application"); "The case was
    adjourned" goes on about the last one, "a land dispute" is another matter."""
    view = s.view
    refers = view.has("CONCERN_HELD_PEOPLE") or any(
        w in BACK_REFERENCES for w in s.lower[view.start:view.end])
    return refers and (any(f.court.specificity > 0 for f in facts) or any(
        {"a", "an", "another"} & set(s.lower[max(c.start - 3, view.start):c.start])
        for c in view.cue_values("LEGAL_STEP")))


def _names_program(s: Sentence, view: SentenceView) -> bool:
    """The sentence names the transfers or the arrangement ("the deal", "deportations")."""
    return any(c.kb_id_ in SUBJECT_KINDS and not _plan_for_other_things(
        Sentence(s.ctx, s.reading, s.index - 1, view), c)
        for c in view.cue_values("LEGAL_SUBJECT"))


def _plan_for_other_things(s: Sentence, subject: Span) -> bool:
    """"the plan to end protected status": a plan or policy whose purpose is not sending
    people ("the plan to send them to Rwanda", "the policy to deport")."""
    if subject.kb_id_ != "arrangement" or subject.end + 1 >= len(s.lower) or \
            s.lower[subject.end] != "to":
        return False
    purpose = subject.end + 1
    # "took the treaty to Kosovo's Constitutional Court": "to" before a name or a noun
    # phrase is no infinitive of purpose.
    if s.doc[purpose].is_title or s.lower[purpose] in read.DETERMINERS:
        return False
    return not any(c.start == purpose and c.label_ in ("LEGAL_MOVE", "LEGAL_SUBJECT")
                   for c in s.view.cues)


def _appealed_ruling(s: Sentence, facts: list[Found], earlier: list[Found]) -> Found | None:
    """"Its attorneys lodged a notice of appeal within hours of the ruling": an appeal in a
    story that has reported a ruling on the program appeals the latest such ruling."""
    appeal = any(c.text.lower().startswith("appeal") for c in s.view.cues
                 if c.label_ in ("LEGAL_STEP", "LEGAL_PENDING"))
    if not appeal or not any(f.outcome == "pending" for f in facts):
        return None
    return next((f for f in reversed(earlier) if f.outcome in OPPOSITE), None)


def _on_a_ruling_reported(s: Sentence, earlier: list[Found]) -> bool:
    """"The justices made clear that the judge's ruling couldn't keep the men there": a ruling
    on another court's ruling, in a story that has reported a ruling on the program, is on
    that ruling."""
    doc = s.doc
    return any(o.start > 0 and doc[o.start - 1].lower_ in POINTING_TO_RULING
               for o in s.view.cue_values("LEGAL_ORDER")) and \
        any(f.outcome in OPPOSITE for f in earlier)


def _order_on_transfers(view: SentenceView) -> bool:
    """The sentence describes a court order on transfers ("The injunction obliged officials to
    give notice before any third-country deportation")."""
    return view.has("LEGAL_ORDER") and view.has("COURT") and any(
        c.kb_id_ == "transfer" for c in view.cue_values("LEGAL_SUBJECT"))


def _reports_sending(s: Sentence, view: SentenceView) -> bool:
    """The sentence reports people sent to another state ("they were taken to the centre in
    Albania"), so the holding of "their detention" next is of people sent under the program."""
    return any(c.kb_id_ == "transfer" for c in view.cue_values("LEGAL_SUBJECT")) and any(
        m.iso3 != s.reading.home and m.label in ("NAME", "CAPITAL") for m in view.mentions)


def _moved_abroad(s: Sentence, views: list[SentenceView]) -> bool:
    """People moved ("arrived at Shëngjin", "were taken there") in this sentence or the one
    before, which names a destination abroad: a state other than the courts' own, not as
    where they came from, or a detention site there. Holding them is then the program's."""
    home, lower = s.reading.home, s.lower
    # a move that happened: not the present of a standing program ("Australia sends …") nor
    # one to come ("to send", "will fly"). The tense is the verb's, which opens the cue: "put
    # on buses to the Gjader facility", "pushed across the border" happened.
    if not any(not lower[c.start].endswith("s") and
               lower[max(c.start - 1, 0)] not in UNDONE for v in views
               for c in v.cue_values("MOVE")):
        return False
    return any(any(f.kb_id_ != home for f in v.cue_values("CONCERN_FACILITY")) or any(
        m.iso3 != home and m.label in ("NAME", "CAPITAL") and
        lower[max(m.start - 1, 0)] not in ("from", "of") for m in v.mentions) for v in views)


def _held_where_sent(s: Sentence) -> bool:
    """"a magistrate in Rome ordered the release of two men held there", "a judge in Rome
    ordered the release of a Moroccan man from Gjader": holding people is the program's when
    the story has told of people moved to a state abroad or to a detention site there."""
    if not s.view.has("LEGAL_HOLDING"):
        return False
    return any(_moved_abroad(s, [earlier]) for earlier in s.ctx.views[:s.index])


def _case_goes_on(s: Sentence, facts: list[Found], earlier: list[Found]) -> bool:
    """"The full 5th Circuit reheard the case and has not yet ruled", "is now a question for the
    1st Circuit, which heard argument", "the justices agreed to hear the appeal": a court still
    hearing or weighing the case, appeal or order the story points back to goes on with the
    litigation the story has reported on the program (rule 9: pending until decided)."""
    # "The case was adjourned" names no court: the last step going on, read elsewhere.
    if not earlier or not facts or any(
            f.outcome != "pending" or f.form not in CONTINUING or f.court.start == f.court.end
            for f in facts):
        return False
    view, doc = s.view, s.doc
    if read.points_to_step(view):
        return True
    return any(o.start > 0 and doc[o.start - 1].lower_ in POINTING_TO_CASE
               for o in view.cue_values("LEGAL_ORDER"))


def _question_put_abroad(s: Sentence, facts: list[Found]) -> bool:
    """"Italy's Court of Cassation has asked the EU Court of Justice whether holding people
    outside EU territory is lawful", "the question of their detention was referred to the Court
    of Justice": a question on holding or sending people put to an international court is the
    program's (rule 6) when the story has told of people moved to a state abroad."""
    view = s.view
    if not any(f.court.level == "international" for f in facts) or not (
            view.has("LEGAL_HOLDING") or view.has("LEGAL_MOVE")):
        return False
    return any(_moved_abroad(s, [earlier]) for earlier in s.ctx.views[:s.index])


def _dates_the_step(s: Sentence, facts: list[Found], found: list[Found]) -> bool:
    """"The application was filed in August": a sentence telling only when the step the story
    reported was taken is no new step; it dates that one (rule 11: by its earliest event)."""
    step = next((f for f in reversed(found) if f.outcome == "pending"), None)
    if step is None or not read.points_to_step(s.view, only=True) or \
            any(f.outcome != "pending" or f.form != "filing" for f in facts):
        return False
    step.date = min([f.date for f in facts if f.date] + ([step.date] if step.date else []),
                    default=None)
    return True


def _continue_step(found: list[Found], index: int) -> None:
    """"That request was still pending, the lawyers said": the sentence goes on about the step
    the sentence before reported, and its attribution covers it."""
    step = next((f for f in reversed(found) if f.view == index - 1 and f.outcome == "pending"),
                None)
    if step is not None:
        step.more_views.append(index)


def _certainty(ctx: DocumentContext, f: Found) -> tuple[str, str | None]:
    """A ruling is the court's own record; only a named outside source, in the sentence or in
    one continuing it, makes it reported."""
    view = ctx.views[f.view]
    cert = certainty_of(view, f.cue.start, f.cue.end, read_hedges=False)
    if cert.level not in ("reported", "confirmed"):
        return cert.level, cert.attributed_to
    source, _ = find_source(view, f.cue.end)
    if cert.level == "reported" and read.names_a_source(view, source):
        return cert.level, cert.attributed_to
    for index in f.more_views:
        later = ctx.views[index]
        source, _ = find_source(later)
        if index > f.view and read.names_a_source(later, source):
            return certainty_of(later).level, source
    return "confirmed", None


def _to_fact(ctx: DocumentContext, f: Found) -> LegalAction:
    view = ctx.views[f.view]
    level, attributed = _certainty(ctx, f)
    views = sorted({*f.more_views, f.view})
    evidence = ctx.evidence(ctx.views[views[0]], *(ctx.views[i] for i in views[1:]))
    return LegalAction(
        jurisdiction=f.jurisdiction, court=f.court.text, subject=read.subject_of(view),
        outcome=f.outcome, date=f.date, certainty=level, attributed_to=attributed,
        evidence=evidence, rule=f"legal.{f.outcome}:{f.cue.text.lower()}@{f.court.text.lower()}")
