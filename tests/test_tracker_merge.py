"""Merging facts across articles: dates, honest count totals, removal events, legal entries."""

from __future__ import annotations

import itertools

import pytest

from thirdcountry.facts.schema import Arrangement, Evidence, LegalAction, Removal, RightsConcern
from thirdcountry.tracker.country_facts import merge_legal_actions, merge_rights_concerns
from thirdcountry.tracker.counts import (
    CountTotal,
    add_counts,
    count_range,
    nationality_totals,
    removal_total,
    total_of_groups,
)
from thirdcountry.tracker.dates import PartialDate, date_fits
from thirdcountry.tracker.merge import merge_removals
from thirdcountry.tracker.records import SourcedFact, SourceRef

_ids = itertools.count(1)


def doc(document_id: int, published: str | None = "2025-08-01", outlet: str | None = None):
    return SourceRef(document_id, f"Article {document_id}", f"https://news.example/{document_id}",
                     outlet or f"Outlet {document_id}", published)


def sourced(fact, document: SourceRef, status: str = "automatic", copies=()) -> SourcedFact:
    return SourcedFact(next(_ids), fact, status, document, tuple(copies))


def removal(count, qualifier="exact", date=None, certainty="confirmed", nationalities=(),
            pair=("USA", "SLV"), facility=None) -> Removal:
    return Removal(deporting_country=pair[0], receiving_country=pair[1], date=date, count=count,
                   count_qualifier=qualifier if count is not None else None,
                   nationalities=list(nationalities), facility=facility, legal_basis=None,
                   certainty=certainty, attributed_to=None, evidence=Evidence("q", 0, 1))


# --- dates -----------------------------------------------------------------------------------

def test_partial_dates_parse_compare_and_bound() -> None:
    month = PartialDate.parse("2025-07")
    day = PartialDate.parse("2025-07-05")
    assert month is not None and day is not None
    assert month.compatible(day) and day.compatible(month)
    assert not day.compatible(PartialDate.parse("2025-07-06"))
    assert PartialDate.parse("2025") < month < day
    assert (month.first_day(), month.last_day()) == ("2025-07-01", "2025-07-31")
    assert PartialDate.parse("2024-02").last_day() == "2024-02-29"
    assert str(day) == "2025-07-05" and str(PartialDate.parse("2025")) == "2025"
    assert PartialDate.parse(None) is None


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "July 2025", "25-07-01", ""])
def test_malformed_dates_are_refused_naming_the_date(bad: str) -> None:
    with pytest.raises(ValueError, match="date"):
        PartialDate.parse(bad)


def test_an_undated_report_fits_only_events_before_its_publication() -> None:
    july = PartialDate.parse("2025-07-10")
    assert date_fits(july, None, PartialDate.parse("2025-07-20"))
    assert not date_fits(july, None, PartialDate.parse("2025-06-30"))
    assert date_fits(None, None, None)


# --- counts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("parts", "expected"), [
    ([(130, "at_least"), (5, "exact")], "at least 135"),
    ([(130, "exact"), (5, "more_than")], "more than 135"),
    ([(130, "at_least"), (5, "more_than")], "more than 135"),
    ([(300, "about"), (12, "exact")], "about 312"),
    ([(160, "up_to"), (5, "exact")], "up to 165"),
    ([(160, "up_to"), (130, "at_least")], "at least 130"),
    ([(238, "exact"), (252, None)], "490"),
    ([(5, "exact"), (None, None)], "5 + 1 of unknown size"),
    ([(None, None)], "unknown"),
    ([], "0"),
])
def test_totals_keep_the_qualifier_honest(parts, expected: str) -> None:
    assert add_counts(parts).text == expected


def test_unknown_counts_are_not_counted_as_zero() -> None:
    total = add_counts([(None, None), (None, None), (7, "exact")])
    assert total == CountTotal(value=7, qualifier="exact", events=3, unknown_events=2)


def test_grouped_totals_equal_ungrouped_totals() -> None:
    parts = [(130, "at_least"), (5, "exact"), (None, None), (20, "up_to"), (7, "exact")]
    groups = [("at_least", 1, 130), ("exact", 2, 12), (None, 1, 0), ("up_to", 1, 20)]
    assert total_of_groups(groups) == add_counts(parts)


def test_count_ranges_make_compatible_counts_overlap() -> None:
    assert count_range(130, "at_least").overlaps(count_range(137, "exact"))
    assert count_range(300, "about").overlaps(count_range(290, "exact"))
    assert not count_range(5, "exact").overlaps(count_range(7, "exact"))
    assert not count_range(10, "more_than").overlaps(count_range(10, "exact"))
    assert count_range(None, None) is None


# --- removal events --------------------------------------------------------------------------

def test_one_flight_reported_by_several_articles_is_one_event_with_every_source() -> None:
    reports = [
        sourced(removal(238, date="2025-03-15", nationalities=["VEN"]), doc(1)),
        sourced(removal(238, date="2025-03"), doc(2), copies=[doc(9)]),
        sourced(removal(200, "more_than", nationalities=["SLV"]), doc(3, "2025-03-20")),
    ]
    [event] = merge_removals(reports)
    assert (event.count, event.count_qualifier, str(event.date)) == (238, "exact", "2025-03-15")
    assert event.nationalities == ("SLV", "VEN")
    assert [s.document_id for s in event.sources] == [1, 2, 9, 3]
    assert not event.disputed


def test_removals_on_different_days_or_with_incompatible_counts_stay_apart() -> None:
    reports = [
        sourced(removal(238, date="2025-03-15"), doc(1)),
        sourced(removal(17, date="2025-03-31"), doc(2)),
        sourced(removal(5, date="2025-03"), doc(3)),
    ]
    events = merge_removals(reports)
    assert sorted(e.count for e in events) == [5, 17, 238]


def test_two_counts_for_one_flight_are_kept_side_by_side_as_disputed() -> None:
    reports = [
        sourced(removal(5, date="2025-07-15", certainty="reported"), doc(1)),
        sourced(removal(7, date="2025-07-15", certainty="confirmed"), doc(2)),
    ]
    [event] = merge_removals(reports)
    assert event.disputed
    assert set(event.counts_reported) == {(5, "exact"), (7, "exact")}
    assert event.count == 7  # the confirmed report is shown


def test_a_curated_count_wins_a_dispute_over_automatic_ones() -> None:
    reports = [
        sourced(removal(5, date="2025-07-15"), doc(1), status="confirmed"),
        sourced(removal(7, date="2025-07-15"), doc(2)),
        sourced(removal(7, date="2025-07-15"), doc(3)),
    ]
    [event] = merge_removals(reports)
    assert event.count == 5 and event.curated


def test_an_undated_report_joins_the_latest_event_its_article_could_know() -> None:
    reports = [
        sourced(removal(10, date="2025-03-01"), doc(1)),
        sourced(removal(12, date="2025-05-01"), doc(2)),
        sourced(removal(None), doc(3, "2025-04-10")),
        sourced(removal(None), doc(4, "2025-02-01")),
    ]
    events = {e.count: e for e in merge_removals(reports)}
    assert [s.document_id for s in events[10].sources] == [1, 3]
    assert [s.document_id for s in events[12].sources] == [2]
    assert [s.document_id for s in events[None].sources] == [4]


def test_pairs_never_share_events_and_soft_events_stay_out_of_totals() -> None:
    reports = [
        sourced(removal(5, date="2025-07", pair=("USA", "SWZ")), doc(1)),
        sourced(removal(5, date="2025-07", pair=("USA", "SSD")), doc(2)),
        sourced(removal(40, date="2025-08", certainty="rumored", pair=("USA", "SWZ")), doc(3)),
    ]
    events = merge_removals(reports)
    assert [(e.receiving, e.count) for e in events] == [("SSD", 5), ("SWZ", 5), ("SWZ", 40)]
    assert removal_total(events).text == "10"


def test_nationality_totals_do_not_attribute_mixed_groups_to_one_nationality() -> None:
    reports = [
        sourced(removal(238, date="2025-03-15", nationalities=["VEN"]), doc(1)),
        sourced(removal(8, date="2025-07-05", nationalities=["CUB", "MEX"]), doc(2)),
    ]
    totals = {t.nationality: t for t in nationality_totals(merge_removals(reports))}
    assert totals["VEN"].alone.text == "238" and totals["VEN"].in_mixed_groups.events == 0
    assert totals["CUB"].alone.events == 0 and totals["CUB"].in_mixed_groups.text == "8"


# --- legal actions and rights concerns -------------------------------------------------------

def legal(court: str, outcome: str, date: str | None) -> LegalAction:
    return LegalAction(jurisdiction="USA", court=court, subject="deportations", outcome=outcome,
                       date=date, certainty="confirmed", attributed_to=None,
                       evidence=Evidence("q", 0, 1))


def test_one_ruling_reported_by_several_articles_is_one_legal_action() -> None:
    entries = merge_legal_actions([
        sourced(legal("U.S. District Judge Brian E. Murphy", "blocked", "2025-04-18"), doc(1)),
        sourced(legal("Judge Brian E. Murphy in Boston", "blocked", None), doc(2, "2025-04-20")),
        sourced(legal("Supreme Court", "allowed", "2025-06-23"), doc(3)),
        sourced(legal("Supreme Court", "allowed", "2025-07-03"), doc(4)),
    ])
    assert [(e.court, e.outcome, str(e.date), len(e.sources)) for e in entries] == [
        ("U.S. District Judge Brian E. Murphy", "blocked", "2025-04-18", 2),
        ("Supreme Court", "allowed", "2025-06-23", 1),
        ("Supreme Court", "allowed", "2025-07-03", 1),
    ]


def test_rights_concerns_with_the_same_wording_are_merged() -> None:
    def concern(text: str, country: str = "SLV") -> RightsConcern:
        return RightsConcern(country=country, concern=text, certainty="reported",
                             attributed_to=None, evidence=Evidence("q", 0, 1))

    entries = merge_rights_concerns([
        sourced(concern("Abuse of detainees in CECOT"), doc(1)),
        sourced(concern("abuse of detainees in CECOT."), doc(2)),
        sourced(concern("overcrowding"), doc(3)),
        sourced(concern("overcrowding", "SWZ"), doc(4)),
    ])
    assert [(e.country, len(e.sources)) for e in entries] == [("SLV", 2), ("SLV", 1),
                                                              ("SWZ", 1)]


def test_facts_of_other_types_are_ignored_by_each_merger() -> None:
    arrangement = Arrangement(deporting_country="USA", receiving_country="RWA",
                              kind="third_country_removal", stage="agreed", date=None,
                              certainty="confirmed", attributed_to=None,
                              evidence=Evidence("q", 0, 1))
    only = [sourced(arrangement, doc(1))]
    assert merge_removals(only) == []
    assert merge_legal_actions(only) == []
    assert merge_rights_concerns(only) == []
