"""How legal.py reads court news: courts, who acts, what a verb governs, negation and dates.

Everything here answers a question about one sentence ("which court is the subject of this
verb?", "what does 'lifted' lift?", "is this verb negated or merely asked for?") from the cue
spans of ``legal.json`` and a few function words, working only inside sentences that have a
legal cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.legal_courts import Court, DocumentReading
from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.sentence_view import SentenceView
from thirdcountry.extraction.sentences import (
    lower_words,
    opened_by_only_for,
    token_bounds,
    token_words,
)
from thirdcountry.extraction.words import word_class, word_tuple

OPPOSITE = {"blocked": "allowed", "allowed": "blocked"}
TRIGGERS = {"LEGAL_ACT", "LEGAL_SIDE", "LEGAL_DECLINE", "LEGAL_UNDO", "LEGAL_UPHOLD",
            "LEGAL_ISSUE", "LEGAL_RULING", "LEGAL_PENDING", "LEGAL_LIKEWISE"}
DECIDING = {"LEGAL_ACT", "LEGAL_SIDE", "LEGAL_UNDO", "LEGAL_UPHOLD", "LEGAL_ISSUE",
            "LEGAL_RULING", "LEGAL_LIKEWISE"}
# Function words, not vocabulary: negation, modality, determiners, clause edges.
NEGATORS = word_class("negators_not_never")
UNDECIDED = word_class("undecided")
DETERMINERS = word_class("determiners_with_possessive_s")
PENDING_UNTIL = word_class("pending_until_nouns")  # "a stay pending appeal"
PAPER_FILINGS = word_class("paper_filing_verbs")  # "presented", "submitted"
CONDITION_OPENERS = word_class("condition_step_openers")  # "while an appeal is pending"
ANY_STEP = word_class("indefinite_step_determiners")
COURT_PRONOUNS = word_class("court_body_pronouns")  # "it" for a court
COURT_ADJECTIVES = 1  # "before the civil court": words between "the" and the court's own word
VERB_LEAD = word_class("verb_lead")
# "lacked the power to order", "had no jurisdiction to halt", "was powerless to stop": a court
# without the power to act declines to act.
POWER_LACKS = word_class("court_power_lacks")
POWERLESS = word_class("court_powerless")
POWERS = word_class("court_powers")
SUBORDINATORS = word_class("time_and_cause_subordinators")
OBJECT_STOP = word_class("object_stop")
WINDOW_STOP = word_class("window_stop")
COURT_PLACES = word_class("court_places")
AFTER_WORDS = word_class("after_words")
INTERVENTIONS = word_class("interventions")
RECEIVING_GOVERNMENTS = word_class("receiving_governments")
DESTINATION_PREPOSITIONS = word_class("destination_prepositions")
# "sent to Rwanda", "deportees from the United States": where people go or come from.
ROUTE_PREPOSITIONS = word_class("route_prepositions")
POSSESSIVE_ENDINGS = word_class("possessive_endings")
# "granted leave to apply"; "sought (special) leave to appeal to the High Court": the court
# comes after what is sought
LEAVE_TO_PROCEED = word_class("leave_to_proceed")
LEAVE_REACH = 6
LEADING_SPACE = re.compile(r"\s*")
HEADING_MARK = re.compile(r"\s*(?::|—|–|-\s|\.(?:\s|$))")
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# "People were sent there in October 2024, but judges refused …": a court acting in the next
# clause of the same sentence acted when the transfer did, unless the text says it was later.
NEXT_CLAUSE = re.compile(r";|,\s*(?:but|and|yet)\b")
LATER = word_class("later_words")
# "Meanwhile, in Accra, …": words that may open a sentence before its fronted locative.
SCENE_OPENERS = word_class("scene_openers")
# "within days", "within two days", "a few days later": a short lapse after an event dated
# just before, in the month of that event (rule 11).
_LAPSE = "|".join(sorted(word_class("lapse_nouns_short")))
LAPSE = re.compile(rf"\bwithin (?:[a-z]+ ){{0,2}}(?:{_LAPSE})\b|"
                   rf"\b(?:[a-z]+ ){{0,2}}(?:{_LAPSE}) later\b", re.I)
PERMIT = word_class("permission_modals")
PASSIVE_AUXILIARIES = word_class("be_forms")
MOVED = word_class("moved_participles")  # "could not be used", "can be deported"
PLACE_WORDS = 3  # "a ruling in Mbabane that", "an order in Los Angeles that"
VOTES = word_class("court_vote_verbs")  # "the panel voted 2-1 to stay the order"
QUOTES = {'"', "'", "“", "”", "‘", "’"}
HYPHENS = {"-", "‐", "‑"}
DASHES = {"—", "–"}
RELATIVES = word_class("relative_pronouns_that_which_who_whom")
# "asylum claim", "visa application": applications to officials, not to a court.
NOT_LEGAL_STEPS = word_class("not_legal_steps")
# A ruling that subjects the government's act to judges' control ("national judges must be able
# to review the list", "must let judges check", "must be open to full review by the courts").
REVIEW_DUTIES = word_class("review_duties")
JUDICIAL_CHECKS = word_class("judicial_checks")
REVIEWING_JUDGES = word_class("reviewing_judges")
REVIEW_REACH = 6
# "could not label a country safe unless …": a ban with a condition; not the court's own
# inability ("she could not intervene unless …").
RULING_SELF = word_class("ruling_self_pronouns")
CONDITIONS = word_class("conditionals")
# "the injunction did not apply", "the ruling couldn't keep them": a negation this close
# after an order says it does not hold.
ORDER_REACH = 3
# Words that may stand between a court and its verb as a time aside ("on Monday", "late Friday").
TIME_ASIDES = word_class("ruling_time_asides")
SHARED_SUBJECTS = word_class("court_subject_pronouns")  # "and on July 3 they made clear"
TIME_ASIDE_REACH = 5
# "the court's brief unsigned order": words between a court's possessive and its ruling noun;
# "order, issued without explanation, stays": the longest participle aside before the verb.
RULING_ADJ_REACH = 3
ASIDE_REACH = 7
RULING_INFINITIVES = word_class("ruling_infinitives")
RULE_NOUNS = word_class("ruling_noun_homographs")  # "the rule that", "the rules"
# "The order, issued late on Monday over the dissent of three justices, lifts …": a ruling named
# by no court opens the sentence, so a longer aside may part it from its verb.
BARE_ASIDE_REACH = 16
RULING_OPENERS = word_class("ruling_subject_openers")
PARTICIPLE_ENDINGS = word_tuple("participle_endings")
POSSESSIVE_S = {"'s", "’s", "'", "’"}
# A state's parliament or ratification in this or the sentences just before ("needed
# ratification under Article 75"): a challenge to the deal at its top court is heard there.
LEGISLATURE = word_class("host_legislature_words")
LEGISLATURE_REACH = 3
# After a demonym, the state itself: "South Sudanese authorities", "Salvadoran prisons".
STATE_BODIES = word_class("state_bodies")
# Verbs whose object is whom a party addresses: "told the court", "asked the judge".
ADDRESSING = word_class("addressing_verbs")
# A step named among options, not taken: "including asking the court", "considering appealing".
OPTIONS = word_class("including_considering")
NATIONAL_TOP = word_class("national_top")
COUNTERPARTS = word_class("counterpart_links_short")
OWNED_CASES = word_class("owned_cases")
PARTNER_LINKS = word_class("deal_partner_links")
POINTING = word_class("pointing_to_case")  # "the matter", "that appeal": told before
# "complaints against Greece", "cases brought against Latvia": the state a case is against.
RESPONDENT_LEADS = word_class("respondent_leads")
# "Cyprus breached", "Greece had violated": a finding of fault a few words after its state.
RESPONDENT_REACH = 3
PLACE_PREPOSITIONS = word_class("prepositions")
CASE_ALREADY_TOLD = [["the", w] for w in ("case", "matter", "dispute", "lawsuit", "challenge",
                                          "litigation", "suit")]
COPULAS = word_class("copulas")
STEPS_TAKEN = ("filing", "suit", "request")  # LEGAL_PENDING kinds a party takes
LINKS = word_class("linking_words")
ANSWER_REACH = 8  # "asked the British government to answer a complaint"
# "the court's injunction against the deportations": what a blocking order is against (the
# word that leads a case's respondent, "complaints against Greece").
AGAINST = RESPONDENT_LEADS
AGAINST_REACH = 4  # "against the deportations", "against further removals"


@dataclass(frozen=True, slots=True)
class Obj:
    """What a verb governs: a court ruling, a party's legal step, or the policy itself."""

    kind: str | None  # "ruling", "step", "policy" or None
    owner: Court | None  # the court whose ruling it is ("a federal judge's injunction")
    government: bool  # the government's step or ruling-request
    start: int
    end: int
    form: str  # an order ("issue") or a finding ("decision"), for rulings


class Sentence:
    """One sentence with its courts, read for legal actions."""

    def __init__(self, ctx: DocumentContext, reading: DocumentReading, index: int,
                 view: SentenceView) -> None:
        self.ctx, self.reading, self.index, self.view = ctx, reading, index, view
        self.doc = ctx.doc
        self.words, self.lower = token_words(ctx.doc), lower_words(ctx.doc)
        self.courts = reading.courts_in(index, view)

    # --- who acts -------------------------------------------------------------------------
    def agent(self, clause, at: int) -> Court | None:
        """The court that is the subject of the verb at ``at``: the nearest court before it in
        the clause, unless a government or state comes between them as a new subject."""
        before = [c for c in self.courts if clause.start <= c.start and c.end <= at]
        if not before and self._subjectless(clause, at):
            # "a judge in Greenbelt, Md., had turned down …": an appositive split the court off.
            prior = [c.start for c in self.view.clauses if c.start < clause.start]
            lo = prior[-1] if prior else clause.start
            # "the Constitutional Chamber — known as the Sala IV — ruled": an aside set off by
            # dashes stands between the court and its verb.
            if len(prior) > 1 and self.lower[prior[-1]] in DASHES and \
                    self.lower[clause.start] in DASHES:
                lo = prior[-2]
            before = [c for c in self.courts if lo <= c.start and c.end <= clause.start]
        if not before:
            return None
        court = before[-1]
        if self._relative_of_other(court, at):
            return None
        # "lawyers told the court that …": a court addressed is no subject.
        if any(w in ADDRESSING for w in self.lower[max(clause.start, court.start - 2):court.start]):
            return None
        between = range(court.tail, at)
        if self.relative_aside(court, at):
            # "the Court in Strasbourg, which in February forbade the Netherlands to send …,
            # lifted that measure": the aside tells of the court itself.
            return court
        # "petitioned the court, arguing that the deal was concluded …": the party's claim.
        # "Judges say designation cannot stand while Ankara refuses readmissions": a capital
        # standing for its government is a new subject too.
        if any(a.start in between for a in self.view.cue_values("LEGAL_ARGUMENT")) or \
                any(g.start in between for g in self.view.cue_values("LEGAL_GOVERNMENT")) or \
                any(m.start in between for m in self.view.mentions
                    if m.label in ("NAME", "GOV", "CAPITAL")):
            return None
        return court

    def relative_aside(self, court: Court, at: int) -> bool:
        """A relative clause set off by commas between the court and its verb (", which …,")."""
        lower = self.lower
        return court.tail + 2 < at and lower[court.tail] == "," and \
            lower[court.tail + 1] in RELATIVES and lower[at - 1] == ","

    def _relative_of_other(self, court: Court, at: int) -> bool:
        """"quashed the rules that allowed the detention": the verb opens a relative clause on
        a noun phrase begun after the court, whose act it tells; "a judge who blocked", "the
        court, which halted", "a three-judge panel that reached" are the court's own."""
        lower = self.lower
        return at - 2 >= court.tail and lower[at - 1] in RELATIVES and \
            lower[at - 2] not in (",", "—") and \
            bool(DETERMINERS.intersection(lower[court.tail:at - 1]))

    def _subjectless(self, clause, at: int) -> bool:
        """The clause opens on its verb ("…, had turned down"), so its subject is before it."""
        words = self.lower[clause.start:at]
        # "…, Md., had turned down": the rest of the court's place opens the clause.
        place = next((i for i, w in enumerate(self.words[clause.start:at])
                      if not (w[:1].isupper() or w == ".")), 0)
        if 0 < place < 3 and words[place] == ",":
            words = words[place + 1:]
        if words[:1] == ["and"] and _shared_across_time(words[1:]):
            return True
        return bool(words) and words[0] != "and" and all(
            w in VERB_LEAD or w in PASSIVE_AUXILIARIES or w in NEGATORS or w in (",", "—")
            or w.endswith("ly") for w in words) or not words

    def step_subject(self, clause, cue: Span) -> tuple[Obj, Court | None] | None:
        """A party's step as the subject of a passive ("A bid by two of the men in a federal
        court was rejected", "The motion was denied by a judge"): the step, and the court
        after "by" or the one it was brought in."""
        if not self.passive(cue.start) or cue.start <= clause.start:
            return None
        obj = self.object(clause.start, cue.start)
        court = self.by_agent(clause, cue.end)
        if obj.kind == "policy" and court is not None and not any(
                c.label_ == "LEGAL_ACT" and clause.start <= c.start < cue.start
                for c in self.view.cues):
            # "The transfers to Albania were stayed by the Court of Appeal"; not "an attempt
            # to halt the removal was rejected by a judge", a bid of the challengers.
            return obj, court
        if obj.kind != "step":
            return None
        if court is None:
            court = next((c for c in self.courts if clause.start <= c.start and c.end <= cue.start
                          and c.start > 0 and self.lower[c.start - 1] in COURT_PLACES |
                          DETERMINERS and c.level != "step"), None)
        return obj, court

    def actor(self, clause, cue: Span) -> Court | None:
        """The court doing what the verb says: its subject, or in a passive only the court
        after "by" ("the men had been denied a remedy" is no court denying anything)."""
        if self.passive(cue.start):
            return self.by_agent(clause, cue.end) or self.order_from(cue)
        return self.agent(clause, cue.start) or self.by_agent(clause, cue.end)

    def order_from(self, cue: Span) -> Court | None:
        """"was grounded … after a last-minute interim measure from the European Court of
        Human Rights", "halted following an order by a judge": the court whose order or
        intervention the passive verb followed, later in the sentence."""
        lower, view = self.lower, self.view
        after = next((i for i in range(cue.end, view.end) if lower[i] in AFTER_WORDS), None)
        if after is None:
            return None
        orders = {o.end for o in view.cue_values("LEGAL_ORDER")} | {
            i + 1 for i in range(after, view.end) if lower[i] in INTERVENTIONS}
        for court in self.courts:
            if court.start <= after:
                continue
            lead = court.start - (lower[court.start - 1] == "the") - 1
            if lower[lead] in ("from", "by") and lead in orders and \
                    not any(w in (";", ".") for w in lower[after:lead]):
                return court
        return None

    def passive(self, at: int) -> bool:
        """A form of "be" before the verb, across adverbs and negation ("was not blocked");
        not before a present participle ("is blocking", "have been blocking": progressive)."""
        if at < len(self.lower) and self.lower[at].endswith("ing"):
            return False
        for word in reversed(self.lower[max(0, at - 3):at]):
            if word in PASSIVE_AUXILIARIES:
                return True
            if not (word in NEGATORS or word.endswith("ly")):
                return False
        return False

    def by_agent(self, clause, at: int) -> Court | None:
        """The court of a passive ("was issued on April 18 by Judge X")."""
        for court in self.courts:
            # "by a judge", "by a federal district judge"
            if at <= court.start < min(at + 8, clause.end) and \
                    "by" in self.lower[max(court.start - 3, at):court.start]:
                return court
        return None

    # --- what the verb means --------------------------------------------------------------
    def undecided(self, at: int, lo: int) -> bool:
        """Asked for, hedged, questioned or future: "asked the judge to halt", "could block"."""
        words, lower = self.words, self.lower
        if at > 0 and lower[at - 1] == "to":
            # "only for the Supreme Court to rule …": what happened, told as a letdown; "voted
            # 2-1 to stay the order": what a bench votes to do, it did.
            return not (opened_by_only_for(lower, at - 1, self.view.start) or
                        self._voted_to(at - 1) or self._court_decision_to(at - 1))
        # A condition or question opened before the verb: "If the court upholds the ruling, …".
        for word in reversed(lower[lo:at]):
            if word == ",":
                break
            if word in CONDITIONS:
                return True
        # "may" the modal, not "May" the month.
        return any(lower[i] in UNDECIDED and words[i] != "May"
                   for i in range(max(lo, at - 3), at)) or any(
            at - 3 <= h.end <= at and h.text != "May" for h in self.view.cue_values("HEDGE"))

    def _court_decision_to(self, to_at: int) -> bool:
        """"the High Court's decision to halt the removals", "the judge's order to stop the
        flights": a court's ruling told by what it decided to do, which it did (not "the
        government's decision to resume", nor "a decision to halt" of no court)."""
        order = next((o for o in self.view.cue_values("LEGAL_ORDER")
                      if o.end == to_at and o.kb_id_ == "order"), None)
        return order is not None and order.start > 0 and \
            self.words[order.start - 1] in POSSESSIVE_S and \
            self._court_before_possessive(order) is not None

    def _voted_to(self, to_at: int) -> bool:
        """"voted 2-1 to stay", "voted unanimously to lift": a vote, its tally or an adverb of
        manner between it and "to"; not "will vote to" or "is expected to vote to"."""
        lower = self.lower
        i = to_at - 1
        while i > self.view.start and (lower[i].isdigit() or lower[i] in HYPHENS or
                                       lower[i].endswith("ly")):
            i -= 1
        return lower[i] in VOTES and not any(
            w in UNDECIDED or w == "to" for w in lower[max(self.view.start, i - 3):i])

    def describes_people(self, cue: Span) -> bool:
        """A past participle before the people it describes ("sending rejected asylum seekers
        to Uganda"), not a verb taking their claims ("rejected asylum seekers' appeals")."""
        if not self.lower[cue.end - 1].endswith("ed"):
            return False
        people = next((p for p in self.view.cue_values("PEOPLE") if p.start == cue.end), None)
        return people is not None and (people.end >= len(self.lower) or
                                       self.lower[people.end] not in POSSESSIVE_ENDINGS)

    def negated(self, at: int, span: int = 3) -> bool:
        return any(w in NEGATORS for w in self.lower[max(0, at - span):at])

    def declined(self, at: int) -> bool:
        """"declined to block", "refused to approve": the court did the opposite."""
        if at < 2 or self.lower[at - 1] != "to":
            return False
        return self.powerless(at - 2) or any(
            d.end == at - 1 for d in self.view.cue_values("LEGAL_DECLINE"))

    def powerless(self, at: int) -> bool:
        """"was powerless", "lacked the power", "had no jurisdiction", "did not have the
        authority": the word at ``at`` says a court cannot act (a lacking word within three
        words before a word of power)."""
        lower = self.lower
        if lower[at] in POWERLESS:
            return True
        return lower[at] in POWERS and any(w in POWER_LACKS for w in lower[max(0, at - 3):at])

    def describes_order(self, cue: Span) -> bool:
        """"the order halting deportations", "a ruling that halted them", "The ruling, which
        halted deportations": a verb right after an order, or in its relative clause, says what
        that order did; it is not the court acting."""
        return self.described_order(cue) is not None

    def described_order(self, cue: Span) -> Span | None:
        """The order whose participle or relative clause the verb opens (see describes_order)."""
        if cue.start == 0:
            return None
        at = cue.start - 1 if self.lower[cue.start - 1] in ("that", "which") else cue.start
        relative = at < cue.start
        if relative and at > 0 and self.lower[at] == "which" and self.lower[at - 1] == ",":
            at -= 1  # "The ruling, which halted …": a relative set off by a comma
        if not (relative or self.lower[cue.start].endswith("ing")):
            return None
        if relative:
            at = self._place_start(at)  # "a ruling in Mbabane that upheld …"
        return next((o for o in self.view.cue_values("LEGAL_ORDER") if o.end == at), None)

    def _place_start(self, at: int) -> int:
        """Where "in <Place>" ending at ``at`` begins ("a ruling in Mbabane that …"), else
        ``at``: one to three capitalised words after "in"."""
        start = at
        while start > 0 and at - start < PLACE_WORDS and self.words[start - 1][:1].isupper():
            start -= 1
        return start - 1 if start < at and start > 0 and self.lower[start - 1] == "in" else at

    def placed_ruling(self, cue: Span) -> Court | None:
        """The court of a ruling named by its place alone, whose relative the verb opens ("a
        ruling in Mbabane that upheld their detention"): the place stands for its court."""
        order = self.described_order(cue)
        if order is None or order.end + 1 >= cue.start or self.lower[order.end] != "in":
            return None
        place = self.doc[order.end + 1:self._place_end(order.end + 1, cue.start)].text
        return Court.generic(order.start, f"{order.text.lower()} in {place}", place=place)

    def _place_end(self, start: int, end: int) -> int:
        """The end of the capitalised words of a place from ``start`` (before ``end``)."""
        stop = start
        while stop < end and self.words[stop][:1].isupper():
            stop += 1
        return stop

    def order_owner(self, cue: Span) -> Court | None:
        """The court owning the order a verb describes ("a federal judge's order halting
        deportations", "the court's injunction that blocked them", "a court ruling that freed
        them", "a Supreme Court order barring removals"): that court acted."""
        order = self.described_order(cue)
        if order is None or order.start < 2:
            return None
        if self.words[order.start - 1] in ("'s", "’s"):
            return self._court_before_possessive(order)
        return next((c for c in self.courts if c.end == order.start and c.level != "step"), None)

    def _court_before_possessive(self, order: Span) -> Court | None:
        """The court whose possessive stands right before ``order`` ("the High Court's
        decision", "Judge Murphy's restraining order"); a party's step is no court."""
        return next((c for c in self.courts if order.start - 1 in (c.end, c.tail) and
                     c.level != "step"), None)

    def owned_block_against(self, clause) -> list[tuple[Span, Court]]:
        """Blocking orders a court owns, against the transfers, told as a noun phrase with no
        verb of deciding: "The court's injunction against the deportations to South Sudan
        remains in place", "Judge Murphy's restraining order against further removals". Only
        a possessive court: "sought a court injunction against them" may be asked for."""
        lower, words, out = self.lower, self.words, []
        for order in self.view.cue_values("LEGAL_ORDER"):
            if not (clause.start < order.start < order.end < clause.end - 1) or \
                    order.kb_id_ != "block" or lower[order.end] not in AGAINST or \
                    words[order.start - 1] not in POSSESSIVE_S:
                continue
            against = range(order.end + 1, order.end + 1 + AGAINST_REACH)
            if not any(c.start in against and c.kb_id_ == "transfer"
                       for c in self.view.cue_values("LEGAL_SUBJECT")):
                continue
            owner = self._court_before_possessive(order)
            if owner is not None:
                out.append((order, owner))
        return out

    def opening_ruling(self, order: Span) -> bool:
        """The order is the sentence's subject, named by no court: "The ruling, which halted
        deportations to Eswatini, was welcomed", "That decision, which stayed the transfers, …"
        (a determiner and at most a few plain words before the ruling noun)."""
        lo = self.view.start
        if order.kb_id_ != "order" or order.start <= lo or self.lower[lo] not in RULING_OPENERS:
            return False
        words = [w for w in self.lower[lo + 1:order.start] if w not in (",", "-")]
        return len(words) <= RULING_ADJ_REACH and all(w.replace("-", "").isalpha()
                                                      for w in words) and \
            not any(lo <= c.start < order.end for c in self.courts)

    def ruling_verb(self, cue: Span, lo: int) -> bool:
        """", ruling that …" opens a participle clause and "the court's ruling that …" states
        the court's ruling; "a ruling that …" is a noun whose court is unknown. A bare
        infinitive ("rule", "find") is a ruling verb only after "to" ("only for the court to
        rule in May that …"), not "the rule" or "find them a home"."""
        if cue.text.lower() in RULING_INFINITIVES:
            return cue.start > 0 and self.lower[cue.start - 1] == "to"
        if self.lower[cue.start] in RULE_NOUNS and cue.start > lo and \
                self.lower[cue.start - 1] in DETERMINERS - POSSESSIVE_S:
            return False  # "struck down the core of the rule that let Athens treat …": a noun
        if not self.lower[cue.start].endswith("ing") or cue.start == lo:
            return True
        prev, prev_text = cue.start - 1, self.words[cue.start - 1]
        return prev_text in (",", "and") or prev_text in ("'s", "’s") and any(
            c.end == prev or c.tail == prev for c in self.courts)

    def government_between(self, lo: int, at: int) -> bool:
        """The government is the subject of the step ("The administration asked …")."""
        return any(lo <= g.start < at for g in self.view.cue_values("LEGAL_GOVERNMENT")) or any(
            lo <= m.start < at and m.label == "GOV" for m in self.view.mentions)

    def government_did(self, lo: int, at: int) -> bool:
        """The government or a state is the subject of the verb at ``at`` ("the government had
        ignored", "Italy failed to assess"), not the people challenging it."""
        near = range(max(lo, at - 4), at)
        return any(g.start in near for g in self.view.cue_values("LEGAL_GOVERNMENT")) or any(
            m.start in near and m.label in ("NAME", "GOV") for m in self.view.mentions)

    def decision_at(self, at: int) -> bool:
        return any(c.start == at and c.label_ in DECIDING for c in self.view.cues)

    def noun_use(self, cue: Span) -> bool:
        """"the block", "his order": a one-word cue used as a noun decides nothing. A bare verb
        form that is also a noun ("orders", "stays") is a verb only after its subject."""
        if len(cue) > 1 or cue.start == 0:
            return False
        prev, word = self.lower[cue.start - 1], self.lower[cue.start]
        if prev in RELATIVES and self.described_order(cue) is not None:
            return False  # "a ruling in Mbabane that upheld …": the verb of the order's relative
        if word.endswith(("ed", "ing")):
            # "the blocked flights"; but "an order that lifted" is a relative clause.
            return prev in DETERMINERS - {"that", "this"}
        if prev in DETERMINERS:
            return True
        if prev in VERB_LEAD or prev.endswith("ly") or prev in COURT_PRONOUNS:
            return False  # "when it upheld the agreement": "it" for the court makes it a verb
        subject = next((c for c in self.courts if cue.start in (c.end, c.tail)), None) or \
            self._ruling_subject(cue.start) or self._court_across_time(cue.start)
        if subject is None:
            return True
        # After its court a present verb agrees with it ("the court orders", "judges order"), so
        # an order noun in base form after a single court is that court's order ("a Supreme
        # Court order in June").
        noun = any(o.start == cue.start for o in self.view.cue_values("LEGAL_ORDER"))
        return noun and not word.endswith("s") and not \
            self.lower[subject.end - 1].endswith("s")

    def _court_across_time(self, at: int) -> Court | None:
        """"The Supreme Court on Monday lifts for now …", "the justices late Friday vacate …":
        a court whose verb follows a time aside, and only one (words, numbers, commas)."""
        lower = self.lower
        for court in self.courts:
            end = max(court.end, court.tail)
            if end < at <= end + TIME_ASIDE_REACH and court.level != "step" and all(
                    w in TIME_ASIDES or w == "," or w.isdigit() for w in lower[end:at]):
                return court
        return None

    def _ruling_subject(self, at: int) -> Court | None:
        """The court whose ruling is the subject of the verb at ``at``: "the Supreme Court's
        decision allows …"."""
        doc, lower = self.doc, self.lower
        if at < 2:
            return None
        end = self._aside_start(at)
        order = next((o for o in self.view.cue_values("LEGAL_ORDER") if o.end == end), None)
        if order is None:
            return None
        # "the court's brief unsigned order", "the justices' two-page order": a few plain words
        # (no cue, no court) between the possessive and the ruling noun.
        return next((c for c in self.courts if doc[c.tail].text in POSSESSIVE_S and
                     c.tail + 1 <= order.start <= c.tail + 1 + RULING_ADJ_REACH and
                     all(w in (",", "-") or w.replace("-", "").isalpha()
                         for w in lower[c.tail + 1:order.start]) and
                     not any(c.tail < x.start < order.start for x in self.courts)), None)

    def bare_ruling(self, at: int) -> Span | None:
        """A ruling named by no court, opening the sentence as the subject of the verb at ``at``
        ("The order, issued late on Monday, lifts …", "That decision put on hold …", "The brief,
        unsigned order …"): the ruling noun, a few plain words after its determiner."""
        lo = self.view.start
        if at - lo < 2 or self.lower[lo] not in RULING_OPENERS:
            return None
        end = self._aside_start(at, BARE_ASIDE_REACH)
        order = next((o for o in self.view.cue_values("LEGAL_ORDER")
                      if o.end == end and o.kb_id_ == "order" and o.start > lo), None)
        if order is None:
            return None
        words = [w for w in self.lower[lo + 1:order.start] if w not in (",", "-")]
        if len(words) > RULING_ADJ_REACH or not all(w.replace("-", "").isalpha() for w in words) \
                or any(lo <= c.start < order.end for c in self.courts):
            return None
        return order

    def court_between(self, start: int, end: int) -> Court | None:
        """The last court named between two words ("over the dissent of three justices")."""
        return next((c for c in reversed(self.courts) if start <= c.start and c.end <= end
                     and c.level != "step"), None)

    def _aside_start(self, at: int, reach: int = ASIDE_REACH) -> int:
        """Where a participle aside between a subject and its verb opens ("order, issued without
        explanation, stays"): its first comma, or ``at`` when there is none."""
        lower = self.lower
        if lower[at - 1] != ",":
            return at
        for i in range(at - 2, max(0, at - 2 - reach), -1):
            if lower[i] == ",":
                return i if lower[i + 1].endswith(PARTICIPLE_ENDINGS) else at
        return at

    def removal_order(self, cue: Span) -> bool:
        """"ordered him deported" is a removal order in a single case, not a ruling on transfers."""
        return cue.text.lower().startswith("order") and any(
            cue.end <= s.start < cue.end + 3 and s.text.lower().endswith("ed")
            for s in self.view.cue_values("LEGAL_SUBJECT"))

    def object(self, start: int, end: int) -> Obj:
        """What the verb ending at ``start`` governs, read up to the next clause edge."""
        stop = start
        # The object may open with a demonstrative ("overturned that decision").
        while stop < min(end, start + 8) and (
                stop == start or self.lower[stop] not in OBJECT_STOP):
            stop += 1
        owner = next((c for c in self.courts if start <= c.start < stop), None)
        cues = [c for c in self.view.cues if start <= c.start < stop]
        kind, form = None, "decision"
        policy_ends = {c.end for c in cues if c.label_ == "LEGAL_SUBJECT"}
        for cue in cues:
            if cue.label_ == "LEGAL_POLICY_ORDER" or (
                    cue.label_ == "LEGAL_ORDER" and cue.start in policy_ends):
                kind = "policy"
            elif cue.label_ == "LEGAL_ORDER":
                kind = "ruling"
                form = "issue" if cue.kb_id_ == "block" or cue.text.lower() == "order" else form
            elif cue.label_ == "LEGAL_STEP":
                kind = "step"
            elif cue.label_ == "LEGAL_SUBJECT" and cue.kb_id_ in ("transfer", "arrangement"):
                kind = "policy"
            if kind:
                break
        # The government's step: a government word, or a state as owner ("Britain's appeal");
        # a state merely named ("the case over deportations to El Salvador") owns nothing.
        # Past the step noun only its maker after "by" ("an appeal by the government"), not
        # what it is about ("the lawsuit over the administration's deportations").
        step = next((c for c in cues if c.label_ == "LEGAL_STEP"), None) if kind == "step" \
            else None

        def owns(at: int) -> bool:
            return step is None or at < step.start or \
                "by" in self.lower[max(step.end, at - 2):at]

        government = any(c.label_ == "LEGAL_GOVERNMENT" and owns(c.start) for c in cues) or any(
            start <= m.start < stop and owns(m.start) and
            (m.label == "GOV" or self.doc[m.end].text in ("'s", "’s"))
            for m in self.view.mentions if m.end < len(self.doc))
        return Obj(kind or ("ruling" if owner else None), owner, government, start, stop, form)

    def pronoun_object(self, obj: Obj) -> Obj:
        """What "it" stands for: the previous sentence's court order ("The injunction … The
        Supreme Court put it on hold") or its policy ("The deal … A court put it on hold")."""
        if self.index == 0:
            return obj
        before = self.ctx.views[self.index - 1]
        policy = {c.end for c in before.cue_values("LEGAL_SUBJECT")}
        for cue in before.cues:
            if cue.label_ == "LEGAL_ORDER" and cue.start not in policy:
                return Obj("ruling", None, False, obj.start, obj.end,
                           "issue" if cue.kb_id_ == "block" else "decision")
            if cue.label_ == "LEGAL_POLICY_ORDER" or cue.label_ == "LEGAL_SUBJECT" and \
                    cue.kb_id_ == "arrangement":
                return Obj("policy", None, False, obj.start, obj.end, "decision")
        return obj

    def order_near(self, cue: Span, clause) -> Span | None:
        """The order an issuing verb issues: just after it, or just before in a passive."""
        orders = [o for o in self.view.cue_values("LEGAL_ORDER") if clause.start <= o.start and (
            cue.end <= o.start < cue.end + 5 or cue.start - 5 < o.end <= cue.start)]
        policy = {c.end for c in self.view.cue_values("LEGAL_SUBJECT")} | {
            c.start for c in self.view.cue_values("LEGAL_POLICY_ORDER")}
        orders = [o for o in orders if o.start not in policy]
        return min(orders, key=lambda o: (o.start, -len(o))) if orders else None

    def stay_of_ruling(self, order: Span) -> str | None:
        """"a stay of the injunction" lets transfers go on; "a stay of removal" holds them."""
        if order.text.lower() != "stay" or order.end >= len(self.doc) or \
                self.doc[order.end].lower_ not in ("of", "on"):
            return None
        obj = self.object(order.end + 1, self.view.end)
        return "allowed" if obj.kind == "ruling" else None

    def content_outcome(self, lo: int, hi: int) -> str | None:
        """The outcome a ruling states: its first finding ("unlawful", "not a safe country"),
        act ("must halt"), permission to send ("could deport", "cannot use the act"), or that
        another order does not hold ("the judge's ruling couldn't keep the men there")."""
        ban = self._conditional_ban(lo, hi)
        for cue in sorted((c for c in self.view.cues if lo <= c.start < hi), key=lambda c: c.start):
            if ban is not None and cue.start >= ban:
                return "blocked"  # what follows "unless" is the condition, not the finding
            prev = self.lower[cue.start - 1] if cue.start > 0 else ""
            if cue.label_ == "LEGAL_ORDER" and self._order_not_holding(cue, hi):
                return "allowed"
            if cue.label_ in ("LEGAL_FINDING", "LEGAL_QUALITY"):
                if "whether" in self.lower[lo:cue.start] or (
                        cue.label_ == "LEGAL_QUALITY" and not self._predicate(cue)):
                    continue
                # "could not be treated as a safe country": the article widens the reach.
                flip = self.negated(cue.start, 5 if prev in ("a", "an") else 4)
                # "may be unlawful" is a doubt, not a finding; "could not be treated as safe"
                # is one.
                if not flip and any(cue.start - 3 <= h.end <= cue.start and h.text != "May"
                                    for h in self.view.cue_values("HEDGE")):
                    continue
                return OPPOSITE[cue.kb_id_] if flip else cue.kb_id_
            if cue.label_ == "LEGAL_ACT" and not self.noun_use(cue) and prev != "to":
                return OPPOSITE[cue.kb_id_] if self.negated(cue.start) else cue.kb_id_
            if cue.label_ == "LEGAL_FAULT" and self.government_did(lo, cue.start):
                return OPPOSITE[cue.kb_id_] if self.negated(cue.start) else cue.kb_id_
            if cue.label_ == "LEGAL_MOVE":
                before = self.lower[max(lo, cue.start - 3):cue.start]
                # "a judgment on how member states may designate countries as safe": a question
                # the ruling answers, not what it permits
                if {"how", "whether"} & set(self.lower[max(lo, cue.start - 5):cue.start]):
                    continue
                if any(w in NEGATORS for w in before):
                    return "blocked"
                if any(w in PERMIT for w in before):
                    return "allowed"
                if before[-1:] == ["to"] and any(w in POWERS for w in before):
                    # "had the power to send them", "lacked the authority to deport them"
                    wider = self.lower[max(lo, cue.start - 6):cue.start]
                    return "blocked" if any(w in POWER_LACKS for w in wider) else "allowed"
        return "blocked" if ban is not None else \
            self._passive_move(lo, hi) or self._held_to_review(lo, hi)

    def _passive_move(self, lo: int, hi: int) -> str | None:
        """A passive of sending or of using the power, after a modal: "the Alien Enemies Act
        could not be used against them" forbids, "the men can be deported to Eswatini"
        permits (what "cannot use the act" and "could deport" say in the active)."""
        lower = self.lower
        for i in range(lo + 1, hi - 1):
            if lower[i + 1] not in MOVED or lower[i] not in PASSIVE_AUXILIARIES:
                continue
            before = lower[max(lo, i - 3):i]
            if {"how", "whether"} & set(lower[lo:i]):
                return None  # "ruled on whether the men could be deported": a question
            if RELATIVES.intersection(before):
                continue  # "people who could not be deported could not be detained": whom
            if any(w in PERMIT for w in before):
                return "blocked" if any(w in NEGATORS for w in before) else "allowed"
        return None

    def _held_to_review(self, lo: int, hi: int) -> str | None:
        """A ruling that binds the government to judges' control of what it does: a duty
        ("must", "required") with a word of judicial checking within a few words and judges
        next to them ("national judges must be able to review the list", "must let judges
        check", "must be open to full review by national courts")."""
        words = self.lower[lo:hi]
        duties = [i for i, w in enumerate(words) if w in REVIEW_DUTIES]
        for d in duties:
            near = words[d + 1:d + 1 + REVIEW_REACH]
            check = next((d + 1 + k for k, w in enumerate(near) if w in JUDICIAL_CHECKS), None)
            if check is None:
                continue
            if any(w in REVIEWING_JUDGES for w in words[max(0, d - 2):d] + words[d + 1:check + 5]):
                return "blocked"
        return None

    def _conditional_ban(self, lo: int, hi: int) -> int | None:
        """Where "unless" opens the condition of a ban the ruling lays on the government ("a
        member state cannot fast-track claims … unless", "a country could not be treated as
        safe unless …"); none for the court's own inability ("she could not rule unless")."""
        words = self.lower[lo:hi]
        if "unless" not in words:
            return None
        until = words.index("unless")
        for i in range(1, until - 1):
            if words[i] in PERMIT and words[i + 1] in NEGATORS and \
                    words[i - 1] not in RULING_SELF and words[i - 1] not in (",", "that"):
                return lo + until
        return None

    def _order_not_holding(self, order: Span, hi: int) -> bool:
        """"the judge's ruling couldn't keep the men there", "the injunction did not apply": a
        court's order negated right after; not a government's order ("the transfer order was
        not lawful") nor one kept ("the order must not be lifted")."""
        reach = min(hi, order.end + ORDER_REACH)
        if not any(w in NEGATORS for w in self.lower[order.end:reach]):
            return False
        return not any(c.label_ == "LEGAL_POLICY_ORDER" and c.start <= order.start < c.end or
                       c.label_ == "LEGAL_UNDO" and order.end <= c.start < reach + 2
                       for c in self.view.cues)

    def _predicate(self, cue: Span) -> bool:
        """An adjective said of something ("was unlawful", "ruled it unlawful last year", "not
        a safe country"), not one before its noun ("illegal migrants", "unsafe countries", a
        list of "safe" countries, "safe-third-country grounds")."""
        doc = self.doc
        if cue[-1].lower_.endswith("ly"):
            return True  # an adverb says how the act was done: "had unlawfully invoked the act"
        prev = doc[cue.start - 1].lower_ if cue.start > 0 else ""
        if prev in COPULAS or prev in ("a", "an") and cue.start > 1 and \
                doc[cue.start - 2].lower_ in COPULAS:
            return True
        after = cue.end
        while after < len(doc) and doc[after].text in QUOTES:
            after += 1
        nxt = doc[after] if after < len(doc) else None
        if nxt is not None and nxt.text in HYPHENS:
            return False
        # "which the Constitutional Court found compatible with the constitution": after a
        # ruling verb whose object came first, a preposition opens the complement's own phrase
        # ("said illegal migrants" is a noun phrase).
        if nxt is not None and nxt.lower_ in PLACE_PREPOSITIONS and \
                any(c.end == cue.start for c in self.view.cue_values("LEGAL_RULING")):
            return True
        return nxt is None or not nxt.is_alpha or nxt.lower_ in LINKS or not nxt.is_lower

    # --- pending steps ----------------------------------------------------------------------
    def pending_ok(self, cue: Span, clause) -> bool:
        """A real, present legal step: not hypothetical ("could challenge"), and tied to a
        court or a formal step ("asked an appeals court", "filed a lawsuit"); not a step
        denied ("no petition had been lodged") or a noun ("until their challenges are heard")."""
        if self.undecided(cue.start, clause.start) or self.negated(cue.start, 4) or any(
                w == "no" for w in self.lower[max(clause.start, cue.start - 4):cue.start]):
            return False
        prev = self.lower[cue.start - 1] if cue.start > 0 else ""
        if len(cue) == 1 and (prev in DETERMINERS or (
                prev in ("for", "of", "about") and cue[0].lower_.endswith("ing"))):
            return False  # "their challenges", "the deadline for challenging the transfers"
        if any(w in OPTIONS for w in self.lower[max(0, cue.start - 2):cue.start]):
            return False  # "weighing every option, including asking the court to …"
        if cue.kb_id_ == "request":
            after = self.doc[cue.end].lower_ if cue.end < len(self.doc) else ""
            # "asked the Supreme Court", "asked it"; passive: "the court has been asked".
            # "sought special leave to appeal to the High Court": permission asked of a court
            reach = 4 + LEAVE_REACH * any(w in LEAVE_TO_PROCEED
                                          for w in self.lower[cue.end:cue.end + 2])
            return any(cue.end <= c.start < cue.end + reach for c in self.courts) or (
                (after == "it" or self.passive(cue.start)) and
                any(c.end <= cue.start for c in self.courts)) or \
                self._court_asks_answer(clause, cue)
        if cue.kb_id_ == "suit" and cue.text.lower().startswith("appeal") and \
                cue.end < len(self.lower) and self.lower[cue.end] in ("to", "for") and \
                not any(cue.end < c.start <= cue.end + 4 for c in self.courts):
            return False  # "appealed to Uganda not to accept them", "appealed for calm": a plea
        if cue.kb_id_ == "suit":
            # "Judge Boasberg barred removals …; the case later went to the Supreme Court": the
            # case already told moving up, beside its ruling, is that action (rule 9).
            before = self.lower[max(self.view.start, cue.start - 3):cue.start]
            told = any(before[i:i + 2] in CASE_ALREADY_TOLD for i in range(len(before) - 1))
            return not (told and self.view.has_any(DECIDING))
        if cue.kb_id_ == "hearing" and cue.text.lower() == "hears" and prev in RELATIVES:
            return False  # "the chamber, which hears habeas corpus cases": what it does at all
        if cue.kb_id_ == "ongoing" and cue[0].lower_ in PASSIVE_AUXILIARIES and \
                any(cue.end <= c.start <= cue.end + COURT_ADJECTIVES for c in self.courts):
            # "A challenge … is before the High Court", "a damages claim … is before the civil
            # court in Rome": a step at the court that follows; not "while the matter is before
            # the court", the case already told.
            return any(clause.start <= s.start < cue.start and
                       self.lower[s.start - 1] not in POINTING
                       for s in self.view.cue_values("LEGAL_STEP"))
        if cue.kb_id_ in ("ongoing", "hearing") and cue[0].lower_ in PASSIVE_AUXILIARIES and \
                self.agent(clause, cue.start) is None and self.by_agent(clause, cue.end) is None:
            # "we are weighing every option": only a court deliberates a case ("while the
            # appeal is heard by the First Circuit").
            return False
        if cue.text.lower() == "pending" and cue.end < len(self.doc) and \
                self.doc[cue.end].is_alpha and (prev in ("of", "many", "other", "thousands") or
                                                 self.doc[cue.start - 1].like_num):
            return False  # "a backlog of 5,000 pending cases": cases of others, no step here
        if cue.text.lower() == "pending" and self._pending_until(cue):
            return False
        if cue.text.lower() in PAPER_FILINGS and not self._paper_is_step(cue):
            return False
        if cue.kb_id_ in ("ongoing", "hearing") and self._any_step_while(clause, cue):
            return False
        return bool(self.courts) or any(c.kb_id_ == "step" for c in self.view.cue_values("COURT")) \
            or steps_filed(self.view, cue) or (cue.kb_id_ == "ongoing" and
                                               step_still_open(self.view))

    def _any_step_while(self, clause, cue: Span) -> bool:
        """A condition on transfers, not a case: "should not transfer anyone while an appeal
        against the return decision is pending", "until any challenge is heard by a court",
        "while an application for judicial review is being heard"; "while his appeal is
        pending" is his own step."""
        lower = self.lower
        step = next((s for s in reversed(self.view.cue_values("LEGAL_STEP"))
                     if clause.start <= s.start < cue.start), None)
        return step is not None and step.start >= 2 and lower[step.start - 1] in ANY_STEP \
            and lower[step.start - 2] in CONDITION_OPENERS

    def _paper_is_step(self, cue: Span) -> bool:
        """"presented", "submitted" file any paper: a legal step only when they take one ("the
        habeas corpus requests presented in March", "submitted a petition to the court") or go
        before a court ("presented before the Constitutional Chamber an action"); not "medical
        evidence submitted by his lawyers"."""
        return steps_filed(self.view, cue) or any(
            cue.end <= c.start <= cue.end + 2 for c in self.courts)

    def _pending_until(self, cue: Span) -> bool:
        """"pending" as a preposition, "until": "stayed the order pending appeal", "asked for a
        stay pending appeal", "requires detention pending removal", "held pending their
        deportation", "in custody pending the outcome": what is awaited, no step taken here
        (a step "pending before the court", "still pending this week" is one)."""
        after = self.lower[cue.end] if cue.end < len(self.lower) else ""
        return (after in DETERMINERS or after in PENDING_UNTIL) and \
            not self.reading.dated(self.view, cue.end)

    def _court_asks_answer(self, clause, cue: Span) -> bool:
        """"The European Court of Human Rights has asked the British government to answer a
        complaint", "the judge asked the government to respond to the petition": a court
        asking a party to answer a formal step has the case before it, still open."""
        if self.agent(clause, cue.start) is None:
            return False
        return any(c.kb_id_ == "formal" and cue.end < c.start <= cue.end + ANSWER_REACH
                   for c in self.view.cue_values("LEGAL_STEP"))

    def pending_court(self, clause, cue: Span) -> Court:
        # "went to the High Court": the court a suit is taken to ends the cue (composed_cues.py).
        first = cue.start + 1 if cue.kb_id_ == "suit" else cue.end
        after = [c for c in self.courts if first <= c.start < min(clause.end, cue.end + 12)]
        before = [c for c in self.courts if clause.start <= c.start and c.end <= cue.start]
        # "The Supreme Court agreed to hear the appeal of a ruling by the appeals court": a
        # court going on with a case is its subject.
        if before and cue.kb_id_ in ("ongoing", "hearing") and \
                self.agent(clause, cue.start) is not None:
            return before[-1]
        if after or before:
            return after[0] if after else before[-1]
        # "filed in Boston", not "adjourned to a date in October"
        place = next((self.words[i + 1] for i in range(clause.start, clause.end - 1)
                      if self.lower[i] == "in" and self.words[i + 1].istitle() and
                      not self.reading.dated(self.view, i + 1)), None)
        if cue.text.lower() == "appealed":
            return Court.generic(cue.start, "appeals court", "appeal", place)
        steps = self.view.cue_values("LEGAL_STEP")
        text = steps[0].text if steps else "lawsuit"
        return Court.generic(cue.start, text, None, place)

    # --- where and when ---------------------------------------------------------------------
    def jurisdiction(self, court: Court) -> tuple[str | None, bool]:
        """The court's state, and whether the text says it. An international court rules on
        the transfers of the home state (rule 6), even when named by its seat ("the Luxembourg
        court"); an unplaced court is the home state's unless the sentence speaks from inside
        the receiving state ("the government's agreement to receive deportees from the United
        States") or its challengers come from there ("Ugandan lawyers", opposition lawmakers in
        a story filed from Accra)."""
        home = self.reading.home
        if court.level == "international":
            return self._respondent() or self._other_sender() or home, True
        if court.iso3:
            return court.iso3, True
        pointed = self._pointed_country(court) or self._possessor(court)
        if pointed:
            return pointed, True
        national = self._challengers_nationality(court)
        if national:
            return national, True
        if self._foreign_court(court) and self._receiving_state():
            return self._receiving_state(), True
        if self._receiving_side() or self._local_court(court):
            return self.reading.receiving, True
        challengers = self._challengers_state(court)
        if challengers:
            return challengers, True
        local = self._local_state()
        if local:
            return local, True
        setting = self._setting(court) or self._place_state(court)
        if setting:
            return setting, True
        other = self._other_sender() or self._legislature_state(court)
        if other:
            return other, True
        return self.reading.court_setting or home, False

    def _respondent(self) -> str | None:
        """The state an international court's case is against (rule 6: the state whose
        transfers are at issue), as the sentence casts it: "complaints against Greece", "found
        that Cyprus breached the convention", "forbade the Netherlands to send", "gave notice to
        the Italian Government", "Britain's first Rwanda flight", "the Italian case"; not a
        state people were sent to or come from ("back to Lebanon", "two men from Syria")."""
        lower, view = self.lower, self.view
        verbs = {c.end for c in view.cue_values("LEGAL_ACT")}
        faults = [c.start for c in view.cues if c.label_ in ("LEGAL_FINDING", "LEGAL_FAULT")]
        for m in view.mentions:
            before = [w for w in lower[max(m.start - 2, view.start):m.start] if w != "the"]
            after = lower[m.end] if m.end < view.end else ""
            if m.label == "DEMONYM":
                if after in STATE_BODIES or after in OWNED_CASES:
                    return m.iso3
                continue
            if m.label == "GOV" or RESPONDENT_LEADS & set(before):
                return m.iso3
            if before[-1:] and before[-1] in PLACE_PREPOSITIONS:
                continue  # "sent to Rwanda", "their detention in Albania"
            # "forbade the Netherlands to send": the state a court's verb governs.
            governed = m.start in verbs or lower[m.start - 1] == "the" and m.start - 1 in verbs
            if after in POSSESSIVE_ENDINGS or governed or \
                    any(m.end <= f <= m.end + RESPONDENT_REACH for f in faults):
                return m.iso3
        return None

    def _other_sender(self) -> str | None:
        """A sentence on another sending state's scheme, naming it and not the story's own
        ("The partnership London signed with Kigali …; after the Supreme Court found Rwanda
        unsafe", "Italy's centre in Albania … a reference still pending before the EU Court of
        Justice"): its courts, and the international courts ruling on its transfers."""
        home = self.reading.home
        named = [m for m in self.view.mentions if m.label in ("NAME", "CAPITAL", "GOV")]
        if any(m.iso3 == home for m in self.view.mentions):
            return None
        # "the removal of an Eritrean man to France": a destination is not a sender; nor is the
        # story's own receiving state, named in other sentences too, in any role but an
        # owner's ("ruling that France was obliged to consider his claim", "left destitute in
        # France", "satisfied that Paris would …"; not "Italy's centre at Gjader").
        lower, receiving = self.lower, self.reading.counterpart
        # "their own arrangement with France": the partner of a deal is not its sender.
        senders = [m.iso3 for m in named if m.iso3 in deporting_states() and
                   (m.iso3 != receiving or self._owner(m.end)) and
                   lower[max(m.start - 1, 0)] not in DESTINATION_PREPOSITIONS and
                   lower[max(m.start - 1, 0)] not in PARTNER_LINKS]
        return senders[0] if senders else None

    def _owner(self, end: int) -> bool:
        """A possessive ending right after a mention ("Italy's centre")."""
        return end < len(self.lower) and self.lower[end] in POSSESSIVE_ENDINGS

    def _foreign_court(self, court: Court) -> bool:
        """The court bears a name the home state's courts do not ("the Constitutional Chamber"
        in a story on U.S. deportations): it is a court of the receiving state."""
        home = self.reading.home
        return any(f.kb_id_ == home and f.start < court.end and court.start < f.end
                   for f in self.view.cue_values("LEGAL_FOREIGN_COURT"))

    def _receiving_state(self) -> str | None:
        """Where a court foreign to the home state sits: the state the sentence names, or the
        place of detention it names ("their retention in the CATEM"), else the dateline's or
        the story's setting, else the receiving state."""
        home = self.reading.home
        named = [m.iso3 for m in self.view.mentions if m.iso3 != home and
                 m.label in ("NAME", "CAPITAL", "GOV")] + [
            f.kb_id_ for f in self.view.cue_values("CONCERN_FACILITY")]
        if named:
            return named[0]
        setting = self.reading.ctx.dateline_country or self.reading.story_setting
        return setting if setting and setting != home else self.reading.receiving

    def _local_state(self) -> str | None:
        """"A challenge by local civil society groups": challengers of the state the story
        just discussed, other than the sender, go to its courts."""
        home = self.reading.home
        if not any(c.start > 0 and self.lower[c.start - 1] == "local"
                   for c in self.view.cue_values("LEGAL_CHALLENGER")):
            return None
        for index in range(self.index, max(-1, self.index - 4), -1):
            named = [m for m in self.ctx.views[index].mentions if m.iso3 != home and
                     m.label in ("NAME", "CAPITAL", "GOV")]
            if named:
                return named[-1].iso3
        return None

    def _pointed_country(self, court: Court) -> str | None:
        """"The country's Constitutional Court": the state named last before the court, in this
        sentence or the ones before it."""
        if not any(p.end == court.start for p in self.view.cue_values("LEGAL_COUNTRY_POINTER")):
            return None
        for index in range(self.index, max(-1, self.index - 4), -1):
            view = self.ctx.views[index]
            # "Britain planned to send them to Rwanda. The country's highest court", "Panama
            # took deportees from the United States. Its Supreme Court": where people go or
            # come from is not the country a court of which the sentence goes on about.
            named = [m for m in view.mentions if m.end <= court.start and
                     m.label in ("NAME", "CAPITAL", "GOV") and
                     self._preposition_before(m.start) not in ROUTE_PREPOSITIONS]
            if named:
                return named[-1].iso3
        return None

    def _preposition_before(self, at: int) -> str:
        """The word before a name, past "the" ("from the United States")."""
        before = max(at - 1, 0)
        if self.lower[before] == "the" and before > 0:
            before -= 1
        return self.lower[before]

    def _possessor(self, court: Court) -> str | None:
        """"In Belize's case, the Supreme Court is still weighing a challenge", "Belize's
        agreement remains on hold while the Supreme Court hears …": an unplaced court after a
        state other than home owning the deal or the case is that state's, in a sentence that
        names home only as the counterpart ("Ghana's deal with Washington")."""
        if court.place:
            return None
        lower, home = self.lower, self.reading.home
        if any(m.iso3 == home and lower[max(m.start - 1, 0)] not in COUNTERPARTS
               for m in self.view.mentions):
            return None
        owned = {c.start for c in self.view.cue_values("LEGAL_SUBJECT")
                 if c.kb_id_ == "arrangement"} | {
            i for i in range(self.view.start, court.start) if lower[i] in OWNED_CASES}
        found = None
        for m in self.view.mentions:
            if m.end + 1 >= court.start or m.iso3 == home or \
                    m.label not in ("NAME", "CAPITAL", "GOV") or \
                    lower[m.end] not in ("'s", "’s"):
                continue
            if owned & {m.end + 1, m.end + 2}:
                found = m.iso3
        return found

    def _setting(self, court: Court) -> str | None:
        """Where an unplaced court sits when the sentence sets the scene with a fronted
        locative ("In Accra, a suit filed at the Supreme Court …", "In the United States, the
        Supreme Court …"). A court with a place of its own ("a judge in Boston") has none."""
        if court.place or court.level == "international":
            return None
        doc = self.doc
        for m in self.view.mentions:
            if m.end >= court.start or m.label not in ("NAME", "CAPITAL") or \
                    m.end >= len(doc) or doc[m.end].text != ",":
                continue
            before = self.lower[max(m.start - 2, self.view.start):m.start]
            if before[-1:] == ["in"] or before == ["in", "the"]:
                at = m.start - (1 if before[-1:] == ["in"] else 2)
                if self._fronted(at):
                    return m.iso3
        return None

    def _place_state(self, court: Court) -> str | None:
        """A court placed by a state or capital the sentence names ("a petition filed in
        Panama", "a suit lodged in Nairobi"): that state."""
        if not court.place or court.level == "international":
            return None
        return next((m.iso3 for m in self.view.mentions if m.label in ("NAME", "CAPITAL") and
                     (m.text + " ").startswith(court.place + " ")), None)

    def _fronted(self, at: int) -> bool:
        """The locative at ``at`` opens the sentence, after no more than a word or two that
        open a scene ("And in Accra,", "Meanwhile, in the United States,"): "landed in South
        Sudan, after the court …" names a state in passing."""
        lead = [w for w in self.lower[self.view.start:at] if w.isalpha()]
        return len(lead) <= 2 and all(w in SCENE_OPENERS for w in lead) and all(
            w.isalpha() or w in ",—–-" for w in self.lower[self.view.start:at])

    def _challengers_state(self, court: Court) -> str | None:
        """The state of the challengers: named before them ("Ugandan lawyers") or after them
        ("activists in Nairobi", "the Law Society of Kenya"), in a sentence that does not name
        the deporting state."""
        receiving, home = self.reading.receiving, self.reading.home
        if receiving is None or any(m.iso3 == home for m in self.view.mentions):
            return None
        challengers = self.view.cue_values("LEGAL_CHALLENGER")
        for m in self.view.mentions:
            if m.iso3 == home:
                continue
            before = m.iso3 == receiving and m.start < court.start and \
                any(m.end <= c.start < m.end + 3 for c in challengers)
            after = m.label in ("NAME", "CAPITAL") and any(
                c.end < m.start <= c.end + 3 and self.lower[m.start - 1] in ("in", "of")
                for c in challengers)
            if before or after:
                return m.iso3
        return None

    def _challengers_nationality(self, court: Court) -> str | None:
        """Challengers called by a state's adjective ("a group of Guatemalan lawyers asked the
        Constitutional Court", "a coalition of French charities went to the Conseil d'État")
        take the case to that state's courts, whichever state the story mostly names; not when
        the sentence names the deporting state or the court has a place of its own."""
        home, lower = self.reading.home, self.lower
        if court.place or court.level == "international" or \
                any(m.iso3 == home for m in self.view.mentions):
            return None
        challengers = self.view.cue_values("LEGAL_CHALLENGER")
        # "A constitutional challenge to the accord, filed by a group of Honduran lawyers": a
        # step named by no court words is brought by challengers told after it too.
        step = court.start == court.end
        for m in self.view.mentions:
            if m.label != "DEMONYM" or m.start >= court.start and not step:
                continue
            # "Guatemalan lawyers", "Kosovo MPs"; "a coalition of French charities"
            named = any(c.start == m.end or c.end < m.start <= c.end + 2 and
                        lower[m.start - 1] == "of" for c in challengers)
            if named:
                return m.iso3
        return None

    def _local_court(self, court: Court) -> bool:
        """Challengers of the deal itself in a story filed from, or set in, the receiving state
        ("ACCRA —", a debate in its parliament; "opposition lawmakers challenged the
        arrangement at the Supreme Court") go to that state's courts; the transfers themselves
        ("blocked the flights") are the deporting state's acts, and naming that state ("lawyers
        in the United States") places the court there."""
        ctx, home = self.reading.ctx, self.reading.home
        setting = ctx.dateline_country or self.reading.story_setting
        if setting is None and court.level in NATIONAL_TOP and not court.place:
            # A story about the receiving state's government that also tells what the sender
            # does: its top court hears the challenge to the deal itself ("the civic group
            # filed a suit at the Supreme Court asking it to declare the agreement
            # unconstitutional").
            setting = self.reading.governing_host
        subjects = {c.kb_id_ for c in self.view.cue_values("LEGAL_SUBJECT")}
        # "asked the Supreme Court to declare that holding them at the camp violated …": the
        # holding of the people there, a case of the state holding them.
        local_matter = subjects == {"arrangement"} or not subjects and \
            self.view.has("LEGAL_HOLDING")
        # "an umbrella group of rights organisations filed an action of unconstitutionality"
        challenged = self.view.has("LEGAL_CHALLENGER") or any(
            c.kb_id_ in STEPS_TAKEN for c in self.view.cue_values("LEGAL_PENDING"))
        return setting is not None and setting != home and \
            setting == self.reading.receiving and local_matter and challenged and \
            not any(m.iso3 == home for m in self.view.mentions)

    def _legislature_state(self, court: Court) -> str | None:
        """A top court hearing a challenge to the deal in a passage on a state's parliament
        ("needed ratification under Article 75", "the approval of the National Assembly"): the
        deal is challenged in that state's courts, the state named last before the court, when
        the sentence names home only as the counterpart ("deported from the United States")."""
        # "asks the court to declare void the agreement …": a court the sentence names by no
        # rank or name ("the court", "the petition") hears it too; "Copenhagen City Court" has
        # its own.
        unnamed = court.level is None and court.text.islower()
        if court.place or court.level not in NATIONAL_TOP and not unnamed:
            return None
        home, lower = self.reading.home, self.lower
        if not any(c.kb_id_ == "arrangement" for c in self.view.cue_values("LEGAL_SUBJECT")):
            return None
        if any(m.iso3 == home and not {"from", "by", "with"} & set(
                lower[max(m.start - 2, 0):m.start]) for m in self.view.mentions):
            return None
        first = max(0, self.index - LEGISLATURE_REACH)
        views = self.ctx.views[first:self.index + 1]
        if not any(w in LEGISLATURE for v in views for w in lower[v.start:v.end]):
            return None
        # "the law ratifying the protocol with Tirana": the partner the court's sentence names
        # for the deal is not the state whose parliament ratified it.
        partners = {m.iso3 for m in self.view.mentions
                    if lower[max(m.start - 1, 0)] in PARTNER_LINKS}
        for view in reversed(views):
            # "their own arrangement with France": the partner of home's own deal. Before the
            # court's sentence, only the story's receiving state ("Ghana has received …"), not
            # one named in passing ("a Rwanda gimmick").
            named = [m for m in view.mentions if m.iso3 != home and m.iso3 not in partners and
                     m.label in ("NAME", "CAPITAL", "GOV", "DEMONYM") and
                     lower[max(m.start - 1, 0)] not in PARTNER_LINKS and
                     (view is self.view or m.iso3 == self.reading.receiving)]
            before = [m.iso3 for m in named if m.start < court.start]
            if before:
                return before[-1]
            if named and view is self.view:
                # "The petition … contends that any agreement under which Kenya takes in
                # people …": the state whose deal the step goes on to name.
                return named[0].iso3
        # "… needed ratification under Article 75. … the matter was properly before the
        # Supreme Court": the story's receiving state, named in sentences further back.
        counterpart = self.reading.counterpart
        return None if counterpart in partners else counterpart

    def _receiving_side(self) -> bool:
        """The challenge is to the receiving state's own intake ("to stop the government from
        receiving deportees from the United States", "to bar Accra from taking in more"): the
        sentence names home only as where the people come from, and names no state or only
        the receiver itself as the one taking them in, or a government word does."""
        receiving, home = self.reading.receiving, self.reading.home
        cues = self.view.cue_values("LEGAL_RECEIVING")
        if not cues or receiving is None or receiving == home:
            return False
        named = [m for m in self.view.mentions if m.label in ("NAME", "CAPITAL", "GOV")
                 and not (m.start == self.view.start and m.text.isupper())]
        words = self.lower
        # "deportees from the United States", "anyone removed by the US": home is the sender.
        senders = [m for m in named if m.iso3 == home and {"from", "by"} & set(
            words[max(m.start - 2, 0):m.start])]
        takers = [m for m in named if m.iso3 == receiving and
                  any(m.end <= c.start <= m.end + 4 for c in cues)]
        if len(senders) + len(takers) < len(named):
            return False
        return bool(senders or takers) or any(
            RECEIVING_GOVERNMENTS & set(words[max(c.start - 4, self.view.start):c.start])
            for c in cues)

    def names_foreign_state(self) -> bool:
        """A state other than the courts' is named, or its authorities ("hand the men over to
        South Sudanese authorities"): the ruling concerns sending people there."""
        own = {self.reading.home} | {c.iso3 for c in self.courts}
        lower = self.lower
        return any(m.iso3 not in own for m in self.view.mentions
                   if m.label in ("NAME", "CAPITAL", "GOV") or m.label == "DEMONYM" and
                   m.end < len(lower) and lower[m.end] in STATE_BODIES)

    def window_end(self, at: int, end: int, size: int = 8) -> int:
        """Where a verb's own date may still follow it ("ruled on Wednesday, …")."""
        lower = self.lower
        return next((i for i in range(at, min(end, at + size)) if lower[i] in WINDOW_STOP),
                    min(end, at + size))

    def date(self, lo: int, hi: int, court: Court, own_line: bool = True) -> str | None:
        """The date written with the ruling itself, between ``lo`` and ``hi``. A date cut off
        from the court by "after", "because"… belongs to another event ("flown … after the
        court ruled"); "That evening" is the day the previous sentence gave. ``own_line``: the
        event is the one its timeline line reports (not an earlier ruling it undoes)."""
        found = self.ctx.dates_in(self.view)
        if hi <= lo:
            return None
        base = self.view.start_char
        starts, ends = token_bounds(self.doc)
        lo_c = starts[lo] - base
        hi_c = ends[hi - 1] - base
        anchor = starts[court.start] - base
        ok = [d for d in found if d.value and lo_c <= d.start and d.end <= hi_c and not (
            d.end <= anchor and self._cut_off(d.end, anchor))]
        if ok:
            return min(ok, key=lambda d: abs(d.start - anchor)).value
        # "In an interim measure issued on Monday, the court …", "said on Tuesday they had
        # filed …": a weekday dates the news the sentence tells, wherever it stands in it.
        weekdays = {d.value for d in found if d.value and
                    WEEKDAY.search(self.view.text[d.start:d.end]) and not (
                        d.end <= anchor and self._cut_off(d.end, anchor))}
        if own_line and len(weekdays) == 1:
            return weekdays.pop()
        lapsed = self._lapse_date(found, lo_c, hi_c)
        if lapsed:
            return lapsed
        earlier = self._transfer_date(found, anchor, court)
        if earlier:
            return earlier
        # A timeline entry ("June 23: The Supreme Court lifts …", "April 7 — …", "June 2022.
        # The first flight …") dates every event on its line.
        head = self._line_heading() if own_line else None
        if head:
            return head
        if self.index and any(lo <= c.start < hi for c in self.view.cue_values("LEGAL_SAME_TIME")):
            # "That evening" needs a day: the previous sentence's most precise date.
            before = [d.value for d in self.ctx.dates_in(self.ctx.views[self.index - 1]) if d.value]
            return max(before, key=len) if before else None
        return None

    def _line_heading(self) -> str | None:
        """The date that opens the sentence's line, followed by a colon, a dash or a full
        stop: a timeline entry, in this sentence or an earlier one of the same line."""
        text = self.ctx.text  # not Doc.text, which joins every token again
        line_start = text.rfind("\n", 0, self.view.start_char) + 1
        first = LEADING_SPACE.match(text, line_start).end()  # no copy of the rest of the text
        for view in self.ctx.views[max(0, self.index - 4):self.index + 1]:
            if not view.start_char <= first < view.start_char + len(view.text):
                continue
            head = next((d for d in self.ctx.dates_in(view) if d.value and
                         view.start_char + d.start == first and
                         HEADING_MARK.match(view.text[d.end:d.end + 3])), None)
            return head.value if head else None
        return None

    def _lapse_date(self, found: list, lo: int, hi: int) -> str | None:
        """"Within days, judges in Rome refused …", "… in October 2024, but judges ordered
        their release within days": the month of the date before the lapse, in this sentence
        or else the one before."""
        text = self.view.text
        if "within" not in text.lower() and "later" not in text.lower():
            return None
        lapse = LAPSE.search(text, lo, hi)
        if lapse is None:
            return None
        before = [d.value for d in found if d.value and d.end <= lapse.start()]
        if not before and self.index:
            before = [d.value for d in self.ctx.dates_in(self.ctx.views[self.index - 1])
                      if d.value]
            before = [max(before, key=len)] if before else []
        return before[-1][:7] if before else None

    def _transfer_date(self, found: list, anchor: int, court: Court) -> str | None:
        """The date of a transfer told in the clause before the court's, joined to it ("…
        taken there in October 2024, but judges in Rome refused …"; "… in October 2024, saw 16
        men shipped …; all were taken back after a Rome court refused …")."""
        before = [d for d in found if d.value and d.end <= anchor]
        if len(before) != 1:
            return None
        between = self.view.text[before[0].end:anchor]
        if not NEXT_CLAUSE.search(between) or LATER & set(re.findall(r"[a-z]+", between.lower())):
            return None
        moved = any(c.start < court.start for c in self.view.cue_values("MIGRATION"))
        return before[0].value if moved else None

    def _cut_off(self, start: int, end: int) -> bool:
        """A subordinator between a date and the court, with the court inside its clause."""
        words = self.view.text[start:end].lower().replace(",", " , ").split()
        # "filed a writ before the Supreme Court": a preposition leading to the court.
        cuts = [i for i, w in enumerate(words) if w in SUBORDINATORS and
                not (w == "before" and words[i + 1:] in ([], ["the"]))]
        return bool(cuts) and "," not in words[cuts[-1]:]


def _shared_across_time(words: list[str]) -> bool:
    """"…, and on July 3 made clear", "and, on July 3, they made clear": a verb joined to the
    one before by "and" across a time of its own, its subject the one before (or a pronoun
    for it)."""
    timed = [w for w in words if w in TIME_ASIDES or w.isdigit()]
    return bool(timed) and all(w in TIME_ASIDES or w.isdigit() or w == "," or w in VERB_LEAD or
                               w in SHARED_SUBJECTS for w in words)


def block_order_against(view: SentenceView, lower: list[str]) -> bool:
    """A blocking order against something ("injunction against the deportations"): a
    sentence that may tell a ruling by naming it alone (Sentence.owned_block_against)."""
    return any(o.kb_id_ == "block" and o.end < view.end and lower[o.end] in AGAINST
               for o in view.cue_values("LEGAL_ORDER"))


def opens_on_ruling(view: SentenceView, lower: list[str]) -> bool:
    """The sentence opens on a ruling noun after a determiner ("The ruling, which halted …",
    "That decision …"): it may tell a ruling whose court it does not name."""
    return lower[view.start] in RULING_OPENERS and any(
        o.kb_id_ == "order" and o.start <= view.start + 1 + RULING_ADJ_REACH
        for o in view.cue_values("LEGAL_ORDER"))


def steps_filed(view: SentenceView, cue: Span | None = None) -> bool:
    """A party's legal step filed ("an application, lodged in June", "filed a complaint"): a
    formal step noun right before or after a filing verb; an asylum application or a request
    ("filed a request to be moved") is no legal step."""
    doc = view.doc
    filings = [cue] if cue is not None else view.cue_values("LEGAL_PENDING")
    for filing in filings:
        if filing.kb_id_ != "filing":
            continue
        for step in view.cue_values("LEGAL_STEP"):
            if step.kb_id_ != "formal":
                continue
            near = filing.start - 4 <= step.start < filing.start or \
                filing.end <= step.start < filing.end + 3
            if near and not _made_to_officials(doc, step):
                return True
    return False


def _made_to_officials(doc: Doc, step: Span) -> bool:
    """"an asylum application", "an application for asylum": not a step before a court."""
    before = doc[step.start - 1].lower_ if step.start > 0 else ""
    after = [t.lower_ for t in doc[step.end:step.end + 2]]
    return before in NOT_LEGAL_STEPS or (
        len(after) == 2 and after[0] == "for" and after[1] in NOT_LEGAL_STEPS)


def step_still_open(view: SentenceView) -> bool:
    """"A challenge to the deal by local groups is still awaiting judgment": a formal step said
    to be undecided, with no court named."""
    return any(c.kb_id_ == "ongoing" and c[0].lower_ not in PASSIVE_AUXILIARIES
               for c in view.cue_values("LEGAL_PENDING")) and any(
        s.kb_id_ == "formal" and not _made_to_officials(view.doc, s)
        for s in view.cue_values("LEGAL_STEP"))


def points_to_step(view: SentenceView, only: bool = False) -> bool:
    """A step named by a pointing word: "that request", "the application"; with ``only``, the
    sentence names no other ("a suit … while the case is heard" names a new one)."""
    doc = view.doc
    pointed = [s.start > 0 and doc[s.start - 1].lower_ in ("that", "this", "the")
               for s in view.cue_values("LEGAL_STEP")]
    if only:
        return bool(pointed) and all(pointed)
    return any(pointed)


def still_open(view: SentenceView) -> bool:
    """"That request was still pending", "The case has yet to be heard": a step named by a
    pointing word, said to be undecided."""
    return points_to_step(view) and any(
        c.kb_id_ == "ongoing" for c in view.cue_values("LEGAL_PENDING"))


def subject_of(view: SentenceView) -> str:
    if any(c.text.lower() == "alien enemies act" for c in view.cue_values("LEGAL_SUBJECT")):
        return "Alien Enemies Act"
    return "third-country transfers"


def names_a_source(view: SentenceView, source: str | None) -> bool:
    """A named outside source (lawyers, media, "Human Rights Watch"), not the court itself."""
    if not source:
        return False
    low = f" {source.lower()} "
    if any(f" {p} " in low for p in view.phrases("COURT")):
        return False
    words = source.split()
    return any(w[:1].isupper() for w in words[1:]) or any(
        f" {p} " in low for cat in ("UNNAMED_SOURCE", "ORGANISATION", "RUMOR")
        for p in view.phrases(cat))
