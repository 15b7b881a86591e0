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
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from thirdcountry.extraction.sentence_view import Clause, Mention, SentenceView
from thirdcountry.extraction.sentences import STARTS_KEY, lower_words

FROM_WORDS = {"from"}
DEPORT_BEFORE_FROM = {"deported", "deportees", "deportee", "expelled", "removed", "sent", "flown",
                      "transferred", "returned", "asylum", "seekers", "migrants", "people",
                      "deportations", "deportation", "non-citizens", "removals", "transfers",
                      "nationals", "persons", "individuals", "immigrants", "returnees"}
NATIONALITY_BEFORE_FROM = {"men", "women", "man", "woman", "people", "migrants", "nationals",
                           "persons", "deportees", "children", "families", "others", "including",
                           "mostly", "individuals", "refugees", "citizens", "those"}
SENDER_VERBS = {"deported", "deports", "deport", "sent", "sends", "flew", "flies", "removed",
                "removes", "transferred", "transfers", "returned", "returns", "expelled",
                "expels", "asked", "asks", "approached", "has", "have", "wants", "wanted",
                "pays", "paid", "plans", "planned", "hopes", "is", "was", "will", "would",
                "deporting", "sending"}
STRONG_SENDER_VERBS = SENDER_VERBS - {"has", "have", "is", "was", "will", "would"}
AUXILIARIES = {"has", "have", "had", "would", "will", "also", "already", "reportedly", "since",
               "now", "then", "officials", "authorities", "government", "'s", "is", "was", "been",
               "be", "recently", "quietly", "publicly"}
EXPLICIT_SENDER_VERBS = {"deported", "deports", "deport", "expelled", "expels", "removed",
                         "removes", "sent", "sends", "flew", "transferred", "deporting", "sending",
                         "returned", "returns"}
PLAN_NOUNS = {"plan", "scheme", "policy", "centres", "centers", "program", "programme",
              "deportation", "deportations", "deportees", "navy", "flights", "pilot", "model"}
DEMONYM_AS_STATE = {"government", "authorities", "officials", "president", "ministry", "minister",
                    "navy", "administration", "state", "prime", "foreign", "interior", "embassy",
                    "counterpart", "territory", "soil", "leader", "leaders", "-run", "run",
                    "courts",
                    "court", "judges", "justices", "coast", "guard", "military", "police", "centre",
                    "centres", "center", "centers", "side", "port", "capital", "city", "border",
                    "prison", "prisons", "island", "camp", "facility", "airport", "town",
                    "jail", "mainland", "official", "spokesman", "spokeswoman", "spokesperson",
                    "envoy", "diplomat", "diplomats", "ambassador", "lawmaker", "lawmakers",
                    "ministers", "presidency", "parliament", "cabinet"}
NATIONALITY_BEFORE = {"nationals", "citizens", "natives", "passport"}


# Words that may stand between "from" and a state in a list of origins: "from countries
# including Iran", "mostly from Central Asia and India".
LIST_FILLER = {"the", "countries", "including", "such", "as", "nations", "states", "and", ",",
               "mostly", "mainly", "other"}
REGION_WORDS = {"asia", "africa", "america", "europe", "central", "west", "east", "north", "south",
                "latin", "middle", "southern", "northern", "eastern", "western", "the", "caribbean",
                "balkans"}


@dataclass(slots=True)
class Roles:
    deporting: str | None
    receivers: list[Mention]
    nationalities: list[str]


def _prev_words(doc: Doc, index: int, n: int) -> list[str]:
    """Up to ``n`` lower-case words before ``index``, never reaching into the previous sentence."""
    words = lower_words(doc)
    start = max(0, index - n)
    starts = doc.user_data.get(STARTS_KEY)
    if starts:
        # the sentence start only matters when it falls inside the window
        first = starts[max(0, bisect_right(starts, index) - 1)]
        start = max(start, first)
    return words[start:index]


def _next_words(doc: Doc, index: int, n: int) -> list[str]:
    return lower_words(doc)[index:index + n]


SIGNALS_KEY = "thirdcountry.deporter_signals"


def deporter_signal(doc: Doc, m: Mention) -> int:
    """``_deporter_signal`` of a mention, computed once per document."""
    memo = doc.user_data.setdefault(SIGNALS_KEY, {})
    score = memo.get(m.start)
    if score is None:
        score = memo[m.start] = _deporter_signal(doc, m)
    return score


def _deporter_signal(doc: Doc, m: Mention) -> int:
    """How strongly the wording around a mention names a deporting state (0 = not at all).

    3 is explicit ("deported from X", "deported by X", "X has expelled", "X-run centres");
    2 is suggestive ("X's plan", "X asked"); a destination ("to X", "into X") is never a sender.
    "deportees from X" names a sender only for a state known to deport (``deporting_states``):
    "deportees from Nigeria" are more often Nigerians.
    """
    before = _prev_words(doc, m.start, 3)
    after = _next_words(doc, m.end, 3)
    if before and before[-1] in ("to", "into", "onto") or before[-2:-1] == ["to"] and \
            before[-1] == "the":
        return 0
    if m.label == "DEMONYM" and is_nationality(doc, m, None):
        return 0  # "Venezuelans removed under the act": the people, never the sender
    known = m.iso3 in deporting_states()
    score = 0
    if before and before[-1] == "by" and len(before) > 1 and before[-2] in DEPORT_BEFORE_FROM:
        score += 3
    if before and (before[-1] == "from" or before[-2:] == ["from", "the"]):
        wider = _prev_words(doc, m.start, 7)
        if any(w in DEPORT_BEFORE_FROM for w in wider):
            score += 3 if known else 1
    if m.label != "DEMONYM" and after and after[0] in ("deportees", "deportee", "-run", "navy"):
        score += 3
    if m.label == "DEMONYM" and after and after[0] in ("navy", "-run") and known:
        score += 3
    verb = next((w for w in _next_words(doc, m.end, 5) if w not in AUXILIARIES), None)
    if verb in STRONG_SENDER_VERBS:
        score += 3 if verb in EXPLICIT_SENDER_VERBS else 2
    if after[:1] == ["'s"] and len(after) > 1 and after[1] in PLAN_NOUNS:
        score += 2
    return score


MOVE_WORDS = {"sent", "send", "returned", "return", "deported", "deport", "flown", "fly", "flew",
              "transferred", "transfer", "removed", "remove", "expelled", "back", "moved"}


def _sent_to(doc: Doc, m: Mention) -> bool:
    before = _prev_words(doc, m.start, 5)
    return bool(before) and before[-1] in ("to", "into") and any(w in MOVE_WORDS
                                                                 for w in before[:-1])


def document_deporter(doc: Doc, views: list[SentenceView]) -> str | None:
    """The state whose removals the document mostly reports, or None if nothing says so."""
    scores: Counter[str] = Counter()
    for view in views:
        for m in view.mentions:
            s = deporter_signal(doc, m)
            if s:
                scores[m.iso3] += s
            if _sent_to(doc, m):
                # "returned to France", "flown to Rwanda": where people go is not who sends
                scores[m.iso3] -= 2
            if m.iso3 in deporting_states() and not is_nationality(doc, m, None):
                # Each mention of a state known to deport weighs a little: a story about
                # Britain's Rwanda plan names Britain often even where no verb says it sends.
                scores[m.iso3] += 1
    if not scores:
        return None
    return scores.most_common(1)[0][0]


def is_nationality(doc: Doc, m: Mention, deporter: str | None) -> bool:
    """True when the mention names where people come from, not a state acting or receiving."""
    after = _next_words(doc, m.end, 2)
    if m.label == "DEMONYM":
        return not (after and after[0] in DEMONYM_AS_STATE)
    before = _prev_words(doc, m.start, 8)
    if before and before[-1] in ("of",) and len(before) > 1 and before[-2] in NATIONALITY_BEFORE:
        return True
    if any(w in NATIONALITY_BEFORE for w in before[-4:]) and "of" in before[-4:]:
        return m.iso3 != deporter and True
    # "men from Cuba", "people from countries including Iran", "the others come from Laos":
    # the state right after "from" (or after "countries including") is where people come from.
    if m.iso3 != deporter and "from" in before[-4:]:
        idx = len(before) - 1 - before[::-1].index("from")
        between = before[idx + 1:]
        if all(w in LIST_FILLER or w in REGION_WORDS for w in between):
            context = before[max(0, idx - 3):idx]
            return any(w in NATIONALITY_BEFORE_FROM or w in ("come", "came", "comes")
                       for w in context)
    return False


def in_transit(doc: Doc, m: Mention) -> bool:
    before = " ".join(_prev_words(doc, m.start, 6))
    return "base in" in before or "military base" in before or "held in" in before and \
        "halted" in before


@lru_cache(maxsize=1)
def deporting_states() -> frozenset[str]:
    """States known to seek third-country transfers (the tie-breaker of the module docstring)."""
    data = json.loads(resources.files("thirdcountry.extraction").joinpath(
        "data", "deporting_states.json").read_text("utf-8"))
    return frozenset(data["states"])


def list_joined(doc: Doc, a: Mention, b: Mention) -> bool:
    """True when only commas, "and", "or" stand between two mentions ("Cuba, Laos and Vietnam")."""
    between = doc[a.end:b.start]
    return len(between) <= 3 and all(t.lower_ in (",", "and", "or", "&", "the") for t in between)


COURT_WORDS = {"court", "courts", "judge", "judges", "justices", "tribunal", "supreme", "high"}


def _names_a_court(doc: Doc, m: Mention) -> bool:
    """"Italian courts", "Britain's Supreme Court": the state of a court, not a receiver."""
    after = _next_words(doc, m.end, 2)
    if after[:1] in (["'s"], ["’s"]):
        after = after[1:]
    return bool(after) and after[0] in COURT_WORDS


def _negated_demonym(doc: Doc, m: Mention) -> bool:
    before = _prev_words(doc, m.start, 2)
    return m.label == "DEMONYM" and (before[-1:] == ["non"] or before == ["non", "-"])


def clause_roles(doc: Doc, view: SentenceView, clause: Clause, default_deporter: str | None,
                 *, whole_sentence: bool = False) -> Roles:
    """Deporting state, receiving candidates and nationalities named in ``clause``."""
    mentions = view.mentions if whole_sentence else clause.mentions
    deporter = default_deporter
    signals = [(deporter_signal(doc, m), m) for m in view.mentions]
    local = [(s, m) for s, m in signals if s >= 3 and m in mentions] or \
        [(s, m) for s, m in signals if s >= 3]
    if local:
        deporter = max(local, key=lambda sm: sm[0])[1].iso3
    elif default_deporter not in {m.iso3 for m in view.mentions}:
        listed = [m for m in mentions if m.iso3 in deporting_states() and
                  not is_nationality(doc, m, None)]
        others = [m for m in mentions if m.iso3 not in deporting_states()]
        if listed and others:
            deporter = listed[0].iso3
    receivers: list[Mention] = []
    nationalities: list[str] = []
    previous: Mention | None = None
    previous_was_nationality = False
    for m in mentions:
        if _negated_demonym(doc, m):
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
        if m.label == "GOV":
            continue
        if in_transit(doc, m) or _names_a_court(doc, m):
            continue
        if all(r.iso3 != m.iso3 for r in receivers):
            receivers.append(m)
    return Roles(deporter, receivers, nationalities)
