"""build_nlp(): a blank English spaCy pipeline with thirdcountry's rule components.

No statistical model is needed or downloaded: the tokenizer of ``spacy.blank("en")``, a
sentence splitter, the country-mention component and the cue matcher are all there is.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

# Importing the modules registers their factories with spaCy.
from thirdcountry.extraction import country_mentions, cues, sentences  # noqa: F401

COMPONENTS = ("tc_sentences", "tc_country_mentions", "tc_cues")


def _split_dotted_abbreviation_compounds(nlp: Language) -> None:
    """"U.S.-Mexico", "U.K.-France": split the hyphen after a dotted abbreviation so that both
    states are found (spaCy keeps such words whole because the period blocks its infix rule)."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def build_nlp() -> Language:
    """Return the extraction pipeline; build once and reuse (pattern tables are large)."""
    nlp = spacy.blank("en")
    _split_dotted_abbreviation_compounds(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.max_length = 5_000_000
    return nlp
