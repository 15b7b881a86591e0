"""The ``tc_country_mentions`` component: every mention of a state, resolved to ISO3.

Writes ``doc.spans["countries"]``: sorted, non-overlapping spans whose ``kb_id_`` is the ISO3
code and whose ``label_`` says how the state was named: ``NAME`` (name, short form, alias),
``DEMONYM`` ("Venezuelans", "Salvadoran"), ``CAPITAL`` ("Kigali", "Downing Street"), ``GOV``
(a body or leader standing for the state: "the Home Office", "Bukele") or ``EPITHET`` ("the
East African nation", resolved to the latest fitting state named before it).

Ambiguous names are decided from context, with the words in ``countries/data/ambiguity.json``:
a phrase that contains a name but is not that state ("Latin America", "Niger Delta") blocks it;
Georgia is the US state in an article with US-state context and no sign of the Caucasus; a
name such as Jordan or Chad next to a capitalised word is a person.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from thirdcountry.countries import all_countries, government_names
from thirdcountry.extraction.sentences import text_of

LABELS = ("NAME", "DEMONYM", "CAPITAL", "GOV", "EPITHET", "BLOCK")
EPITHET_HEADS = {"country", "nation", "kingdom", "state", "island", "republic", "monarchy",
                 "archipelago", "islands", "emirate", "sultanate", "principality"}
GENERIC_HEADS = {"country", "nation", "state", "republic"}
# Words that may stand between "the" and an epithet's head without describing the state.
FILLER_WORDS = {"small", "tiny", "poor", "impoverished", "landlocked", "mountainous", "remote",
                "oil-rich", "resource-rich", "populous", "most", "neighbouring",
                "neighboring", "autocratic", "authoritarian", "absolute", "conflict-hit",
                "war-torn",
                "island", "-", "nation", "small-island", "the"}
UNPLURALISED_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "sy", "Lao", "Khmer", "Swati", "Basotho",
                        "Batswana", "Motswana", "Myanmar", "Thai", "Kiribati", "Vanuatu")


@lru_cache(maxsize=1)
def _ambiguity() -> dict:
    text = resources.files("thirdcountry.countries").joinpath("data", "ambiguity.json")
    return json.loads(text.read_text("utf-8"))


def _plural(demonym: str) -> str | None:
    if demonym.endswith(UNPLURALISED_ENDINGS):
        return None
    return demonym + "s"


def _region_words(region: str) -> set[str]:
    """"East Africa" → {"east africa", "east african"}; "Balkans" → {"balkans", "balkan"}."""
    low = region.lower()
    words = {low}
    if low.endswith("africa") or low.endswith("america") or low.endswith("asia"):
        words.add(low + "n")
    if low.endswith("europe"):
        words.add(low[:-1] + "ean")
    if low.endswith("s") and not low.endswith("ss"):
        words.add(low[:-1])
    if low == "oceania":
        words.add("oceanian")
    if low in ("gulf",):
        words.add("gulf")
    return {w.replace("-", " ").replace("south east", "southeast") for w in words}


@lru_cache(maxsize=1)
def country_descriptors() -> dict[str, frozenset[str]]:
    """ISO3 → lower-case region adjectives and forms an epithet may use for it."""
    out: dict[str, frozenset[str]] = {}
    for c in all_countries():
        words: set[str] = set()
        for region in c.regions:
            words |= _region_words(region)
        words |= {f.lower() for f in c.forms}
        out[c.iso3] = frozenset(words)
    return out


def _surface_forms() -> list[tuple[str, str, str]]:
    """(label, ISO3, text) for every way of naming a state, with all-caps variants."""
    forms: list[tuple[str, str, str]] = []
    for c in all_countries():
        names = {c.name, *c.aliases}
        if c.official_name:
            names.add(c.official_name)
        for name in names:
            forms.append(("NAME", c.iso3, name))
        for demonym in c.demonyms:
            forms.append(("DEMONYM", c.iso3, demonym))
            plural = _plural(demonym)
            if plural:
                forms.append(("DEMONYM", c.iso3, plural))
        for capital in c.capitals:
            forms.append(("CAPITAL", c.iso3, capital))
    for name, iso3 in government_names().items():
        forms.append(("GOV", iso3, name))
    upper = [(label, iso3, text.upper()) for label, iso3, text in forms
             if label in ("NAME", "DEMONYM") and text.upper() != text]
    return forms + upper


class CountryMentions:
    """Find state mentions with a PhraseMatcher, then resolve ambiguity and epithets."""

    def __init__(self, nlp: Language, name: str = "tc_country_mentions") -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lookup: dict[int, tuple[str, str]] = {}
        seen: set[tuple[str, str]] = set()
        for label, iso3, text in _surface_forms():
            if (label, text) in seen:
                continue
            seen.add((label, text))
            key = f"{label}|{iso3}|{text}"
            self.lookup[nlp.vocab.strings.add(key)] = (label, iso3)
            self.matcher.add(key, [nlp.make_doc(text)])
        amb = _ambiguity()
        block_key = nlp.vocab.strings.add("BLOCK")
        self.lookup[block_key] = ("BLOCK", "")
        self.matcher.add("BLOCK", [nlp.make_doc(t) for t in amb["not_countries"]])
        self.us_states = set(amb["us_state_names"])
        self.us_state_context = amb["us_state_context"]
        self.country_context = amb["country_context"]
        self.person_names = set(amb["person_name_countries"])
        self.titles = set(amb["titles"])
        self.head_ids = {nlp.vocab.strings.add(word) for word in EPITHET_HEADS}

    def __call__(self, doc: Doc) -> Doc:
        spans = self.match(doc)
        doc.spans["countries"] = self.resolve_epithets(doc, spans)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Longest non-overlapping matches, with blocked phrases and ambiguous names removed."""
        found = []
        for match_id, start, end in self.matcher(doc):
            label, iso3 = self.lookup[match_id]
            found.append((start, end, label, iso3))
        # Longest first, then earliest: "South Sudan" beats "Sudan", a block beats a name.
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0], m[2] != "BLOCK"))
        taken = bytearray(len(doc))
        kept: list[tuple[int, int, str, str]] = []
        for start, end, label, iso3 in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if label != "BLOCK":
                kept.append((start, end, label, iso3))
        kept.sort()
        us_state_doc = None
        spans = []
        for start, end, label, iso3 in kept:
            text = doc[start:end].text
            if text in self.person_names and self._is_person(doc, start, end):
                continue
            if text in self.us_states and label != "CAPITAL":
                if us_state_doc is None:
                    us_state_doc = self._us_state_context(doc)
                if us_state_doc:
                    continue
            spans.append(Span(doc, start, end, label=label, kb_id=iso3))
        return spans

    def _is_person(self, doc: Doc, start: int, end: int) -> bool:
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and before.text in self.titles:
            return True
        if before is not None and before.is_title and not before.is_sent_start and before.is_alpha \
                and before.text not in ("The", "In", "To", "From", "And", "Of"):
            return True
        return bool(after is not None and after.is_title and after.is_alpha and after.text != "I")

    def _us_state_context(self, doc: Doc) -> bool:
        text = text_of(doc)
        if any(word in text for word in self.country_context.get("GEO", [])):
            return False
        return any(word in text for word in self.us_state_context)

    def resolve_epithets(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Add "the East African nation"-style epithets that fit a state named before them."""
        descriptors = country_descriptors()
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        named = [s for s in spans if s.label_ in ("NAME", "CAPITAL", "DEMONYM")]
        lowers = doc.to_array(LOWER).tolist()
        for index, lower in enumerate(lowers):
            if lower not in self.head_ids or index in taken:
                continue
            token = doc[index]
            head = token.lower_
            start = token.i - 1
            words: list[str] = []
            while start >= 0 and token.i - start <= 5 and doc[start].lower_ != "the":
                if not (doc[start].is_alpha or doc[start].text == "-"):
                    break
                words.insert(0, doc[start].lower_)
                start -= 1
            if start < 0 or doc[start].lower_ != "the" or any(i in taken for i in
                                                               range(start, token.i)):
                continue
            described = " ".join(w for w in words if w not in FILLER_WORDS).replace(" - ", " ")
            described = described.replace("south-east", "southeast").replace("-", " ").strip()
            if not described and head in GENERIC_HEADS:
                continue
            before = [s for s in named if s.end <= start]
            for candidate in reversed(before):
                fits = descriptors.get(candidate.kb_id_, frozenset())
                if described and not any(described == d or described.endswith(" " + d) or
                                         described in d for d in fits):
                    if not all(w in " ".join(fits) for w in described.split()):
                        continue
                if head not in GENERIC_HEADS and head not in fits and not (
                        head in ("islands", "archipelago") and "island" in fits):
                    continue
                out.append(Span(doc, start, token.i + 1, label="EPITHET",
                                kb_id=candidate.kb_id_))
                break
        out.sort(key=lambda s: s.start)
        return out


@Language.factory("tc_country_mentions")
def make_country_mentions(nlp: Language, name: str) -> CountryMentions:
    return CountryMentions(nlp, name)
