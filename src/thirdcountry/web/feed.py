"""The "what changed" Atom feed, built from the change days of ``api.changes``.

Atom (RFC 4287) needs an id, a title and an updated time per feed and per entry. Ids are the
entries' permanent URLs on this site (a fact's anchor on its article page, a status change's
anchor on the changes page). The XML is written by ElementTree, which escapes every text;
characters XML 1.0 cannot carry at all (control characters an article may hold) are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from thirdcountry.api.changes import ChangeDay
from thirdcountry.web.present import fact_label, pair_text, stage_label

ATOM_NS = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01T00:00:00Z"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One Atom entry."""

    id: str
    title: str
    updated: str
    link: str
    summary: str


def xml_safe(text: str | None) -> str:
    """Text without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text or "")


def rfc3339(moment: dt.datetime) -> str:
    """A UTC timestamp as Atom writes it (``2025-08-06T12:00:00Z``)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _change_summary(from_stage: str | None, to_stage: str, certainty: str) -> str:
    now = f"{stage_label(to_stage)} ({certainty})"
    if from_stage is None:
        return f"First reported: {now}."
    return f"Status changed from {stage_label(from_stage)} to {now}."


def feed_entries(days: Iterable[ChangeDay], base: str) -> list[FeedEntry]:
    """Status changes and new facts as feed entries, newest first.

    Args:
        days: change days from ``recent_changes``.
        base: the site's absolute base URL, without a trailing slash.
    """
    entries = []
    for day in days:
        added = {record.id: record.created_at for record, _ in day.new_facts}
        day_start = dt.datetime.combine(day.day, dt.time(), tzinfo=dt.timezone.utc)
        for change in day.status_changes:
            moments = [added[i] for i in change.fact_ids if i in added]
            anchor = f"status-{change.deporting}-{change.receiving}-{day.day.isoformat()}"
            title = (f"{pair_text(change.deporting, change.receiving)}: "
                     f"{stage_label(change.to_stage)}")
            entries.append(FeedEntry(
                id=f"{base}/changes#{anchor}", title=xml_safe(title),
                updated=rfc3339(max(moments) if moments else day_start),
                link=f"{base}/country/{change.receiving}",
                summary=xml_safe(_change_summary(change.from_stage, change.to_stage,
                                                 change.certainty)),
            ))
        for record, document in day.new_facts:
            source = document.outlet or "an article"
            entries.append(FeedEntry(
                id=f"{base}/document/{document.id}#fact-{record.id}",
                title=xml_safe(fact_label(record)),
                updated=rfc3339(record.created_at),
                link=f"{base}/document/{document.id}#fact-{record.id}",
                summary=xml_safe(f"“{record.evidence_quote}” — {source}"
                                 + (f", {document.published}" if document.published else "")),
            ))
    entries.sort(key=lambda e: e.updated, reverse=True)
    return entries


def render_feed(entries: Sequence[FeedEntry], base: str) -> bytes:
    """The Atom document for some entries (newest first), UTF-8 with an XML declaration.

    Args:
        entries: from :func:`feed_entries`.
        base: the site's absolute base URL, without a trailing slash.
    """
    ET.register_namespace("", ATOM_NS)

    def add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str):
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attributes)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    add(feed, "id", f"{base}/changes")
    add(feed, "title", "thirdcountry: what changed")
    add(feed, "subtitle", "New facts and status changes of third-country deportation "
                          "arrangements, from the news")
    add(feed, "updated", entries[0].updated if entries else EPOCH)
    add(add(feed, "author"), "name", "thirdcountry")
    add(feed, "link", rel="self", type="application/atom+xml", href=f"{base}/changes.atom")
    add(feed, "link", rel="alternate", type="text/html", href=f"{base}/changes")
    for entry in entries:
        item = add(feed, "entry")
        add(item, "id", entry.id)
        add(item, "title", entry.title)
        add(item, "updated", entry.updated)
        add(item, "link", rel="alternate", type="text/html", href=entry.link)
        add(item, "summary", entry.summary)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
