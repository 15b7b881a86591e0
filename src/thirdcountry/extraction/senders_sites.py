"""Centres a deporting state runs on another state's territory (FACTS.md rule 4).

"Rome transferred 25 more men to its centre at Gjadër", "the two centres it had built on
Albanian soil", "migrants it transferred to centres in Albania", "the Australian-run centre on
Manus Island": people taken to such a centre are sent under an arrangement with the state that
hosts it, though the sentence names no deal. ``states_hosting_senders_sites`` gives the states
a document names beside such a centre, so that a removal there implements the arrangement.
"""

from __future__ import annotations

import re

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.words import word_tuple

_SITE = r"(?:centres?|centers?|facilit(?:y|ies)|camps?|sites?|hubs?|compounds?)"
# Every branch of SENDERS_SITE names a site with one of these.
SITE_STEMS = word_tuple("site_stems")
_RUN = (r"(?:built|build|builds|runs?|ran|operates?|operated|set\s+up|sets\s+up|opened|opens|"
        r"manages?|managed|funds?|funded|financed|rents?|rented|leases?|leased)")
_HAD = r"(?:(?:had|has|have|now|also)\s+){0,2}"
SENDERS_SITE = re.compile(
    # "its centre at Gjadër", "their own processing centres in Albania"
    rf"\b(?:its|their)\s+(?:own\s+|two\s+|new\s+|first\s+)?(?:[\w-]+\s+)?{_SITE}\s+"
    r"(?:at|in|on|near)\b"
    # "the two centres it had built on Albanian soil", "the camp Britain runs in Rwanda"
    rf"|\b{_SITE}\s+(?:that\s+|which\s+)?(?:it|they|[A-Z][\w.]+)\s+{_HAD}{_RUN}\s+"
    r"(?:[\w-]+\s+){0,2}?(?:in|on|at)\b"
    # "the Italian-run centres", "an Australian-funded detention centre"
    rf"|\b[A-Z][\w.]*-(?:run|operated|managed|built|funded)\s+(?:[\w-]+\s+)?{_SITE}\b"
    # "migrants it transferred to centres in Albania"
    rf"|\b(?:it|they)\s+{_HAD}(?:transferred|sent|moved|took|taken|flew|flown|shipped)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?to\s+(?:[\w-]+\s+){{0,2}}?{_SITE}\s+(?:in|on|at)\b")


def states_hosting_senders_sites(ctx: DocumentContext) -> set[str]:
    """States named in a sentence that tells of a deporting state's own centre abroad, when a
    state known to deport is named in it (the one that runs it: the first named, else the
    first after the centre)."""
    senders = deporting_states()
    found: set[str] = set()
    for view in ctx.views:
        if not view.mentions:
            continue
        match = next(view.finditer(SENDERS_SITE, SITE_STEMS), None)
        if match is None:
            continue
        at = view.start_char + match.start()
        runner = sorted((m for m in view.mentions if m.iso3 in senders),
                        key=lambda m: ctx.doc[m.start].idx >= at)
        if not runner:
            continue
        found.update(m.iso3 for m in view.mentions if m.iso3 != runner[0].iso3)
    return found
