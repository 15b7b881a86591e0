"""Centres a deporting state runs on another state's territory (FACTS.md rule 4).

"Rome transferred 25 more men to its centre at Gjadër", "the two centres it had built on
Albanian soil", "migrants it transferred to centres in Albania", "the Australian-run centre on
Manus Island": people taken to such a centre are sent under an arrangement with the state that
hosts it, though the sentence names no deal. ``states_hosting_senders_sites`` gives the states
a document names beside such a centre, so that a removal there implements the arrangement.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files

from thirdcountry.extraction.context import DocumentContext
from thirdcountry.extraction.roles import deporting_states
from thirdcountry.extraction.sentence_view import SentenceView
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


# The owner told by a possessive, a relative or a demonym: "Italy's centre at Gjader in Albania",
# "Rome's facility in Albania", "Its two centres in Albania", "Italy, whose centres in
# Albania", "the Italian repatriation centre at Gjadër, in Albania". The owner must be a state
# known to deport, and the host is the state named just after the preposition (not "Uganda's
# camps in the north", not "its centres in Texas hold people deported later to Honduras").
OWNED_SITE = re.compile(
    rf"(?:(?P<poss>\b[A-Z][\w.]*)(?:'s|’s)|(?P<its>\b(?i:its|their))|"
    rf"(?P<whose>\b[A-Z][\w.]*),\s+whose|(?P<adj>\b(?!The\b|An?\b|Its\b|Their\b)[A-Z][a-z]+))\s+"
    rf"(?:own\s+|two\s+|new\s+|first\s+)?(?:[\w-]+\s+)?{_SITE}\s+(?:at|in|on|near)\b")
HOST_REACH = 24  # characters from the preposition: "at Gjadër, in Albania"
# What every match of OWNED_SITE ends with: a cheap search for it spares most sentences the
# scan of OWNED_SITE, which tries its owner alternatives at every capitalised word.
SITE_BEFORE_PLACE = re.compile(rf"{_SITE}\s+(?:at|in|on|near)\b")


def _named_sites() -> dict[str, tuple[str, str]]:
    """Lower-case name -> (the state that runs it, the state it stands in), for the named places
    of ``facilities.json`` that a deporting state runs on another state's soil."""
    data = json.loads(files("thirdcountry.extraction").joinpath(
        "data", "facilities.json").read_text("utf-8"))
    return {alias.lower(): (runner, data["countries"][site])
            for site, runner in data["runners"].items() for alias in data["facilities"][site]}


NAMED_SITES = _named_sites()
NAMED_SITE = re.compile(r"\b(?:" + "|".join(
    re.escape(name) for name in sorted(NAMED_SITES, key=len, reverse=True)) + r")\b")


def _owned_site_host(ctx: DocumentContext, view: SentenceView, senders: set[str]) -> set[str]:
    """The host of the sender's own site a possessive, relative or demonym tells of."""
    if next(view.finditer(SITE_BEFORE_PLACE, SITE_STEMS), None) is None:
        return set()
    for match in view.finditer(OWNED_SITE, SITE_STEMS):
        group = next(g for g in ("poss", "its", "whose", "adj") if match.group(g))
        owner_at = view.start_char + match.start(group)
        end_at = view.start_char + match.end()
        if group == "its":
            owner = next((m for m in view.mentions if m.iso3 in senders), None)
        else:
            owner = next((m for m in view.mentions if ctx.doc[m.start].idx == owner_at), None)
        if owner is None or owner.iso3 not in senders:
            continue
        host = next((m for m in view.mentions if m.iso3 != owner.iso3 and
                     ctx.doc[m.start].idx >= end_at), None)
        if host is not None and ctx.doc[host.start].idx - end_at <= HOST_REACH:
            return {host.iso3}
    return set()


def _named_site_hosts(ctx: DocumentContext) -> set[str]:
    """"moved to Gjader", "passed through Shëngjin": a named site the sender runs abroad, in a
    document that names that sender."""
    lower = ctx.text.lower()
    # a substring test per name first: most documents name none, and the scan of NAMED_SITE
    # tries its alternatives at every word
    if not any(name in lower for name in NAMED_SITES):
        return set()
    wanted = {NAMED_SITES[found.group()] for found in NAMED_SITE.finditer(lower)}
    if not wanted:
        return set()
    named = {m.iso3 for v in ctx.views for m in v.mentions}
    return {host for runner, host in wanted if runner in named}


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
            found |= _owned_site_host(ctx, view, senders)
            continue
        at = view.start_char + match.start()
        runner = sorted((m for m in view.mentions if m.iso3 in senders),
                        key=lambda m: ctx.doc[m.start].idx >= at)
        if not runner:
            continue
        found.update(m.iso3 for m in view.mentions if m.iso3 != runner[0].iso3)
    return found | _named_site_hosts(ctx)
