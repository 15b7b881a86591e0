"""Particle verbs of undoing with their object between verb and particle ("put that order on
hold", "set the injunction aside", "threw the challenge out", "struck the designation down"),
and telling a party not to act ("told the Netherlands not to transfer him").

The verbs and particles are read from the ``LEGAL_UNDO`` entries of two or more words
("put on hold", "set aside", "struck down"), so no split form is listed anywhere: the verb
alone becomes a ``LEGAL_UNDO`` cue of the entry's value, and the words up to the particle are
its object, read as for any undoing ("put that order on hold" undoes a court order: allowed).
Read only in sentences that already name a court, over the words of one clause.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from thirdcountry.extraction.cues import cue_lexicon
from thirdcountry.extraction.words import word_class

# Words that may stand between the verb and its particle: an object of a few words
# ("that order", "the judge's injunction", "the lower court's ruling").
OBJECT_MAX = 5
PRONOUNS = word_class("object_pronouns_it_them")
BREAKS = word_class("clause_break_words")
TELLING = word_class("tell_forms")  # "told", "tells", "telling"
FAVOUR = word_class("side_favour_nouns")  # "in the Home Office's favour"
POSSESSIVE = word_class("side_possessive_marks")  # "the government's", "the migrants'"


@lru_cache(maxsize=1)
def _split_forms() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Verb -> (particle words, outcome value) of every LEGAL_UNDO entry of two or more words
    whose second word is no pronoun ("put it on hold" is listed whole)."""
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for category, value, phrase in cue_lexicon():
        words = phrase.lower().split()
        if category == "LEGAL_UNDO" and len(words) > 1 and words[1] not in PRONOUNS:
            forms.setdefault(words[0], []).append((tuple(words[1:]), value))
    return {verb: tuple(options) for verb, options in forms.items()}


def split_undos(doc, lower: list[str], start: int, end: int, cues: list[Span]) -> list[Span]:
    """``LEGAL_UNDO`` cues for the split particle verbs of ``doc[start:end]``: the verb, then
    one to ``OBJECT_MAX`` words with no clause break, then the particle."""
    forms = _split_forms()
    out: list[Span] = []
    for i in range(start, end):
        options = forms.get(lower[i])
        if not options or _cue_at(cues, i, "LEGAL_UNDO"):
            continue
        for particle, value in options:
            n = len(particle)
            for j in range(i + 2, min(i + 2 + OBJECT_MAX, end - n + 1)):
                if lower[j] in BREAKS:
                    break
                if tuple(lower[j:j + n]) == particle:
                    out.append(Span(doc, i, i + 1, label="LEGAL_UNDO", kb_id=value))
                    break
            if out and out[-1].start == i:
                break
    return out


def told_not_to(doc, lower: list[str], start: int, end: int, cues: list[Span]) -> list[Span]:
    """``LEGAL_ACT`` cues (blocked) for "told <party> not to <verb>" in ``doc[start:end]``
    ("judges in Strasbourg told the Netherlands not to transfer him", "told Rome not to send
    them"): the telling verb, its party one to ``OBJECT_MAX`` words, then "not to". The listed
    forms ("told the government not to") are cues already."""
    out: list[Span] = []
    for i in range(start, end):
        if lower[i] not in TELLING or _cue_at(cues, i, "LEGAL_ACT"):
            continue
        for j in range(i + 2, min(i + 2 + OBJECT_MAX, end - 1)):
            if lower[j] == "not" and lower[j + 1] == "to":
                out.append(Span(doc, i, i + 1, label="LEGAL_ACT", kb_id="blocked"))
                break
            if lower[j] in BREAKS:
                break
    return out


def favour_sides(doc, lower: list[str], start: int, end: int, cues: list[Span]) -> list[Span]:
    """``LEGAL_SIDE`` cues for "in <party>'s favour" in ``doc[start:end]`` ("ruled in the
    interior ministry's favour", "decided the case in the Home Office's favour"): after a verb
    of ruling, "in", one to ``OBJECT_MAX`` words of the party ending on a possessive, then
    "favour". The span holds the party, whose side legal.py reads from it; the listed forms
    ("in the government's favour") are cues already."""
    out: list[Span] = []
    for i in range(start + 3, end):
        if lower[i] not in FAVOUR or lower[i - 1] not in POSSESSIVE:
            continue
        for j in range(i - 3, max(start, i - 3 - OBJECT_MAX) - 1, -1):
            if lower[j] in BREAKS:
                break
            if lower[j] == "in":
                if _ruled_before(cues, j) and not any(
                        c.label_ == "LEGAL_SIDE" and c.start <= j < c.end for c in cues):
                    out.append(Span(doc, j, i + 1, label="LEGAL_SIDE", kb_id="any"))
                break
    return out


def _ruled_before(cues: list[Span], at: int) -> bool:
    """A verb of ruling ends just before "in", or a few words before it ("ruled in …",
    "decided the case in …"): "the delay worked in the ministry's favour" is no ruling."""
    return any(c.label_ == "LEGAL_RULING" and at - OBJECT_MAX <= c.end <= at for c in cues)


def _cue_at(cues: list[Span], at: int, label: str) -> bool:
    """A cue of ``label`` starts at ``at``: asked only at the rare verb of a split form, so the
    cues are not read at all in most clauses."""
    return any(c.start == at and c.label_ == label for c in cues)
