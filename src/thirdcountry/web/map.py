"""Server-side world map: vendored Natural Earth rings projected once into SVG paths.

The map file (``static/map/countries.json``, built by ``scripts/build_map.py``) holds plain
lon/lat rings per ISO alpha-3 code. :func:`load_world_map` projects them with the Equal Earth
projection (equal-area, so no country looks more important than it is) into compact SVG path
data, once per process, and templates colour them by arrangement stage. Nothing here reads
the database; the stage of each country comes from the tracker through ``pages.py``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

MAP_FILE = Path(__file__).parent / "static" / "map" / "countries.json"
MAP_WIDTH = 1000.0
# Countries smaller than this many square pixels get a dot as well, so that a coloured Nauru
# or Eswatini can be seen and clicked.
SMALL_AREA = 30.0

# Okabe-Ito, the colour-blind-safe palette, plus its neutral grey for arrangements that ended.
# The advancing stages go from light to dark; stops and refusals get the contrasting hues.
# Which stage colours a country with several pairs is the tracker's ``receiving_stage``.
STAGE_COLOURS: dict[str, str] = {
    "approached": "#F0E442",
    "negotiating": "#E69F00",
    "close": "#CC79A7",
    "agreed": "#56B4E9",
    "implemented": "#0072B2",
    "suspended": "#D55E00",
    "declined": "#009E73",
    "ended": "#999999",
}
# Equal Earth polynomial coefficients (Šavrič, Patterson & Jenny, 2018).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


@dataclass(frozen=True, slots=True)
class CountryShape:
    """One country's projected outline.

    Attributes:
        iso3: ISO alpha-3 code (``XKX`` for Kosovo).
        name: the map file's English name, used only when the country registry has none.
        path: SVG path data in map pixels, all rings in one path (draw with ``evenodd``).
        centroid: (x, y) of the largest ring's vertex average, for dots and labels.
        area: projected area in square pixels.
    """

    iso3: str
    name: str
    path: str
    centroid: tuple[float, float]
    area: float

    @property
    def is_small(self) -> bool:
        return self.area < SMALL_AREA


@dataclass(frozen=True, slots=True)
class WorldMap:
    """All projected countries and the SVG viewBox that holds them."""

    shapes: tuple[CountryShape, ...]
    width: float
    height: float
    by_iso3: dict[str, CountryShape] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_iso3", {shape.iso3: shape for shape in self.shapes})

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:.0f} {self.height:.0f}"

    def get(self, iso3: str) -> CountryShape | None:
        """The shape of ``iso3``, or None when the map has none (e.g. Vatican City)."""
        return self.by_iso3.get(iso3)


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Project degrees to Equal Earth unit coordinates (x east, y north)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (2 * math.sqrt(3) * lam * math.cos(theta)
         / (3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1)))
    y = theta * (_A4 * t6 * t2 + _A3 * t6 + _A2 * t2 + _A1)
    return x, y


def _ring_path(ring: list[tuple[float, float]]) -> str:
    """Relative SVG path for one closed ring in pixels, one decimal, duplicates dropped."""
    parts = []
    prev_x, prev_y = round(ring[0][0], 1), round(ring[0][1], 1)
    parts.append(f"M{prev_x:g} {prev_y:g}")
    for x, y in ring[1:]:
        x, y = round(x, 1), round(y, 1)
        dx, dy = round(x - prev_x, 1), round(y - prev_y, 1)
        if dx or dy:
            parts.append(f"l{dx:g} {dy:g}")
            prev_x, prev_y = x, y
    parts.append("z")
    return "".join(parts)


def _area(ring: list[tuple[float, float]]) -> float:
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def project_countries(countries: Iterable[dict], width: float = MAP_WIDTH) -> WorldMap:
    """Project map-file country records into a :class:`WorldMap` ``width`` pixels wide.

    Args:
        countries: records ``{"iso3", "name", "rings": [[[lon, lat], ...], ...]}``.
        width: pixel width of the map; the height follows from the data's extent.

    Returns:
        The projected map, countries in input order.
    """
    projected = [
        (record, [[equal_earth(lon, lat) for lon, lat in ring] for ring in record["rings"]])
        for record in countries
    ]
    xs = [x for _, rings in projected for ring in rings for x, _ in ring]
    ys = [y for _, rings in projected for ring in rings for _, y in ring]
    if not xs:
        return WorldMap(shapes=(), width=width, height=width / 2)
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    scale = width / (max_x - min_x)
    shapes = []
    for record, rings in projected:
        pixel_rings = [[((x - min_x) * scale, (max_y - y) * scale) for x, y in ring]
                       for ring in rings]
        largest = max(pixel_rings, key=_area)
        centroid = (sum(x for x, _ in largest) / len(largest),
                    sum(y for _, y in largest) / len(largest))
        shapes.append(CountryShape(
            iso3=record["iso3"],
            name=record["name"],
            path="".join(_ring_path(ring) for ring in pixel_rings),
            centroid=(round(centroid[0], 1), round(centroid[1], 1)),
            area=sum(_area(ring) for ring in pixel_rings),
        ))
    return WorldMap(shapes=tuple(shapes), width=width, height=(max_y - min_y) * scale)


@lru_cache(maxsize=1)
def load_world_map(path: Path = MAP_FILE) -> WorldMap:
    """Read and project the vendored map file once per process.

    Raises:
        FileNotFoundError: the map file is missing (rebuild it with ``scripts/build_map.py``).
    """
    document = json.loads(path.read_text(encoding="utf-8"))
    return project_countries(document["countries"])

