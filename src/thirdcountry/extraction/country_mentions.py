"""The ``tc_country_mentions`` component: every mention of a state in a text, resolved to ISO3.

Writes ``doc.spans["countries"]``: sorted, non-overlapping spans whose ``kb_id_`` is the ISO3
code and whose ``label_`` says how the state was named: ``NAME`` ("Eswatini", "U.S.",
"Gambia"), ``DEMONYM`` ("Venezuelans", "a Gambian"), ``CAPITAL`` ("Kigali"), ``GOV``
("Downing Street", "ICE", "Bukele") or ``EPITHET`` ("the East African nation").

Find, then write: ``match(doc)`` returns ``Mention`` tuples, ``set_annotations`` stores them.

1. Candidates come from one LOWER PhraseMatcher built once from ``countries.gazetteer`` (the
   epithet heads share its pass): a match counts where its words are the form as written, or
   are all caps ("THE REPUBLIC OF UGANDA"), so lowercase "us" or "turkey" never match.
2. ``countries.mention_rules`` decides which candidates are mentions, from the words around
   them and the whole document: US towns ("Athens, Ga."), people ("Chad Wolf"), languages
   ("Spanish initials"), Georgia the US state, capitals needing context ("San José"), bare
   "Congo"; blocked phrases ("Latin America") and longest match ("South Sudan") win.
3. ``countries.epithets`` resolves "the <descriptors> <head>" to the state named before it.

spaCy's English tokenizer keeps "U.S.-based" and "U.S.-Mexico" as one token; such a token is
a NAME mention of the abbreviation's state, and a state after the hyphen is not found. The
component never changes tokens, so other components' token indices stay valid.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from thirdcountry.countries.epithets import EpithetResolver
from thirdcountry.countries.gazetteer import Gazetteer, load_gazetteer
from thirdcountry.countries.mention_rules import Candidate, Mention, MentionRules
from thirdcountry.extraction.sentences import STARTS_KEY, text_of, token_words

__all__ = ["MENTIONS_KEY", "CountryMentions", "Mention"]

MENTIONS_KEY = "thirdcountry.country_mentions"
HEAD_KEY = "HEAD"  # matcher key of the epithet heads ("nation", "kingdom")


class _StringIds(dict):
    """The string-store hash of each label and ISO3 code, added to the store on first use: a
    ``Span`` given hashes skips the store, a fifth of the cost of one given strings."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, text: str) -> int:
        key = self[text] = self.strings.add(text)
        return key


class CountryMentions:
    """Find state mentions with phrase matchers and context rules; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "tc_country_mentions", *,
                 spans_key: str = "countries") -> None:
        self.name = name
        self.spans_key = spans_key
        self.string_ids = _StringIds(nlp.vocab.strings)
        gazetteer: Gazetteer = load_gazetteer()
        self.rules = MentionRules(gazetteer, frozenset(STOP_WORDS))
        self.epithets = EpithetResolver(gazetteer.epithets)
        self.forms: dict[int, tuple[str, str, str, bool]] = {}
        # The words of each form as written: a case-blind match of them is the form itself.
        self.form_words: dict[int, list[str]] = {}
        # Forms and epithet heads in one matcher: one pass over the tokens instead of three.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        texts = [form.text for form in gazetteer.forms]
        for form, pattern in zip(gazetteer.forms, nlp.tokenizer.pipe(texts), strict=True):
            key = f"{form.label}|{form.iso3}|{form.text}"
            key_id = nlp.vocab.strings.add(key)
            self.forms[key_id] = (form.label, form.iso3, form.text, form.leader)
            self.form_words[key_id] = [token.text for token in pattern]
            self.matcher.add(key, [pattern])
        heads = [*gazetteer.epithets.generic_heads, *gazetteer.epithets.form_heads]
        self.head_key = nlp.vocab.strings.add(HEAD_KEY)
        self.matcher.add(HEAD_KEY, list(nlp.tokenizer.pipe(heads)))
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for sense in {s.name: s for s in gazetteer.place_senses.values()}.values():
            for kind, cues in (("other", sense.document_other),
                               ("country", sense.document_country)):
                self.cue_matcher.add(f"{sense.name}|{kind}", list(nlp.tokenizer.pipe(cues)))
        # Dotted abbreviations glued to a hyphen ("U.S.-"), longest first, with their state.
        dotted = sorted((f for f in gazetteer.forms if f.label == "NAME"
                         and re.fullmatch(r"(?:[A-Z]\.){2,}", f.text)),
                        key=lambda f: len(f.text), reverse=True)
        self.glued_prefixes = {f"{f.text}-": f.iso3 for f in dotted}
        self.glued_starts = tuple(self.glued_prefixes)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        """Return the state mentions of ``doc``, sorted and non-overlapping.

        Args:
            doc: a tokenized document; sentence starts, when set, help resolve epithets.

        Returns:
            The mentions: token range, label and ISO3 of each.
        """
        words = token_words(doc)
        matches = self.matcher(doc)
        candidates = self._candidates(doc, words, matches)
        if not candidates:
            return []

        def cue_counts() -> Counter:
            return Counter(doc.vocab.strings[key] for key, _, _ in self.cue_matcher(doc))

        mentions = self.rules.select(words, candidates, cue_counts)
        head = self.head_key
        heads = [(start, end) for key, start, end in matches if key == head]
        if heads:
            mentions += self.epithets.resolve(words, heads, mentions, _sentence_start_flags(doc))
        return sorted(mentions)

    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        """Store ``mentions`` as ``doc.spans[spans_key]`` with label and ISO3 ``kb_id``."""
        ids = self.string_ids
        doc.spans[self.spans_key] = [
            Span(doc, m.start, m.end, label=ids[m.label], kb_id=ids[m.iso3]) for m in mentions
        ]
        # Reading a SpanGroup back rebuilds every Span: the rules read this plain list.
        doc.user_data[MENTIONS_KEY] = mentions

    def _candidates(self, doc: Doc, words: list[str],
                    matches: list[tuple[int, int, int]]) -> list[Candidate]:
        """Every form matched as written, and every form matched in all-caps text."""
        form_words = self.form_words
        forms = [match for match in matches if match[0] in form_words]
        # As written first, then all caps: the set then iterates as it always has.
        seen = {(key, start, end) for key, start, end in forms
                if words[start:end] == form_words[key]}
        for match in forms:
            if match not in seen and _all_caps(words[match[1]:match[2]]):
                seen.add(match)
        out = []
        for key, start, end in seen:
            label, iso3, form, leader = self.forms[key]
            out.append(Candidate(start, end, label, iso3, form, leader))
        if ".-" in text_of(doc):  # rare, so checked in the text before word by word
            out += self._glued_abbreviations(words)
        return out

    def _glued_abbreviations(self, words: list[str]) -> list[Candidate]:
        """"U.S.-based", "U.S.-Mexico": spaCy keeps these whole, so the token is the mention."""
        out = []
        for i, word in enumerate(words):
            if word.startswith(self.glued_starts):
                prefix = next(p for p in self.glued_starts if word.startswith(p))
                if word[len(prefix):len(prefix) + 1].isalnum():
                    iso3 = self.glued_prefixes[prefix]
                    out.append(Candidate(i, i + 1, "NAME", iso3, prefix[:-1]))
        return out


def _sentence_start_flags(doc: Doc) -> list[bool] | None:
    """Whether each token starts a sentence, or None when no sentence starts are set.

    Built from the start indices ``tc_sentences`` keeps, which costs less than reading the
    SENT_START column back from the document.
    """
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None:
        return (doc.to_array(SENT_START) == 1).tolist() if doc.has_annotation("SENT_START") \
            else None
    flags = [False] * len(doc)
    for start in starts:
        flags[start] = True
    return flags


def _all_caps(words: list[str]) -> bool:
    return any(w.isalpha() for w in words) and all(w.upper() == w for w in words)


@Language.factory(
    "tc_country_mentions",
    assigns=["doc.spans"],
    default_config={"spans_key": "countries"},
)
def make_country_mentions(nlp: Language, name: str, spans_key: str) -> CountryMentions:
    """Build the component; patterns are compiled once here from the cached gazetteer."""
    return CountryMentions(nlp, name, spans_key=spans_key)

