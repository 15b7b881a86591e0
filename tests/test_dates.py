"""Dates in news text and their resolution against the publication date (extraction/dates.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from thirdcountry.extraction.dates import (
    DateMention,
    find_dates,
    parse_published,
    resolve_anaphors,
    span_start,
)

DEV_CORPUS = Path("/work/shared/corpus/dev")
D = dt.date

# published | text | the mention found | its value | relative or calendar: the gold conventions.
RESOLVED_TABLE = """
2025-07-17 | Five men arrived in Eswatini earlier this week | earlier this week | 2025-07 | relative
2025-07-17 | Earlier this month, eight men were flown. | Earlier this month | 2025-07 | relative
2025-07-07 | They landed in Juba on Saturday, ending a fight. | Saturday | 2025-07-05 | relative
2025-07-07 | Lawyers made a final attempt on Friday, asking | Friday | 2025-07-04 | relative
2025-07-07 | The men were first put on a plane in May. | May | 2025-05 | calendar
2025-07-07 | On June 23 the Supreme Court paused it. | June 23 | 2025-06-23 | calendar
2025-07-07 | The justices intervened again on July 3, saying | July 3 | 2025-07-03 | calendar
2025-08-06 | Makolo confirmed on Tuesday. | Tuesday | 2025-08-05 | relative
2025-08-06 | Labour scrapped that scheme last year. | last year | 2024 | relative
2023-11-15 | The Supreme Court ruled on Wednesday. | Wednesday | 2023-11-15 | relative
2023-11-15 | It upheld a decision from June, finding | June | 2023-06 | calendar
2023-11-15 | The partnership, agreed in April 2022, would | April 2022 | 2022-04 | calendar
2023-11-15 | It was found lawful in December 2022. | December 2022 | 2022-12 | calendar
2025-08-21 | Issued this 21st day of August, 2025 | 21st day of August, 2025 | 2025-08-21 | calendar
2025-04-10 | In mid-March, Trump used the act. | mid-March | 2025-03 | calendar
2025-06-02 | Talks resumed in November. | November | 2024-11 | calendar
2025-08-06 | They were flown home last week. | last week | 2025-07 | relative
2025-08-06 | The deal was signed two weeks ago. | two weeks ago | 2025-07 | relative
2025-08-01 | The plane left yesterday. | yesterday | 2025-07-31 | relative
2025-07-10 | Starmer will sign it today. | today | 2025-07-10 | relative
2024-07-06 | The cabinet met this morning. | this morning | 2024-07-06 | relative
2025-01-15 | Uganda agreed last month to receive them. | last month | 2024-12 | relative
2025-07-25 | Hundreds have returned this year. | this year | 2025 | relative
2025-07-19 | The Taliban seized power in 2021. | 2021 | 2021 | calendar
2025-04-22 | A state of exception since March 2022. | March 2022 | 2022-03 | calendar
2025-03-10 | The Feb. 12 flight | Feb. 12 | 2025-02-12 | calendar
2025-03-10 | signed Feb 12, 2025 in Panama | Feb 12, 2025 | 2025-02-12 | calendar
2025-03-10 | signed on 12 February 2025 in Panama | 12 February 2025 | 2025-02-12 | calendar
2025-03-10 | signed on 2025-02-12 in Panama | 2025-02-12 | 2025-02-12 | calendar
2025-03-10 | In early February, after a visit | early February | 2025-02 | calendar
2025-03-10 | flights began in late February | late February | 2025-02 | calendar
2025-03-10 | flights between February 12 and 15 carried | February 12 and 15 | 2025-02-12 | calendar
2025-03-10 | It was issued on the 15th, officials said. | the 15th | 2025-02-15 | relative
2025-03-10 | It was issued on the 5th, officials said. | the 5th | 2025-03-05 | relative
2024-07-06 | The court ruled it unlawful last November. | last November | 2023-11 | relative
2025-07-19 | sent home in August last year. | August last year | 2024-08 | relative
2025-09-26 | The first transfers could take place next year. | next year | 2026 | relative
2025-09-17 | clients were driven at the weekend to the border | at the weekend | 2025-09 | relative
2025-06-13 | it could land before the end of the summer | the end of the summer | 2025 | relative
2025-07-19 | sent to El Salvador in March and April 2019. | March | 2019-03 | calendar
2025-07-19 | sent to El Salvador in March and April, most | April | 2025-04 | calendar
2025-07-25 | a crackdown that began in mid-2024 with | mid-2024 | 2024 | calendar
2025-09-05 | Between November 2019 and March 2020, the | March 2020 | 2020-03 | calendar
2025-09-05 | From 2014, Israel told them | 2014 | 2014 | calendar
2025-10-01 | It contrasts with August, when Kampala agreed | August | 2025-08 | calendar
2025-09-17 | in mid-2024 talks began with Kigali | mid-2024 | 2024 | calendar
2025-09-03 | the flight left this past weekend for Juba | this past weekend | 2025-08 | relative
2025-05-21 | rounded them up in the first week of May and | May | 2025-05 | calendar
2025-04-12 | built under a 2023 agreement with Tirana | 2023 | 2023 | calendar
2025-07-15 | Last Tuesday the delegation arrived. | Last Tuesday | 2025-07-08 | relative
2025-06-24 | The Supreme Court on Monday cleared the way | Monday | 2025-06-23 | relative
2025-03-03 | The deal was announced five days ago. | five days ago | 2025-02-26 | relative
2024-10-19 | ROME, Oct 19 (APA) — A court in Rome | Oct 19 | 2024-10-19 | calendar
2026-02-20 | On March 15 last year, the plane left | March 15 last year | 2025-03-15 | relative
2026-02-20 | They were sent on 3 June last year. | 3 June last year | 2025-06-03 | relative
2026-02-20 | They were sent on 3 June 2024. | 3 June 2024 | 2024-06-03 | calendar
2026-02-20 | On March 15 the plane left | March 15 | 2025-03-15 | calendar
"""
RESOLVED = [
    (text, D.fromisoformat(published), found, value, kind == "relative")
    for published, text, found, value, kind in (
        [cell.strip() for cell in row.split("|")] for row in RESOLVED_TABLE.strip().splitlines()
    )
]


@pytest.mark.parametrize(("text", "published", "found", "value", "relative"), RESOLVED)
def test_dates_resolve_against_publication(text, published, found, value, relative):
    mentions = find_dates(text, published)
    assert (found, value, relative) in [(m.text, m.value, m.relative) for m in mentions]


@pytest.mark.parametrize(("text", "published", "found", "value", "relative"), RESOLVED)
def test_mentions_slice_the_text(text, published, found, value, relative):
    for mention in find_dates(text, published):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("landed in Juba on Saturday, ending", "Saturday", None),
        ("first put on a plane in May.", "May", None),
        ("again on July 3, saying", "July 3", None),
        ("In mid-March, Trump used", "mid-March", None),
        ("They were flown home last week.", "last week", None),
        ("It was issued on the 15th, officials said.", "the 15th", None),
        ("The deal was signed two weeks ago.", "two weeks ago", None),
        ("The partnership, agreed in April 2022, would", "April 2022", "2022-04"),
        ("signed on 12 February 2025 in Panama", "12 February 2025", "2025-02-12"),
        ("The Taliban seized power in 2021.", "2021", "2021"),
    ],
)
def test_without_publication_date_only_written_years_resolve(text, found, value):
    assert (found, value) in [(m.text, m.value) for m in find_dates(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "You may leave the country.",
        "Theresa May said the scheme would go ahead.",
        "The scheme was approved by May and her cabinet.",
        "Thousands march to the capital.",
        "A 32-year-old man was deported.",
        "Under Article 3 of the convention, no one may be returned.",
        "More than 1,500 people were moved.",
        "COVID-19 rules closed the border.",
        "The flight left at 10 a.m. local time.",
        "Eight men were flown to Juba.",
        "More than 2000 people were sent.",
        "The government sent 2000 migrants there.",
        "Section 1952 of the code applies.",
        "Crossings have doubled over the last year.",
        "The shops close on Good Friday.",
        "It happened in the 1990s.",
        "Jan Egeland criticised the deal.",
        # a named law or treaty written with its year (round 8)
        "The men were removed under the Alien Enemies Act of 1798.",
        "Officials invoked the Alien Enemies Act of 1798 to remove them.",
        "The Refugee Convention of 1951 bars returning people to danger.",
        "Judges cited the Immigration and Nationality Act of 1965, which governs removals.",
        "It is a wartime law, the Act of 1798, that the government relied on.",
    ],
)
def test_non_dates_are_not_found(text):
    assert find_dates(text, D(2025, 7, 7)) == []


def test_weekday_naming_an_explicit_date_is_not_a_second_date():
    mentions = find_dates("On March 15, a Saturday, Trump signed it.", D(2025, 4, 22))
    assert [(m.text, m.value) for m in mentions] == [("March 15", "2025-03-15")]


def test_a_datetime_publication_counts_as_its_date():
    mentions = find_dates("It left on Friday.", dt.datetime(2025, 7, 7, 23, 30))
    assert mentions == [DateMention(11, 17, "Friday", "2025-07-04", True)]


def test_text_without_dates_gives_nothing():
    assert find_dates("The government has not responded to requests for comment.", None) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-10", D(2025, 4, 10)),
        ("2025-04-10T08:00:00Z", D(2025, 4, 10)),
        ("2025-04-10T23:30:00-05:00", D(2025, 4, 10)),
        (" 2025-04-10 ", D(2025, 4, 10)),
        (D(2025, 4, 10), D(2025, 4, 10)),
        (dt.datetime(2025, 4, 10, 8, 0), D(2025, 4, 10)),
        (None, None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["April 10, 2025", "2025-13-01", "", "yesterday", 20250410])
def test_parse_published_refuses_bad_values_by_name(value):
    with pytest.raises(ValueError, match=r"published date .* is not an ISO date"):
        parse_published(value)


def _dated_gold_facts():
    for facts_path in sorted(DEV_CORPUS.glob("*.facts.jsonl")):
        meta = json.loads(
            facts_path.with_name(facts_path.name.replace(".facts.jsonl", ".meta.json")).read_text(
                encoding="utf-8"
            )
        )
        for line in facts_path.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line) if line.strip() else {}
            if fact.get("date"):
                yield fact, parse_published(meta.get("published"))


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus not available")
def test_dev_corpus_gold_dates_are_found_in_their_evidence():
    # Anaphoric dates ("that evening", "the following year") need the article's narrative and
    # are out of reach here; everything else the gold dates say should be found.
    facts = list(_dated_gold_facts())
    missed = [
        (fact["date"], fact["evidence"]["quote"][:80])
        for fact, published in facts
        if fact["date"] not in {m.value for m in find_dates(fact["evidence"]["quote"], published)}
    ]
    assert facts
    assert len(missed) <= 0.2 * len(facts), missed


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus not available")
def test_dev_corpus_mentions_slice_their_documents():
    for text_path in sorted(DEV_CORPUS.glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        mentions = find_dates(text, D(2025, 7, 1))
        assert all(text[m.start : m.end] == m.text for m in mentions)
        assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


@pytest.mark.parametrize(("text", "expected"), [
    ("Between November 2019 and March 2020, 900 people were sent.", "2019-11"),
    ("It ran from 2014 to 2017 in all.", "2014"),
    ("It ran from May to July.", "2025-05"),
    ("In March and April 2019 they talked.", "2019-04"),  # a list, not a span
])
def test_a_span_starts_at_its_first_date(text: str, expected: str) -> None:
    found = find_dates(text, D(2025, 9, 5))
    assert span_start(text, found, found[-1]).value == expected


def _resolved(sentences: list[str], published: dt.date, *, year_carries: bool = True) -> list:
    """Dates of the last sentence, leaning on the dated mentions of the ones before."""
    earlier = [d for sentence in sentences[:-1] for d in find_dates(sentence, published)
               if d.value]
    return [(d.text, d.value) for d in resolve_anaphors(
        find_dates(sentences[-1], published), earlier, published, year_carries=year_carries)]


@pytest.mark.parametrize(("sentences", "expected"), [
    (["The first flight left on October 14, 2024.", "Sixteen men arrived that month."],
     [("that month", "2024-10")]),
    (["The first flight left in October 2024.", "More followed the same week."],
     [("the same week", "2024-10")]),
    (["The first flight left in 2024.", "More followed that month."], [("that month", None)]),
    (["On March 15 he invoked the Act of 1798.", "By that evening, planes had landed."],
     [("that evening", "2025-03-15")]),
    (["Nothing is dated here.", "More followed that month."], [("that month", None)]),
    # a month without a year in a story told in another year
    (["In January 2018 the government set a deadline.", "In March, the court froze it."],
     [("March", "2018-03")]),
    # a bare year names a thing and lends no year; publication's year stands
    (["It was a 2018 agreement.", "In March, the court froze it."], [("March", "2025-03")]),
    # a later month of that year would be after publication: the convention stands
    (["In January 2025 the government set a deadline.", "In November, the court froze it."],
     [("November", "2024-11")]),
])
def test_dates_lean_on_the_date_before(sentences: list[str], expected: list) -> None:
    assert _resolved(sentences, D(2025, 9, 5)) == expected


def test_a_year_is_lent_only_by_a_close_sentence() -> None:
    sentences = ["In January 2018 the government set a deadline.", "In March, the court froze it."]
    assert _resolved(sentences, D(2025, 9, 5), year_carries=False) == [("March", "2025-03")]


@pytest.mark.parametrize(("sentences", "expected"), [
    (["In January 2018 the government set a deadline.", "Three months later, the court froze it."],
     [("Three months later", "2018-04")]),
    (["Denmark signed a memorandum in 2022.", "It put the plan on hold the following year."],
     [("the following year", "2023")]),
    (["The flight left on March 3, 2024.", "Two days later, the men landed."],
     [("Two days later", "2024-03-05")]),
    # a day counted from a month keeps the month
    (["The boat was stopped in September 2020.", "Two days later, the men were returned."],
     [("Two days later", "2020-09")]),
    (["The charter left in February.", "Days earlier, 300 people had been flown out."],
     [("Days earlier", "2025-02")]),
    # a span from now is no date
    (["The charter left in February.", "More will follow over the next year."], []),
    # nothing to count from
    (["Nothing is dated here.", "Three months later, the court froze it."],
     [("Three months later", None)]),
])
def test_a_shift_counts_from_the_date_before(sentences: list[str], expected: list) -> None:
    assert _resolved(sentences, D(2025, 9, 5)) == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    # the month counted forward from the written year takes it
    (["In January 2018 the government set a deadline.", "Three months later the court froze "
      "it, and in late April the state gave up."],
     [("Three months later", "2018-04"), ("late April", "2018-04")]),
    # a month before the one with the written year is not in that year
    (["Transfers were paused from November 2024.", "The two states signed a deal in September."],
     [("September", "2025-09")]),
])
def test_a_year_is_lent_going_forward(sentences: list[str], expected: list) -> None:
    assert _resolved(sentences, D(2025, 10, 15)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria expelled 16,000 people in the first nine months of the year.", "2025"),
    ("Algeria expelled 16,000 people in the first half of the year.", "2025"),
    # a part of another year is that year
    ("Algeria expelled 16,000 people in the first half of 2019.", "2019"),
])
def test_a_part_of_the_year_is_this_year(text: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, D(2025, 10, 15))] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The republic agreed to it in the spring.", [("the spring", "2025")]),
    ("Talks resumed in the winter.", [("the winter", "2024")]),
    # a season with its year is that year
    ("Talks resumed in the spring of 2023.", [("2023", "2023")]),
    # "in fall" may be the verb
    ("Prices could rise in fall sales.", []),
])
def test_a_season_without_a_year_is_the_last_one_begun(text: str, expected: list) -> None:
    assert [(d.text, d.value) for d in find_dates(text, D(2025, 9, 5))] == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    (["The flight left on March 3, 2024.", "The previous week, lawyers had filed suit."],
     [("The previous week", "2024-02")]),
    (["The deal was signed in 2019.", "That same year, the first flights left."],
     [("That same year", "2019")]),
    (["The deal was signed in May 2019.", "Weeks later, the first flights left."],
     [("Weeks later", "2019-05")]),
])
def test_previous_and_same_lean_on_the_date_before(sentences: list[str], expected: list) -> None:
    assert _resolved(sentences, D(2025, 9, 5)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an expected event in a month already past this year is next year's
    ("Flights are due to start in January.", "2027-01"),
    ("Denmark expects to transfer the first inmates to the rented prison in April, it said.",
     "2026-04"),
    # a past event, and a month after the clause of the expectation, keep the convention
    ("Denmark transferred the first inmates in April.", "2025-04"),
    ("Flights will begin soon, the ministry said in January.", "2026-01"),
])
def test_an_expected_month_lies_ahead(text: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, D(2026, 2, 4))] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The men were flown out on the weekend.", [("on the weekend", "2025-09")]),
    ("Talks resumed at the start of the month.", [("the start of the month", "2025-09")]),
])
def test_weekend_and_start_of_the_month(text: str, expected: list) -> None:
    assert [(d.text, d.value) for d in find_dates(text, D(2025, 9, 10))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an expected event in a month or season without a year: the next one, not the last
    ("The first removals could take place as soon as early March.", "2027-03"),
    ("Officials said flights might resume in March.", "2027-03"),
    ("The government hopes to begin transfers in January.", "2027-01"),
    ("The first people could be transferred in the summer.", "2027"),
    ("Flights are likely to start in the spring, officials said.", "2027"),
    ("The ministry aims to open the centre as early as April.", "2027-04"),
    # near misses: past events keep the last such month or season
    ("The first removals took place in early March.", "2026-03"),
    ("The first people were transferred in the summer.", "2026"),
])
def test_an_expected_month_or_season_is_the_next_one(text: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, D(2026, 10, 15))] == [expected]


@pytest.mark.parametrize(("text", "value"), [
    # near misses: a year after "of" that is no law's name stays a date (round 8)
    ("The deal was signed in the spring of 2024.", "2024"),
    ("The first flights of 2025 landed in Juba.", "2025"),
])
def test_a_year_after_of_is_still_a_date(text: str, value: str) -> None:
    assert value in {d.value for d in find_dates(text, D(2025, 7, 7))}


# A time told relative to the date just mentioned ("within days", "around the same time") leans
# on it at month precision; "within" only where it opens a clause: after a verb it is a span
# ("could arrive within weeks", "driven out again within days").
@pytest.mark.parametrize(("sentences", "expected"), [
    (["Rubio toured Central America in February.", "Within days, 299 people were flown to "
      "Panama City."], [("Within days", "2025-02")]),
    (["The deal was agreed in early February, and within days three flights landed."],
     [("early February", "2025-02"), ("within days", "2025-02")]),
    (["He signed the proclamation on March 14.", "Within a day of it, 137 men were flown out."],
     [("Within a day", "2025-03")]),
    (["Costa Rica took 200 people in February.", "Panama, which received 299 on three flights "
      "around the same time, faced criticism."], [("around the same time", "2025-02")]),
    (["The first group arrived in July 2025.", "Panama went further: within weeks more "
      "flights had landed."], [("within weeks", "2025-07")]),
    (["Flights began in August.", "At about the same time, Ghana took in 14 men."],
     [("about the same time", "2025-08")]),
])
def test_a_time_relative_to_the_date_before_leans_on_it(sentences: list[str],
                                                        expected: list) -> None:
    earlier, last = sentences[:-1], sentences[-1]
    if not earlier:  # the date leant on is in the same sentence
        found = find_dates(last, D(2025, 9, 5))
        assert [(d.text, d.value) for d in resolve_anaphors(found, [], D(2025, 9, 5))] == \
            expected
        return
    assert _resolved(sentences, D(2025, 9, 5)) == expected


@pytest.mark.parametrize("sentences", [
    ["Kigali agreed in August to take 250 people.", "The first could arrive within weeks."],
    ["He was flown to Paro in June.", "He was driven out of it again within days."],
])
def test_a_span_after_a_verb_is_no_date(sentences: list[str]) -> None:
    assert _resolved(sentences, D(2025, 9, 5)) == []
