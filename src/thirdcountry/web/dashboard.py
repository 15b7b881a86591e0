"""What the home and country pages show, gathered from the tracker into template contexts.

The home map colours each receiving country by the tracker's ``receiving_stage`` (the most
advanced current stage among its pairs), so the map, the table beside it and the API agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from thirdcountry import tracker
from thirdcountry.api.queries import country_rows
from thirdcountry.countries import country_name
from thirdcountry.tracker import PairStatus, PairTimeline, TimelineEntry
from thirdcountry.tracker.timeline import STAGE_RANK
from thirdcountry.web.charts import removal_chart
from thirdcountry.web.map import STAGE_COLOURS, load_world_map
from thirdcountry.web.present import FactView, group_by, sourced_view, stage_label

# Legend order: the lifecycle, then the ways an arrangement stops.
LEGEND_STAGES = ("approached", "negotiating", "close", "agreed", "implemented", "suspended",
                 "declined", "ended")


@dataclass(frozen=True, slots=True)
class MapCountry:
    """A country as the home map draws it; ``stage`` is None for uncoloured land."""

    iso3: str
    path: str
    stage: str | None
    colour: str | None
    tooltip: str
    dot: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class EntryView:
    """One timeline entry with its facts ready for the page."""

    entry: TimelineEntry
    facts: list[FactView]
    current: bool


# Timeline entries a country page shows per pair (the latest ones), and a pair page shows.
COUNTRY_PAGE_ENTRIES = 5
PAIR_PAGE_ENTRIES = 50
# Legal actions and rights concerns a country page shows at a time.
COUNTRY_PAGE_ITEMS = 50
# Reports listed per removal event on a country page (the event's sources count them all).
COUNTRY_PAGE_SOURCES = 5


@dataclass(frozen=True, slots=True)
class PairView:
    """One of a country's pairs: its status and a page of its timeline.

    Attributes:
        offset: how many entries come before the page; ``entry_count``: all of them.
    """

    status: PairStatus
    entries: list[EntryView]
    disputes: list[str]
    offset: int = 0
    entry_count: int = 0


def map_countries(pairs: Iterable[PairStatus], stages: dict[str, str]) -> list[MapCountry]:
    """Every country of the map, coloured ones last so their outlines draw on top.

    Args:
        pairs: all pairs (for the tooltips: who each country deals with, at which stage).
        stages: ISO3 → the stage that colours it.
    """
    dealings = group_by(pairs, lambda pair: pair.receiving)
    world = load_world_map()
    plain, coloured = [], []
    for shape in world.shapes:
        stage = stages.get(shape.iso3)
        if stage is None:
            plain.append(MapCountry(shape.iso3, shape.path, None, None,
                                    country_name(shape.iso3), None))
            continue
        parts = [f"{stage_label(p.stage)} with {p.deporting_name}"
                 for p in dealings.get(shape.iso3, [])]
        tooltip = f"{country_name(shape.iso3)}: " + "; ".join(parts or [stage_label(stage)])
        coloured.append(MapCountry(shape.iso3, shape.path, stage, STAGE_COLOURS[stage], tooltip,
                                   shape.centroid if shape.is_small else None))
    return plain + coloured


def home_context(session: Session) -> dict[str, Any]:
    """Map, pair table and totals for the home page."""
    pairs = tracker.pair_statuses(session)
    stages = {row.iso3: row.receiving_stage for row in country_rows(session, receiving_only=True)
              if row.receiving_stage in STAGE_COLOURS}
    world = load_world_map()
    return {
        "totals": tracker.totals(session),
        "pairs": sorted(pairs, key=lambda p: (p.receiving_name, p.deporting_name)),
        "map_countries": map_countries(pairs, stages),
        "view_box": world.view_box,
        "legend": [(stage, STAGE_COLOURS[stage]) for stage in LEGEND_STAGES],
        "stage_rank": STAGE_RANK,
        "unmapped": sorted(iso3 for iso3 in stages if world.get(iso3) is None),
    }


def _pair_view(pair: PairStatus, timeline: PairTimeline | None,
               offset: int | None = None) -> PairView:
    """``offset``: where the page starts (None: the page is the timeline's last entries)."""
    if timeline is None:
        return PairView(pair, [], [])
    entries = [EntryView(entry, [sourced_view(f) for f in entry.facts],
                         entry is timeline.current)
               for entry in timeline.entries]
    start = timeline.entry_count - len(entries) if offset is None else offset
    return PairView(pair, entries, [d.summary for d in timeline.disputes], start,
                    timeline.entry_count)


def country_context(session: Session, iso3: str, *, legal_offset: int = 0,
                    concern_offset: int = 0) -> dict[str, Any]:
    """Arrangements with their latest timeline entries, removals with their chart, and a page
    of legal actions and of rights concerns: bounded however much is known."""
    summary = tracker.country_summary(session, iso3, limit=COUNTRY_PAGE_ITEMS,
                                      legal_offset=legal_offset, concern_offset=concern_offset)
    if summary is None:
        return {"iso3": iso3, "summary": None, "receiving": [], "deporting": [],
                "received": [], "sent": [], "chart": None, "legal": [], "concerns": []}

    def views(pairs: list[PairStatus]) -> list[PairView]:
        return [_pair_view(p, tracker.pair_timeline(session, p.deporting, p.receiving,
                                                    limit=COUNTRY_PAGE_ENTRIES, latest=True))
                for p in pairs]

    received = tracker.removal_events(session, receiving=iso3, limit=None,
                                      facts=COUNTRY_PAGE_SOURCES)
    return {
        "iso3": iso3,
        "summary": summary,
        "receiving": views(summary.as_receiving),
        "deporting": views(summary.as_deporting),
        "received": received,
        "sent": tracker.removal_events(session, deporting=iso3, limit=None,
                                       facts=COUNTRY_PAGE_SOURCES),
        "chart": removal_chart(received),
        "legal": [(a, [sourced_view(f) for f in a.facts]) for a in summary.legal_actions],
        "concerns": [(c, [sourced_view(f) for f in c.facts]) for c in summary.rights_concerns],
        "legal_offset": legal_offset,
        "concern_offset": concern_offset,
        "page_items": COUNTRY_PAGE_ITEMS,
    }


def pair_context(session: Session, deporting: str, receiving: str,
                 offset: int) -> dict[str, Any] | None:
    """A page of one pair's timeline, or None when nothing is known about the pair."""
    timeline = tracker.pair_timeline(session, deporting, receiving, limit=PAIR_PAGE_ENTRIES,
                                     offset=offset)
    statuses = tracker.pair_statuses(session, deporting=deporting, receiving=receiving)
    if timeline is None or not statuses:
        return None
    return {"view": _pair_view(statuses[0], timeline, offset), "page_entries": PAIR_PAGE_ENTRIES}
