"""The receiving state of a removal left implied (FACTS.md rules 4 and 7).

Reporters name the state once and then point back to it: "some 190 people had been transferred
there", "only five men have been sent under it", "the government says it has received more than
40", "the total number of deportees received by the country", "flown to the island", "the
number of non-Hondurans received under the accord". Such a movement reaches the state the
story just named (or, failing that, the one it is set in), sent by the story's deporter.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from thirdcountry.extraction.context import DATELINE
from thirdcountry.extraction.removal_passages import is_passage, passage_receiver
from thirdcountry.extraction.roles import clause_roles
from thirdcountry.extraction.sentence_view import Mention
from thirdcountry.extraction.words import word_class, word_tuple

STATE_NOUNS = r"(?:country|kingdom|nation|island|islands|archipelago|territory|republic)"
AUTHORITY_NOUNS = r"(?:government|authorities)"
# "under the deal", "under that partnership", "under its memorandum with Washington"
DEALS = "|".join(word_tuple("deals_moved_under"))
UNDER_A_DEAL = (r"under\s+(?:it|(?:the|that|this|its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?"
                rf"(?:{DEALS}))\b")
# right after the verb: "transferred there", "sent under it", "flown to the island"
AFTER_MOVE = re.compile(
    rf"^(?:\s+(?:back|in|on|over|already|so\s+far))?\s+(?:there\b|{UNDER_A_DEAL}|to\s+the\s+"
    rf"{STATE_NOUNS}\b(?!\s+of\b)|by\s+the\s+(?:{STATE_NOUNS}|{AUTHORITY_NOUNS})\b)",
    re.IGNORECASE)
# "received under Ghana's arrangement with Washington": the state whose deal it is, right
# after the verb (a time or a place may come between)
UNDER_A_STATES_DEAL = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+under\s+(?:the\s+)?$", re.IGNORECASE)
STATES_DEAL_AFTER = re.compile(rf"^(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:{DEALS})\b",
                               re.IGNORECASE)
# "moved across the Adriatic", "have been taken across the Channel": the sea between the sender
# and the state just named; not "shipped back across the Adriatic" (home from that state)
CROSSED_WATERS = "|".join(word_tuple("crossed_waters"))
ACROSS_AFTER = re.compile(r"^(?:\s+(?:already|so\s+far|over))?\s+across\s+the\s+(?:"
                          + CROSSED_WATERS + r")\b", re.IGNORECASE)
# a counted object between the verb and "there": "flew 238 Venezuelans there"
COUNTED_THERE = re.compile(
    r"^\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
    # "transferred about 400 migrants from Bangladesh and Egypt there": the people's origins
    r"hundreds)\s+(?:[\w-]+\s+){0,2}?(?:from\s+(?:[\w-]+,?\s+){1,5}?)?(?:there\b|"
    r"across\s+the\s+(?:"
    + CROSSED_WATERS + r")\b)", re.IGNORECASE)
# the verb's object, uncounted, then the pointer: "sent asylum seekers there", "used to send
# hundreds of Salvadorans and Hondurans there", "flew the men to the kingdom", "has deported
# migrants to the country"; the object has no clause or phrase of its own ("sent people to
# work there", "deported men who lived there") and does not end on a participle ("people born
# there"); a noun's "of" is no object ("the transfer of asylum seekers there")
OBJECT_THEN_POINTER = re.compile(
    r"^\s+(?!of\b)(?:(?!(?:to|in|at|on|from|into|for|with|by|who|which|that|whose|where|when|"
    r"before|after|than|but|or|is|are|was|were|be|been|has|have|had|would|will|could|"
    r"home|back|born)\b)[\w'-]+\s+){1,6}?(?<!ed\s)(?<!ing\s)"
    rf"(?:there\b(?!\s+(?:is|are|was|were)\b)|to\s+the\s+{STATE_NOUNS}\b(?!\s+of\b))",
    re.IGNORECASE)
# before a verb of receiving: "it has received", "the kingdom has taken in", "his country had
# received" (an official speaking for the state just named)
BEFORE_RECEIVING = re.compile(
    rf"\b(?:it|(?:the|his|her|their|our)\s+(?:{STATE_NOUNS}|{AUTHORITY_NOUNS}))\s+"
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?:(?:now|so\s+far|already|since|also)\s+)?$", re.IGNORECASE)
RECEIVING = word_class("took_in_phrases")
NEGATED_DEMONYM_BEFORE = re.compile(r"\bnon-?\s*$", re.IGNORECASE)
LOOKBACK = 2  # sentences before in which the state pointed back to is looked for
# "no asylum seekers have been sent there", "anyone sent there", "without a single one having
# been sent under it": nobody in particular was moved
NOBODY = word_class("nobody_or_anybody_words")
NOBODY_REACH = 8  # tokens before the verb in which "no …" is looked for
STATE_NOUN_AFTER = re.compile(rf"\bthe\s+{STATE_NOUNS}\b", re.IGNORECASE)


# "flown in from the United States", "bussed in on Friday", "were flown in, officials said":
# "in" as a particle (hither), not the preposition of "flown in February" or "flown in Panama"
FLOWN_IN_VERBS = word_class("flown_in_verbs")
IN_PARTICLE = re.compile(r"\s+in\b(?=\s*(?:[,.;:)—–]|$)|\s+(?:" +
                         "|".join(word_tuple("in_particle_followers")) + r")\b)",
                         re.IGNORECASE)


def _points_back(ctx, view, move) -> bool:
    text = view.text
    end = move.end_char - view.start_char
    start = move.start_char - view.start_char
    if AFTER_MOVE.match(text[end:end + 60]) or COUNTED_THERE.match(text[end:end + 60]) or \
            ACROSS_AFTER.match(text[end:end + 60]) or _object_then_pointer(view, move, end):
        return True
    if move.text.lower() in FLOWN_IN_VERBS and IN_PARTICLE.match(text, end) and \
            any(c.value and c.start < start for c in ctx.counts_in(view)):
        return True  # a counted group ("eight deportees had been flown in"), not "the group"
    return move.text.lower() in RECEIVING and bool(
        BEFORE_RECEIVING.search(text[max(0, start - 40):start])) or \
        _received_from(view, move) or _counted_so_far(ctx, view, move)


def _object_then_pointer(view, move, end: int) -> bool:
    """``OBJECT_THEN_POINTER`` after the verb, with no other verb of movement inside the object:
    "returned six of the 23 people flown there" points with "flown", not "returned"."""
    found = OBJECT_THEN_POINTER.match(view.text[end:end + 80])
    if found is None:
        return False
    hi = view.start_char + end + found.end()
    return not any(move.end_char < c.start_char < hi for c in view.cue_values("MOVE"))


# "140 people have been transferred so far", "37 had been sent to date": a running count of
# people moved under the arrangement the story is about, its place left to the state just
# named; not the sender's own tally ("the US has deported 90,000 Mexicans so far"), which is
# active, nor a goal that follows ("sent so far to Rwanda")
SO_FAR_AFTER = re.compile(r"^\s+(?:so\s+far|to\s+date|thus\s+far)\b(?!\s+(?:to|into|in|this)\b)",
                          re.IGNORECASE)
PERFECT_PASSIVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+$",
                                    re.IGNORECASE)


def _counted_so_far(ctx, view, move) -> bool:
    start = move.start_char - view.start_char
    end = move.end_char - view.start_char
    return bool(SO_FAR_AFTER.match(view.text[end:end + 30])) and \
        bool(PERFECT_PASSIVE_BEFORE.search(view.text[max(0, start - 30):start])) and \
        any(c.end <= start and c.value for c in ctx.counts_in(view))


# "have been received from the United States", "accepted from Washington since August"
FROM_AFTER = re.compile(r"^(?:\s+(?:so\s+far|already|in\s+total))?\s+from\b", re.IGNORECASE)


def _received_from(view, move) -> bool:
    """A verb of receiving followed by where the people came from: the receiver is left
    implied, and it is the state the story is set in."""
    end = move.end_char - view.start_char
    return move.text.lower() in RECEIVING and bool(FROM_AFTER.match(view.text[end:end + 40]))


def _not_of(view, move) -> list:
    """"the number of non-Hondurans received": the state the people are not of is the one
    receiving them."""
    if move.text.lower() not in RECEIVING:
        return []
    return [m for m in view.mentions if m.label == "DEMONYM" and m.end <= move.start and
            NEGATED_DEMONYM_BEFORE.search(view.text[:view.char_at(m.start)])]


def implied_receiver(ctx, view, index: int, moves: list, deporter: str | None,
                     origins: set[str], earlier: list,
                     places_in=None) -> tuple[object, list[Mention]] | None:
    """(movement, [the state it reaches]) when the clause's movement points back to a state
    it does not name; ``origins`` are the people's nationalities, never the receiver.
    ``places_in(text, lo, hi)`` gives the (offset, ISO3) of the named places in a text: a
    place of detention named in a sentence is what "there" points back to first ("Gjader has
    served as a site, a use the Luxembourg judgment does not touch. 40 men were moved
    there")."""
    if deporter is None:
        return None
    for move in moves:
        if is_passage(view, move):  # "have passed through it": the site named before
            passed = passage_receiver(ctx, index, view, move)
            if passed:
                return move, passed
            continue
        if any(t.lower_ in NOBODY for t in view.doc[max(view.start, move.start - NOBODY_REACH):
                                                     move.start]):
            continue
        negated = _not_of(view, move)
        if negated:
            return move, negated[:1]
        here = _here(ctx, index, view, move, deporter) or _fronted_state(view, move, deporter) \
            or _owner_of_the_deal(view, move, deporter) or _across_a_border(view, move, deporter)
        if here:
            return move, here
        if not _points_back(ctx, view, move):
            continue
        for before in reversed(ctx.views[max(0, index - LOOKBACK):index + 1]):
            # "… are nationals of Vietnam and Yemen": where the people come from
            hi = len(before.text) if before is not view else \
                move.start_char - view.start_char
            places = [iso3 for _, iso3 in places_in(before.text, 0, hi)
                      if iso3 != deporter and iso3 not in origins] if places_in else []
            if places:
                return move, [Mention(places[-1], "EARLIER", move.start, move.end, move.text)]
            people_of = set(clause_roles(ctx.doc, before, before.clauses[0], deporter,
                                         whole_sentence=True).nationalities)
            named = [m for m in before.mentions
                     if m.iso3 != deporter and m.iso3 not in origins | people_of and
                     m.label in ("NAME", "CAPITAL", "EPITHET") and
                     (before is not view or m.end <= move.start)]
            if named:
                return move, [Mention(named[-1].iso3, "EARLIER", move.start, move.end,
                                      move.text)]
        if earlier:
            return move, [Mention(earlier[-1].receiving_country, "EARLIER", move.start,
                                  move.end, move.text)]
        # "received by the country", "31 people have been received from the United States":
        # the state the story is set in
        host = ctx.host_state
        end = move.end_char - view.start_char
        if host and host != deporter and (STATE_NOUN_AFTER.search(view.text[end:end + 30]) or
                                          _received_from(view, move)):
            return move, [Mention(host, "EARLIER", move.start, move.end, move.text)]
    return None


def _owner_of_the_deal(view, move, deporter: str) -> list[Mention]:
    """"At least 42 West Africans were received under Ghana's arrangement with Washington":
    the state whose deal the people were moved under is the one that took them."""
    if move.text.lower() not in RECEIVING:
        return []
    end = move.end_char - view.start_char
    for m in view.mentions:
        lo, hi = view.char_at(m.start), view.char_at(m.end - 1) + len(view.doc[m.end - 1].text)
        if lo < end or lo > end + 40:
            continue
        if m.iso3 != deporter and m.label in ("NAME", "CAPITAL") and \
                UNDER_A_STATES_DEAL.match(view.text[end:lo]) and \
                STATES_DEAL_AFTER.match(view.text[hi:hi + 40]):
            return [Mention(m.iso3, "EARLIER", move.start, move.end, move.text)]
    return []


# "the eight men flown here", "Israel has sent 12 asylum seekers here": in a story filed from
# the receiving state, the state of its dateline ("JUBA, South Sudan —")
HERE_AFTER = re.compile(r"^(?:\s+(?:[\w-]+\s+){0,4}?)?\s*here\b(?!\s+(?:is|are|was|were)\b)",
                        re.IGNORECASE)
HERE_REACH = 5  # words between the verb and "here": its object ("sent 12 asylum seekers here")


def nearest_dateline(ctx, index: int) -> str | None:
    """The state of the last dateline at or before the sentence (a round-up files each story
    from its own capital: "MBABANE, Eswatini — … JUBA, South Sudan — …")."""
    for view in reversed(ctx.views[:index + 1]):
        first = view.mentions[0] if view.mentions else None
        if first and first.start == view.start and first.text.isupper() and \
                first.label in ("CAPITAL", "NAME") and DATELINE.match(view.text):
            return first.iso3
    return ctx.dateline_country


def _here(ctx, index: int, view, move, deporter: str) -> list[Mention]:
    end = move.end_char - view.start_char
    after = view.text[end:end + 60]
    # the pattern needs "here" (no letter of it has a case variant that lower() leaves apart,
    # as "İ" or "ſ" have): its absence, the rule, spares the pattern's tries of word counts
    if "here" not in after.lower():
        return []
    found = HERE_AFTER.match(after)
    if not found or any(ch in found.group() for ch in ",;.—–"):
        return []
    state = nearest_dateline(ctx, index)
    if state is None or state == deporter:
        return []
    return [Mention(state, "EARLIER", move.start, move.end, move.text)]


TOTAL_OF_PEOPLE = re.compile(r"\b(?:number|total)\s+of\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def in_a_running_total(view, cue) -> bool:
    """"bringing to 15 the number of deportees received by the country": a participle that
    counts the people of a running total moved them (FACTS.md rule 7)."""
    start = cue.start_char - view.start_char
    return bool(TOTAL_OF_PEOPLE.search(view.text[max(0, start - 50):start]))


# "• In Ghana, deportees were held at …", "And in South Sudan, the men deported in July have not
# been seen": the opening words before the state
FRONTED_IN = re.compile(r"[^\w]*(?:(?:and|but|meanwhile|elsewhere),?\s+)?in\s+(?:the\s+)?",
                        re.IGNORECASE)


@lru_cache(maxsize=1)
def _crossings() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """(pattern of "across the <name>" after a verb, the name, the two states) of each shared
    water or border river in ``data/crossings.json``, longest names first."""
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "crossings.json").read_text("utf-8"))["crossings"]
    return tuple((re.compile(r"(?:\s+[\w,-]+){0,4}?\s+(?:back\s+)?(?:across|over)\s+(?P<name>" +
                             re.escape(name) + r")\b"), name, tuple(states))
                 for name, states in sorted(data.items(), key=lambda kv: -len(kv[0])))


def _across_a_border(view, move, deporter: str) -> list[Mention]:
    """"212 people had been sent back across the Channel", "pushed back across the Evros": the
    state on the other side of a water or river the sender shares with one other state."""
    end = move.end_char - view.start_char
    for pattern, name, states in _crossings():
        if deporter not in states:
            continue
        found = pattern.match(view.text, end)
        if found is None:
            continue
        other = next(iso3 for iso3 in states if iso3 != deporter)
        token = move.start
        at = view.start_char + found.start("name")
        while token < view.end and view.doc[token].idx < at:
            token += 1
        return [Mention(other, "PLACE", token, min(token + len(name.split()), view.end), name)]
    return []


def _fronted_state(view, move, deporter: str) -> list[Mention]:
    """"In Ghana, deportees were held at a camp outside the capital", "In South Sudan, the men
    deported in July have not been seen", "And in Eswatini, the five men deported in July
    remain in prison": a state fronted by "in" and a comma sets the scene of a movement after
    it that names no place of its own. Only a state's name: "In Geneva, UN experts said …"
    sets the scene of the speaking. Each such scene is a report of its own, sent by the
    story's deporter, not onward by the state the last one reached (label "SCENE")."""
    first = next((m for m in view.mentions if m.label == "NAME"), None)
    if first is None or first.iso3 == deporter or first.end >= move.start or \
            view.doc[first.end].text != "," or FRONTED_IN.fullmatch(
                view.text, 0, view.char_at(first.start)) is None:
        return []
    return [Mention(first.iso3, "SCENE", first.start, first.end, first.text)]
