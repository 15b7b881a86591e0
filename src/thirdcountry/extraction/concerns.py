"""Rights-concern facts: a human-rights concern the text ties to a receiving state (rule 5).

Only states that receive, hold or are asked to take people in the same document qualify, and
criticism of the deporting state, conditions in countries of origin or a plain travel advisory
do not count.
"""

from __future__ import annotations

from thirdcountry.extraction.certainty import certainty_of
from thirdcountry.extraction.context import DocumentContext
from thirdcountry.facts.schema import RightsConcern


def build_rights_concerns(ctx: DocumentContext, receivers: set[str]) -> list[RightsConcern]:
    """One concern per receiving state, from the first sentence that states one about it."""
    facts: list[RightsConcern] = []
    seen: set[str] = set()
    for view in ctx.views:
        concerns = view.cue_values("CONCERN")
        if not concerns:
            continue
        excluded = view.phrases("CONCERN_EXCLUDE")
        if excluded and len(concerns) <= len(excluded):
            continue
        countries = [m for m in view.mentions if m.iso3 in receivers and m.iso3 != ctx.deporter
                     and m.label != "DEMONYM"]
        for m in countries:
            if m.iso3 in seen:
                continue
            seen.add(m.iso3)
            cert = certainty_of(view)
            text = "; ".join(dict.fromkeys(c.text.lower() for c in concerns))
            facts.append(RightsConcern(
                country=m.iso3, concern=text, certainty=cert.level,
                attributed_to=cert.attributed_to, evidence=ctx.evidence(view),
                rule=f"rights_concern:{concerns[0].text.lower()}"))
    return facts
