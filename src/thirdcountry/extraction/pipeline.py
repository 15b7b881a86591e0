"""build_nlp(): a blank English spaCy pipeline with thirdcountry's rule components.

No statistical model is needed or downloaded: the tokenizer of ``spacy.blank("en")``, a
sentence splitter, the country-mention component and the cue matcher are all there is.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from thirdcountry.extraction import country_mentions, cues, sentences  # noqa: F401

COMPONENTS = ("tc_sentences", "tc_country_mentions", "tc_cues")


def build_nlp() -> Language:
    """Return the extraction pipeline; build once and reuse (pattern tables are large)."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.max_length = 5_000_000
    return nlp
