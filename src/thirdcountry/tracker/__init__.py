"""The tracker: many articles' facts merged into one sourced record per country pair.

Typical use::

    with Session(engine) as session:
        for pair in tracker.pair_statuses(session, receiving="RWA"):
            print(pair.deporting_name, pair.stage, pair.certainty, pair.removals.text)
        timeline = tracker.pair_timeline(session, "USA", "RWA")

How facts are merged and weighed is explained where it is done: ``tracker.merge`` (removal
events), ``tracker.country_facts`` (legal actions, rights concerns), ``tracker.counts``
(honest totals), ``tracker.timeline`` (stages, current status, disputes); ``tracker.layout``
applies these rules to buckets of alike facts (``tracker.buckets``). ``tracker.status`` keeps
the materialised tables of ``tracker.tables`` current: ingestion calls :func:`mark_for_update`
(or :func:`update_for_document`) for every stored document, then :func:`catch_up`, which folds
each new document's facts into their buckets (``tracker.materialise``, O(its facts)) and merges
the buckets of the pairs and countries it touched (``tracker.merging``). Timelines and country
pages are read from the stored entries (``tracker.queries``), a page of facts per entry.

**Reading the data elsewhere.** The SQLite database is an ordinary file that Datasette
(``datasette thirdcountry.db``) and the ``sqlite3`` shell can open read-only while thirdcountry
runs (write-ahead logging lets readers in during writes). ``tracker_pairs`` holds one row per
country pair with its current status, ``tracker_removal_events`` one row per removal with
``tracker_removal_event_facts`` linking it to the ``facts`` reporting it, and
``tracker_countries`` one row per country; ``tracker_entries`` one row per timeline entry,
legal action and rights concern, with ``tracker_buckets`` and ``tracker_bucket_facts`` filing
every fact under the alike facts it is merged with; ``facts`` and ``documents`` hold every
fact with its quote and article. For example, ``SELECT receiving_country, stage, certainty,
removals_value, removals_qualifier FROM tracker_pairs WHERE deporting_country = 'USA'``.
"""

from thirdcountry.tracker.country_facts import LegalActionEntry, RightsConcernEntry
from thirdcountry.tracker.counts import CountTotal, NationalityTotal, add_counts
from thirdcountry.tracker.merge import RemovalEvent
from thirdcountry.tracker.queries import (
    CountrySummary,
    PairStatus,
    RemovalEventView,
    Totals,
    country_summary,
    nationality_breakdown,
    pair_status_count,
    pair_statuses,
    pair_timeline,
    removal_events,
    totals,
)
from thirdcountry.tracker.records import SourcedFact, SourceRef
from thirdcountry.tracker.status import (
    RebuildSummary,
    Touched,
    catch_up,
    mark_for_update,
    rebuild,
    rebuild_all,
    refresh,
    refresh_pending,
    touched_by,
    update_for_document,
)
from thirdcountry.tracker.timeline import Dispute, PairTimeline, TimelineEntry

__all__ = [
    "CountTotal",
    "CountrySummary",
    "Dispute",
    "LegalActionEntry",
    "NationalityTotal",
    "PairStatus",
    "PairTimeline",
    "RebuildSummary",
    "RemovalEvent",
    "RemovalEventView",
    "RightsConcernEntry",
    "SourceRef",
    "SourcedFact",
    "TimelineEntry",
    "Totals",
    "Touched",
    "add_counts",
    "catch_up",
    "country_summary",
    "nationality_breakdown",
    "pair_status_count",
    "pair_statuses",
    "mark_for_update",
    "pair_timeline",
    "rebuild",
    "rebuild_all",
    "refresh",
    "refresh_pending",
    "removal_events",
    "totals",
    "touched_by",
    "update_for_document",
]
