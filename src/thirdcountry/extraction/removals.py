"""Removal facts: people actually sent to a third country (FACTS.md rules 4, 7, 13).

``build_removals`` reads each sentence in turn: its movements (``removal_movements``), the
people they move, a destination for each movement of a clause until one reaches one
(``removal_destinations``), movements that are no removals (``removal_exclusions``), the
sender (``removal_senders``), the count (``removal_counts``), the nationalities
(``removal_nationalities``) and the date (``removal_dates``); word classes they share are in
``removal_words``. A hedged past removal ("appears to have received") is a speculative one;
planned or possible ones are none. Here stay the orchestration and the checks over all of a
document's removals: a batch that a running total told elsewhere includes is left out (rule
7), and so is an uncounted group flown to its one nationality.
"""

from __future__ import annotations

import re
from dataclasses import replace

from thirdcountry.extraction.aboard import count_aboard
from thirdcountry.extraction.centres_held import HOLDING_VERBS as HOLDING_WORDS
from thirdcountry.extraction.centres_held import (
    centre_holding_verbs,
    centre_owner,
    goal_site_owner,
)
from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext, home_cues
from thirdcountry.extraction.group_origins import earlier_group_nationalities, moved_on_elsewhere
from thirdcountry.extraction.implied_receiver import implied_receiver, in_a_running_total
from thirdcountry.extraction.labelled_lines import line_label
from thirdcountry.extraction.left_at import left_there
from thirdcountry.extraction.listed_counts import demonym_spans, listed_alone, listed_group_count
from thirdcountry.extraction.onward import over_land_from_inside, part_of_the_group, passive_agent
from thirdcountry.extraction.own_nationals import only_own_nationals
from thirdcountry.extraction.parallel_dates import same_period_date
from thirdcountry.extraction.past_clauses import future_arrival, negation_of_a_relative_clause
from thirdcountry.extraction.permitted_moves import permitted_not_done
from thirdcountry.extraction.removal_counted_apart import count_apart_from_own
from thirdcountry.extraction.removal_counts import (
    PEOPLE_COUNT_HEADS,
    SINGLE_PERSON,
    aside_after,
    aside_count,
    aside_date,
    count_referred_to,
    counts_a_new_group,
    elided_group,
    group_count,
    received_bare_count,
    running_total,
    single_person,
)
from thirdcountry.extraction.removal_dates import removal_when, runs_over_months, total_date
from thirdcountry.extraction.removal_destinations import (
    destinations_of,
    find_named,
    gapped_count,
    handed_to_officers,
    in_a_plural_goal,
    laws,
    named_places,
    parallel_destinations,
    places_in,
)
from thirdcountry.extraction.removal_exclusions import (
    brought_back_to_sender,
    came_by_themselves,
    crossed_by_themselves,
    going_home,
    group_sent_home,
    moved_on_their_own,
    moves_things,
    no_one_moved,
    own_national_subject,
    taken_on_inside,
    went_home,
)
from thirdcountry.extraction.removal_home_groups import (
    counted_group_went_home,
    named_group_went_home,
    whole_group_named_after,
)
from thirdcountry.extraction.removal_merge import a_batch_inside_a_total, a_part_told_again
from thirdcountry.extraction.removal_movements import (
    HEADLINE_TENSE,
    among_those_moved,
    carried_by_another_vehicle,
    counted_and_dated,
    counted_subject_group,
    definite_counted_group,
    gerund_named_not_done,
    held_after_sending,
    is_headline,
    movement_cues,
    nominal_awaited,
    nominal_not_happened,
    planned,
    present_passive,
    ranked_past,
    stopped,
    taken_off_the_vehicle,
    timeline_entry,
    went_ahead,
)
from thirdcountry.extraction.removal_nationalities import (
    counted_apart,
    group_nationalities,
    negates_a_nationality,
    not_nationalities,
    others_counted_apart,
    people_from,
    people_not_senders,
)
from thirdcountry.extraction.removal_reasons import moves_in_the_reason
from thirdcountry.extraction.removal_receipts import relative_receipt
from thirdcountry.extraction.removal_senders import (
    moving_state,
    onward_sender,
    overland_in,
    partner_named_before,
    sent_from,
)
from thirdcountry.extraction.removal_tallies import tally_removal
from thirdcountry.extraction.removal_words import PEOPLE_HEADS, about_the_group, perfect
from thirdcountry.extraction.roles import clause_roles
from thirdcountry.extraction.sentence_view import Clause
from thirdcountry.extraction.sentences import lower_words
from thirdcountry.extraction.stage import is_negated
from thirdcountry.extraction.unasserted import asserts_nothing
from thirdcountry.extraction.words import word_class, word_tuple
from thirdcountry.facts.schema import Removal

OWN_NATIONALS_REACH = 7  # tokens from the verb to "its own citizens" in the same phrase
# "received … and then drove them to their home countries": "home" belongs to another verb
OTHER_PHRASE = word_class("other_phrase")


def build_removals(ctx: DocumentContext) -> list[Removal]:
    """Every removal the document reports as having happened."""
    facts: list[Removal] = []
    totals: list[Removal] = []  # removals counted by a running total
    headline_batches: list[Removal] = []
    for index, view in enumerate(ctx.views):
        if asserts_nothing(view):
            continue
        movements = movement_cues(ctx, view)
        if movements and view.has("INTENT"):
            movements = moves_in_the_reason(ctx.doc, view, movements)
        if not movements:
            tallied = tally_removal(ctx, index, view)
            if tallied is not None:  # "• Panama: 299 people, on three flights in February"
                facts.append(tallied)
            continue
        if future_arrival(view):
            continue
        if not (view.has("PEOPLE") or any(m.label == "DEMONYM" for m in view.mentions)
                or about_the_group(view) or SINGLE_PERSON.search(view.text)
                or part_of_the_group(view)
                or any((c.head or "") in PEOPLE_HEADS for c in ctx.counts_in(view))
                or elided_group(ctx, view) or received_bare_count(ctx, view, movements)
                # "centres in Albania have held only a small number of people"
                or centre_holding_verbs(view)
                # "flights to South Sudan and Eswatini went ahead": they carried people
                or went_ahead(view)
                # "The number of small-boat arrivals returned to France … has reached 212"
                or ctx.running_total_in(view) is not None):
            continue
        moves = [c for c in movements
                 if not (is_negated(c) and not negation_of_a_relative_clause(view, c)
                         and not negates_a_nationality(view, c))
                 and (not planned(c) or counted_and_dated(ctx, view, c)
                      or among_those_moved(ctx, view, c) or held_after_sending(view, c)
                      or definite_counted_group(view, c) or in_a_running_total(view, c)
                      or counted_subject_group(ctx, view, c, movements))
                 and not stopped(c) and not nominal_not_happened(ctx, view, c)
                 and not permitted_not_done(c)
                 and not nominal_awaited(view, c)
                 and not carried_by_another_vehicle(c) and not taken_off_the_vehicle(c)
                 and not gerund_named_not_done(c)
                 and (not (c.text.lower() in HEADLINE_TENSE or present_passive(c))
                      or is_headline(index, view) or timeline_entry(ctx, view)
                      or ranked_past(c))]
        if not moves:
            continue
        for clause in with_gapped_clauses(ctx, view):
            clause_moves = [c for c in moves if clause.start <= c.start < clause.end]
            if not clause_moves:
                continue
            roles = people_not_senders(ctx, view, clause_roles(ctx.doc, view, clause,
                                                               ctx.deporter))
            owner = centre_owner(view, clause_moves[0]) if clause_moves[0].text.lower() \
                in HOLDING_WORDS else None
            if owner and owner != roles.deporting:  # "Italy's centres in Albania have held"
                roles = replace(roles, deporting=owner)
            # "A charter carrying 25 deportees landed at …": the verb that reaches a place
            move, destinations = clause_moves[0], []
            for candidate_move in clause_moves:
                if roles.deporting or moving_state(ctx, view, candidate_move, set()) or \
                        overland_in(ctx, view, clause, candidate_move):
                    found = destinations_of(ctx, view, index, clause, roles, candidate_move,
                                            moves, facts)
                    if found:
                        move, destinations = candidate_move, found
                        break
            if not destinations:
                implied = implied_receiver(ctx, view, index, clause_moves,
                                           roles.deporting or ctx.deporter,
                                           set(roles.nationalities), facts, places_in)
                if implied is None:
                    continue
                move, destinations = implied
                roles = replace(roles, deporting=roles.deporting or ctx.deporter)
            destinations = destinations + parallel_destinations(
                ctx, view, index, clause, roles, move, destinations, clause_moves, moves, facts)
            site_owner = goal_site_owner(view, move)
            if site_owner is not None:  # "moved to the Italian-run centres in Albania"
                destinations = [d for d in destinations if d.iso3 != site_owner]
                if not destinations:
                    continue
            if any(0 <= h.start - move.end <= OWN_NATIONALS_REACH and all(
                    t.lower_ not in OTHER_PHRASE for t in ctx.doc[move.end:h.start])
                    for h in home_cues(view)):
                continue  # "received more than 30,000 of its own citizens"
            if moves_things(ctx, view, move) and not handed_to_officers(ctx, view, move) or \
                    came_by_themselves(ctx, view, move) or \
                    crossed_by_themselves(view, move, moves) or \
                    went_home(clause, move) or \
                    moved_on_their_own(clause, move) or no_one_moved(view, clause, move):
                continue
            window_start = ctx.doc[clause.start].idx - view.start_char
            # the verb's stretch of the sentence: from the end of the last clause before it that
            # moves people of its own (or the sentence start) to its clause's end
            moved_before = [c for c in view.clauses if c.end <= clause.start and
                            any(c.start <= m.start < c.end and
                                any(n.start > m.start for n in c.mentions) for m in moves)]
            clause_chars = (ctx.doc[moved_before[-1].end].idx - view.start_char
                            if moved_before else 0,
                            ctx.doc[clause.end - 1].idx + len(ctx.doc[clause.end - 1].text)
                            - view.start_char)
            not_of = not_nationalities(view)
            # "The fourteen deportees — Nigerians and a Gambian — landed in Accra": the people
            # may be named in another clause of the sentence
            nationalities = [n for n in roles.nationalities or clause_roles(
                ctx.doc, view, clause, ctx.deporter, whole_sentence=True).nationalities
                if n not in not_of]
            origins = people_from(ctx, view, {roles.deporting})
            nationalities += [n for n in origins if n not in nationalities]
            own_people = list(dict.fromkeys(roles.nationalities + origins))
            plural_goal = in_a_plural_goal(ctx, move, destinations)
            for dest in destinations:
                apart = others_counted_apart(ctx, index, dest.iso3, roles.deporting)
                home = _named_before(view, own_people, dest)
                if (home == [dest.iso3] or len(home) > 1 and
                        set(home) == {d.iso3 for d in destinations}) and \
                        dest.iso3 not in not_of and not apart:
                    # "They're from Honduras, … put on a flight … back to Tegucigalpa";
                    # "Afghans and Syrians …, 47 of whom were flown to Kabul and Damascus"
                    continue
                if not apart and dest.iso3 not in not_of and \
                        only_own_nationals(view, clause, move, dest.iso3):
                    continue  # "Venezuelans freed from Salvadoran mega-prison land in Caracas"
                if going_home(ctx, view, clause, clause_moves, dest) or \
                        (dest.iso3 not in not_of and
                         own_national_subject(ctx, view, move, dest)) or \
                        taken_on_inside(facts, view, dest, move) or \
                        group_sent_home(facts, view, dest) or \
                        brought_back_to_sender(facts, move, dest) \
                        or named_group_went_home(ctx, index, view, move, dest) \
                        or counted_group_went_home(ctx, index, view, dest) \
                        or whole_group_named_after(ctx, index, dest):
                    continue
                dest_char = ctx.doc[dest.start].idx - view.start_char
                window = (window_start, dest_char) if len(destinations) > 1 else None
                window_start = dest_char
                aside = aside_after(ctx, view, dest)
                count = aside_count(ctx, view, aside) or gapped_count(ctx, view, dest) or \
                    group_count(ctx, view, dest.iso3, move.start_char - view.start_char, window,
                                (clause_chars[0], clause_chars[1]))
                if count is not None and " and " in view.text:
                    # "13 Nigerians and a Gambian": the list adds up to the group
                    count = listed_group_count(view, ctx.counts_in(view),
                                               demonym_spans(ctx.doc, view), count, dest.iso3)
                # "238 Venezuelans and 23 Salvadorans to El Salvador": own nationals counted apart
                # are not in the group (rule 13)
                group_of = [n for n in nationalities
                            if n != dest.iso3 or not counted_apart(ctx, view, dest.iso3)]
                if count is None:
                    count = listed_alone(view, ctx.counts_in(view), demonym_spans(ctx.doc, view),
                                         dest.iso3) or \
                        single_person(view, clause_chars[0], dest_char) or \
                        count_referred_to(ctx, index, view, move) or \
                        count_aboard(ctx, index, view, PEOPLE_COUNT_HEADS)
                if plural_goal:
                    count = None  # "300 people to third countries, among them Eswatini"
                if apart is not None:
                    count, group_of = apart.count, apart.nationalities or \
                        [n for n in group_of if n != dest.iso3]
                total, counted_since = running_total(ctx, index, dest.iso3, roles.deporting)
                if total is not None and (count is None or count.value is None or
                                          total.value > count.value):
                    count = total
                cert = certainty_of(view, move.start, move.end)
                if cert.level == "speculative" and not perfect(move):
                    continue  # "could be sent" is no removal; "appears to have received" is
                # "They were taken to CATEM": where the group was held, said just after
                nxt = ctx.views[index + 1].text if index + 1 < len(ctx.views) and \
                    about_the_group(ctx.views[index + 1]) else ""
                targets = {d.iso3 for d in destinations}
                labelled = line_label(ctx, view)
                sender = site_owner or moving_state(ctx, view, move, targets) or \
                    passive_agent(ctx.doc, view, move, targets) or \
                    sent_from(ctx, view, clause, move, targets) or (
                    # "• South Sudan: … the men flown to Juba": an entry of its own
                    roles.deporting if labelled is not None and labelled.iso3 in targets
                    # "• In South Sudan, the men deported in July …": a scene of its own
                    or dest.label == "SCENE" else None) or \
                    partner_named_before(ctx, index, dest.iso3) or onward_sender(
                    facts, view, roles.deporting, targets, move,
                    clause.start if counts_a_new_group(
                        ctx, view, (ctx.doc[clause.start].idx - view.start_char,
                                    clause_chars[1])) else None,
                    over_land=over_land_from_inside(ctx.doc, view, move, destinations) or
                    any(left_there(lower_words(ctx.doc), d.start, move.start)
                        for d in destinations))
                if sender is None or sender == dest.iso3:
                    continue  # "Panama bused the deportees to a camp in Darién": inside a state
                over_months = False
                if total is count and counted_since:
                    date = total_date(ctx, view, index, clause, move, counted_since)
                    over_months = runs_over_months(ctx, counted_since)
                else:
                    date = aside_date(ctx, view, aside) or same_period_date(view.text, facts)
                    if date is None:
                        date, over_months = removal_when(ctx, view, index, clause, move)
                fact = Removal(
                    deporting_country=sender,
                    receiving_country=dest.iso3,
                    date=date,
                    count=count.value if count else None,
                    count_qualifier=count.qualifier if count and count.value is not None else None,
                    # a state does not deport its own citizens: none of the people is the sender's;
                    # the sentences after speak of the group sent to the last destination named
                    nationalities=[n for n in group_of or (group_nationalities(
                        ctx, index, dest.iso3, single=bool(count and count.value == 1))
                        if dest is destinations[-1] and
                        not moved_on_elsewhere(view, clause, moves, {dest.iso3, sender})
                        else []) or
                        earlier_group_nationalities(ctx, index, {dest.iso3, sender} | {
                            m.iso3 for m in view.mentions})
                        if n != sender],
                    facility=find_named(view.text, named_places()) or
                    find_named(nxt, named_places()),
                    legal_basis=find_named(view.text, laws()),
                    certainty=cert.level, attributed_to=cert.attributed_to,
                    evidence=ctx.evidence(view),
                    rule=f"removal:{move.text.lower()}" + (f"+{cert.cue}" if cert.cue else ""))
                facts.append(fact)
                earlier_from = relative_receipt(view, clause_moves, sender)
                if earlier_from is not None and earlier_from != dest.iso3:
                    # "… West Africans it had received from the US to Togo": the receipt too
                    facts.append(replace(fact, deporting_country=earlier_from,
                                         receiving_country=sender,
                                         rule=f"removal:received+{move.text.lower()}"))
                if over_months:
                    ctx.counted_over_months.add(id(fact))
                if total is count:
                    totals.append(fact)
                elif index == 0 and count is not None:
                    headline_batches.append(fact)
    kept = [f for f in facts if not _batch_of_a_total(f, headline_batches, totals)
            and not _earlier_batch_of_a_total(ctx, f, totals)
            and not _group_flown_home(ctx, f, facts) and not a_part_told_again(f, facts)
            and not a_batch_inside_a_total(f, facts)]
    count_apart_from_own(ctx, kept)  # "238 Venezuelans … and 23 Salvadorans" told elsewhere
    return kept


def _named_before(view, nationalities: list[str], dest) -> list[str]:
    """The clause's people named before their destination: all of its nationality, they went
    home; a part named after it is not the group ("Of the eight men deported … to South Sudan,
    the only South Sudanese was released")."""
    if not view.start <= dest.start < view.end:
        return nationalities  # a destination told before the sentence comes before all of it
    return [n for n in nationalities
            if any(m.iso3 == n and m.start < dest.start for m in view.mentions)]


def _group_flown_home(ctx: DocumentContext, fact: Removal, facts: list[Removal]) -> bool:
    """"The plane carrying the men … has landed … outside Caracas" in a story whose removal, told
    before or after (a live blog runs backwards), was of Venezuelans: the uncounted group
    moved to the state of its one nationality went home."""
    if fact.count is not None:
        return False
    view = ctx.view_at(fact.evidence.start)
    return view is not None and about_the_group(view) and any(
        other is not fact and other.nationalities == [fact.receiving_country] for other in facts)


# "the first five men", "its original seven": a batch sent before the one a total adds up
EARLIER_BATCH = re.compile(r"\b(?:the|its|their)\s+(?:" + "|".join(
    word_tuple("earlier_batch_ordinals")) + r")\s+$", re.IGNORECASE)


def _earlier_batch_of_a_total(ctx: DocumentContext, fact: Removal,
                              totals: list[Removal]) -> bool:
    """"… bringing to 15 the number the kingdom has taken in. The first five have been held
    since mid-July": an earlier batch told in another sentence than the running total that
    includes it is part of that total (rule 7)."""
    if fact.count is None or not totals:
        return False
    if not any(t.deporting_country == fact.deporting_country and
               t.receiving_country == fact.receiving_country and
               (t.count or 0) > fact.count and t.evidence.start != fact.evidence.start
               for t in totals):
        return False
    view = ctx.view_at(fact.evidence.start)
    return view is not None and any(
        c.value == fact.count and EARLIER_BATCH.search(view.text, max(0, c.start - 20), c.start)
        for c in ctx.counts_in(view))


def _batch_of_a_total(fact: Removal, headline_batches: list[Removal],
                      totals: list[Removal]) -> bool:
    """"… as 30 more West Africans arrive" over a story that gives the running total they
    bring: the headline's batch is part of the total recorded for the pair (rule 7)."""
    return any(fact is h for h in headline_batches) and any(
        t.deporting_country == fact.deporting_country and
        t.receiving_country == fact.receiving_country and (t.count or 0) > (fact.count or 0)
        for t in totals)


def with_gapped_clauses(ctx: DocumentContext, view) -> list[Clause]:
    """The sentence's clauses, with a clause that has no verb of moving and opens on "and" a
    state and a count joined to the clause before: "Panama received nearly 300 people, and
    Costa Rica about 200" leaves out the verb the second clause shares with the first."""
    joined: list[Clause] = []
    for clause in view.clauses:
        if joined and clause.mentions and gapped_count(ctx, view, clause.mentions[0]) and \
                not any(clause.start <= c.start < clause.end for c in view.cue_values("MOVE")):
            last = joined[-1]
            joined[-1] = Clause(last.start, clause.end, last.mentions + clause.mentions,
                                last.cues + clause.cues, last.sentence_cues)
        else:
            joined.append(clause)
    return joined

