"""A small bar chart of people removed over time, laid out here and drawn by a template as SVG.

One bar per month with a stated count; a removal whose size no source states is a tick on the
axis, never a zero-height bar that would read as "nobody". Lower bounds ("at least 130") are
drawn at the bound and said so in the bar's tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from thirdcountry.tracker import RemovalEventView
from thirdcountry.web.present import count_text

WIDTH, HEIGHT = 640.0, 180.0
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44.0, 12.0, 14.0, 30.0
MAX_BAR_WIDTH = 48.0


@dataclass(frozen=True, slots=True)
class Bar:
    """One month's bar (or unknown-size tick) in chart pixels."""

    x: float
    y: float
    width: float
    height: float
    label: str
    tooltip: str
    unknown: bool


@dataclass(frozen=True, slots=True)
class RemovalChart:
    """Everything the template needs to draw the chart."""

    width: float
    height: float
    bars: tuple[Bar, ...]
    y_ticks: tuple[tuple[float, str], ...]
    baseline: float
    left: float
    right: float


def _month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def removal_chart(events: Iterable[RemovalEventView]) -> RemovalChart | None:
    """Lay out firm removal events dated to at least a month, one bar per month.

    Args:
        events: removal events (soft and undated or year-only ones are left out).

    Returns:
        The chart, or None when no placed event states how many people were sent.
    """
    months: dict[str, list[RemovalEventView]] = {}
    for event in events:
        month = _month(event.date)
        if event.firm and month:
            months.setdefault(month, []).append(event)
    ordered = sorted(months)
    totals = {m: sum(e.count or 0 for e in months[m]) for m in ordered}
    if not any(totals.values()):
        return None  # only removals of unknown size: the table says so better than a chart
    peak = max(max(totals.values()), 1)
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_w / len(ordered)
    bar_w = min(MAX_BAR_WIDTH, slot * 0.7)
    baseline = MARGIN_TOP + plot_h
    bars = []
    for i, month in enumerate(ordered):
        x = MARGIN_LEFT + slot * i + (slot - bar_w) / 2
        height = plot_h * totals[month] / peak
        stated = [count_text(e.count, e.count_qualifier) for e in months[month]]
        tooltip = f"{month}: " + "; ".join(stated)
        unknown = totals[month] == 0
        bars.append(Bar(round(x, 1), round(baseline - height, 1), round(bar_w, 1),
                        round(height, 1), month, tooltip, unknown))
    ticks = tuple((round(baseline - plot_h * v / peak, 1), f"{v:,}") for v in _nice_ticks(peak))
    return RemovalChart(WIDTH, HEIGHT, tuple(bars), ticks, baseline, MARGIN_LEFT,
                        WIDTH - MARGIN_RIGHT)


def _nice_ticks(peak: int) -> list[int]:
    """0, the peak and a round value or two between, for the y axis labels."""
    step = 10 ** max(len(str(peak)) - 1, 0)
    while peak / step > 4:
        step *= 2
    between = [v for v in range(step, peak, step) if peak - v > step / 2]
    return [0, *between, peak]
