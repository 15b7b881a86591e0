"""Context rules that decide which gazetteer matches in a text are mentions of a state.

Works on plain data: the document's words (token texts) and the ``Candidate`` matches the
country-mention component found in them, so each rule can be read and tested without spaCy.
``MentionRules.select`` runs them in order: local rules turn a candidate into a block,
Georgia/Washington left undecided take the document's sense, the longest match wins, then
capitals needing context and shared bare forms ("Congo") are settled on the whole document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from thirdcountry.countries.gazetteer import BLOCK, Gazetteer, PlaceSense
from thirdcountry.countries.registry import fold_accents

# At equal length, a block beats a mention, and a name beats the other labels.
PRIORITY = {BLOCK: 0, "NAME": 1, "GOV": 2, "CAPITAL": 3, "DEMONYM": 4}
LIST_JOINERS = frozenset({",", "and", "or", "&"})
POSSESSIVES = frozenset({"'s", "’s"})
HYPHENS = frozenset({"-", "–"})
LANDMARK_LINKS = frozenset({"de", "du", "des", "of"})
OTHER, COUNTRY = "other", "country"


class Mention(NamedTuple):
    """One state named in a doc: tokens ``start:end``, a label and the state's ISO3."""

    start: int
    end: int
    label: str
    iso3: str


@dataclass(slots=True)
class Candidate:
    """A gazetteer match: ``form`` is the surface form that matched ("Georgia" for "GEORGIA")."""

    start: int
    end: int
    label: str
    iso3: str
    form: str
    leader: bool = False


def is_capitalised_word(word: str) -> bool:
    """A title-case word ("Wolf", "Jr."); all-caps words never count as a name clue."""
    return word.istitle() and word.rstrip(".").isalpha()


def _is_punctuation(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


class MentionRules:
    """The rules of ``data/context.json`` applied to candidates in a list of words."""

    def __init__(self, gazetteer: Gazetteer, stop_words: frozenset[str]) -> None:
        """``stop_words``: lowercase function words, which are never a person's first name."""
        self.gz = gazetteer
        self.stop_words = stop_words

    def select(self, words: list[str], candidates: list[Candidate],
               cue_counts: Callable[[], Counter]) -> list[Mention]:
        """Return the mentions among ``candidates``, sorted and non-overlapping.

        Args:
            words: the text of every token of the document, in order.
            candidates: every gazetteer match, blocked phrases included (label ``BLOCK``).
            cue_counts: called at most once, when Georgia/Washington need the document's
                cue words; returns counts keyed ``"<name>|other"`` and ``"<name>|country"``.

        Returns:
            The mentions, with ISO3 codes, sorted by position.
        """
        by_start = {c.start: c for c in candidates if c.label != BLOCK}
        by_end = {c.end: c for c in candidates if c.label != BLOCK}
        compound_heads = self._ethnic_compound_heads(words, candidates)
        undecided: list[Candidate] = []
        for cand in candidates:
            if cand.label == BLOCK:
                continue
            if cand.start in compound_heads or not self._plausible(words, cand, by_end):
                cand.label = BLOCK
                continue
            sense = self.gz.place_senses.get(cand.form)
            if sense is not None:
                local = self._local_sense(words, cand, sense, by_start, by_end)
                if local == OTHER:
                    cand.label = BLOCK
                elif local is None:
                    undecided.append(cand)
        if undecided:
            counts = cue_counts()
            for cand in undecided:
                name = self.gz.place_senses[cand.form].name
                if counts[f"{name}|{OTHER}"] > counts[f"{name}|{COUNTRY}"]:
                    cand.label = BLOCK
        return self._document_rules(_longest_first(candidates))

    # -- local rules ----------------------------------------------------------------------------

    def _ethnic_compound_heads(self, words: list[str], candidates: list[Candidate]) -> set[int]:
        """Starts of "Cuban" and "American" in "Cuban American(s)" / "Cuban-American"."""
        heads = self.gz.ethnic_heads
        out: set[int] = set()
        for cand in candidates:
            if cand.label != "DEMONYM" or cand.form in heads:
                continue
            nxt = cand.end + (1 if cand.end < len(words) and words[cand.end] in HYPHENS else 0)
            if nxt < len(words) and words[nxt] in heads:
                out.update((cand.start, nxt))
        return out

    def _plausible(self, words: list[str], cand: Candidate, by_end: dict) -> bool:
        """False when the words around the candidate say it is not this state."""
        gz = self.gz
        before = words[cand.start - 1] if cand.start > 0 else None
        after = words[cand.end] if cand.end < len(words) else None
        if cand.label in ("NAME", "CAPITAL") and self._us_town(words, cand):
            return False
        if cand.form in gz.road_forms and after is not None and after[:1].isdigit():
            return False
        if cand.label in ("NAME", "CAPITAL") and self._names_a_landmark(words, cand):
            return False
        if cand.form in gz.pronoun_forms and before in gz.pronoun_before:
            return False
        if (cand.label == "NAME" and cand.form in gz.person_names) or cand.label == "CAPITAL" \
                or cand.leader:
            if self._is_person(cand, before, after, by_end):
                return False
        if cand.label == "DEMONYM" and cand.form in gz.language_demonyms:
            return not self._is_language(words, cand, before)
        return True

    def _names_a_landmark(self, words: list[str], cand: Candidate) -> bool:
        """"tents along the Canal Saint-Martin", "a hotel on Avenue de Kinshasa", "a shop on
        Jamaica Avenue": a street or canal named after the state, not the state."""
        gz = self.gz
        start = cand.start
        if start > 1 and words[start - 1] in LANDMARK_LINKS:
            start -= 1  # "Avenue de Kinshasa", "Place of Nations"
        before = words[start - 1] if start > 0 else None
        after = words[cand.end] if cand.end < len(words) else None
        return before in gz.landmarks_before or after in gz.landmarks_after

    def _us_town(self, words: list[str], cand: Candidate) -> bool:
        """"Athens, Ga." / "Panama City, Florida": a US namesake, not the state or its capital."""
        end = cand.end
        if cand.iso3 == "USA" or end + 1 >= len(words) or words[end] != ",":
            return False
        for width in (1, 2, 3):
            state = " ".join(words[end + 1:end + 1 + width])
            if state in self.gz.us_states:
                if end + 1 + width < len(words) and words[end + 1 + width] in POSSESSIVES:
                    return False  # "in Paris, Georgia's Kvaratskhelia": not a town's state
                sense = self.gz.place_senses.get(state)
                return sense is None or sense.iso3 != cand.iso3
        return False

    def _is_person(self, cand: Candidate, before: str | None, after: str | None,
                   by_end: dict) -> bool:
        """A title or another first name before, or a surname after ("Chad Wolf")."""
        gz = self.gz
        if before is not None:
            if not cand.leader and before in gz.titles:
                return True
            if is_capitalised_word(before) and before.lower() not in self.stop_words \
                    and before not in gz.not_first_names and cand.start not in by_end:
                return True
        # A function word is no surname, as it is no first name: in a headline set in title
        # case ("Deportees Arrive in Juba After Weeks in Djibouti") it only starts a word.
        return bool(after is not None and is_capitalised_word(after)
                    and after not in gz.continuations and after.lower() not in self.stop_words)

    def _is_language(self, words: list[str], cand: Candidate, before: str | None) -> bool:
        gz = self.gz
        nxt = cand.end
        if nxt < len(words) and words[nxt] in HYPHENS:
            nxt += 1
        after = words[nxt].lower() if nxt < len(words) else None
        if after in gz.language_cues_after:
            return True
        if before is None:
            return False
        if before.lower() in gz.language_cues_before:
            return True
        phrase_final = after is None or _is_punctuation(after) or after in ("and", "or")
        return before.lower() in gz.language_phrase_final_before and phrase_final

    def _local_sense(self, words: list[str], cand: Candidate, sense: PlaceSense,
                     by_start: dict, by_end: dict) -> str | None:
        """``OTHER`` (US state), ``COUNTRY``, or None when the nearby words do not say."""
        if cand.form != sense.name:
            return None  # "Georgians": only the document decides
        start, end = cand.start, cand.end
        comma = start >= 2 and words[start - 1] == ","
        word_before = words[start - 2] if comma else (words[start - 1] if start else None)
        for phrase in sense.other_before:
            if len(phrase) == 1 and word_before == phrase[0]:
                return OTHER
            if start >= len(phrase) and tuple(words[start - len(phrase):start]) == phrase:
                return OTHER
        after = words[end] if end < len(words) else None
        if after in sense.other_after:
            return OTHER
        possessed = words[end + 1] if end + 1 < len(words) else None
        if after in POSSESSIVES and possessed in sense.other_possessed:
            return OTHER
        if start >= 2 and words[start - 1].lower() in LIST_JOINERS:
            neighbour = by_end.get(start - 1)
            if neighbour is not None and neighbour.iso3 != "USA":
                return COUNTRY
            if self._us_state_at(words, start - 1, before=True):
                return OTHER
            if comma and is_capitalised_word(word_before) and neighbour is None:
                return OTHER  # "Lumpkin, Georgia"
        if end + 1 < len(words) and words[end].lower() in LIST_JOINERS:
            neighbour = by_start.get(end + 1)
            if neighbour is not None and neighbour.iso3 != "USA":
                return COUNTRY
            if self._us_state_at(words, end + 1, before=False):
                return OTHER
        return None

    def _us_state_at(self, words: list[str], index: int, *, before: bool) -> bool:
        """Whether a US state name ends just before ``index`` (or starts at it)."""
        for width in (1, 2, 3):
            piece = words[max(index - width, 0):index] if before else words[index:index + width]
            if " ".join(piece) in self.gz.us_states:
                return True
        return False

    # -- document rules -------------------------------------------------------------------------

    def _document_rules(self, chosen: list[Candidate]) -> list[Mention]:
        """Drop capitals lacking context; give shared bare forms their document's state."""
        gz = self.gz
        needs_context = [c.label == "CAPITAL" and fold_accents(c.form) in
                         gz.capitals_needing_context for c in chosen]
        plain = {c.iso3 for c, context in zip(chosen, needs_context, strict=True)
                 if not context and c.form not in gz.document_senses}
        out = []
        for cand, context in zip(chosen, needs_context, strict=True):
            if context and cand.iso3 not in plain:
                continue
            iso3 = cand.iso3
            sense = gz.document_senses.get(cand.form)
            if sense and sense.alternative in plain and sense.default not in plain:
                iso3 = sense.alternative
            out.append(Mention(cand.start, cand.end, cand.label, iso3))
        return out


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first; blocks win ties and are then dropped."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.start, PRIORITY[c.label]))
    taken: set[int] = set()
    chosen = []
    for cand in ranked:
        span = range(cand.start, cand.end)
        if taken.isdisjoint(span):
            taken.update(span)
            chosen.append(cand)
    return sorted((c for c in chosen if c.label != BLOCK), key=lambda c: c.start)
