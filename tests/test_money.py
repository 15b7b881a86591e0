"""Amounts of money in news text, with ISO 4217 currencies (extraction/money.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thirdcountry.extraction.money import MoneyMention, find_money

DEV_CORPUS = Path("/work/shared/corpus/dev")

# text | the mention found | amount | currency
FOUND_TABLE = """
the United States will provide $5.1 million to Eswatini | $5.1 million | 5100000 | USD
the United States will provide US$5.1 million to Eswatini | US$5.1 million | 5100000 | USD
a grant of US$100,000 for reintegration | US$100,000 | 100000 | USD
The government has paid Rwanda £140 million so far. | £140 million | 140000000 | GBP
the £140m deal | £140m | 140000000 | GBP
Brussels offered €5 million in aid | €5 million | 5000000 | EUR
a centre costing 7.5 million euros a year | 7.5 million euros | 7500000 | EUR
an offer of 5 million dollars | 5 million dollars | 5000000 | USD
Washington pays about $6 million for a year | $6 million | 6000000 | USD
a $1bn package | $1bn | 1000000000 | USD
an up-front payment of A$408 million | A$408 million | 408000000 | AUD
a budget of KSh10 billion | KSh10 billion | 10000000000 | KES
a fund of USD 5 million | USD 5 million | 5000000 | USD
a cost of 140 million pounds | 140 million pounds | 140000000 | GBP
aid worth $5-7 million | $5-7 million | 5000000 | USD
they paid smugglers more than $20,000 | $20,000 | 20000 | USD
$3,500 in cash and a one-way ticket | $3,500 | 3500 | USD
Australia paid 40 million Australian dollars | 40 million Australian dollars | 40000000 | AUD
"""
FOUND = [
    (text, found, float(amount), currency)
    for text, found, amount, currency in (
        [cell.strip() for cell in row.split("|")] for row in FOUND_TABLE.strip().splitlines()
    )
]


@pytest.mark.parametrize(("text", "found", "amount", "currency"), FOUND)
def test_money_is_found_with_amount_and_currency(text, found, amount, currency):
    mentions = find_money(text)
    assert (found, amount, currency) in [(m.text, m.amount, m.currency) for m in mentions]
    assert all(text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will spend Sh10 billion on the camps.",  # Kenyan, Ugandan or Tanzanian shilling
        "a fine of ¥500",  # yen or yuan
        "a fee of 500 francs",
        "Police seized 200 pounds of cocaine.",
        "More than 1,500 people were moved.",
        "Washington pays his government millions.",
        "paid $ and more",
    ],
)
def test_non_money_and_ambiguous_currencies_are_not_found(text):
    assert find_money(text) == []


def test_a_range_to_a_second_amount_gives_two_mentions():
    assert find_money("between $5 million and $7 million") == [
        MoneyMention(8, 18, "$5 million", 5000000.0, "USD"),
        MoneyMention(23, 33, "$7 million", 7000000.0, "USD"),
    ]


def test_amount_followed_by_to_and_a_count_keeps_the_count_out():
    assert find_money("paid $500 to 300 families") == [MoneyMention(5, 9, "$500", 500.0, "USD")]


def _gold_payments():
    """Each gold payment with its document: the amount may sit outside the fact's evidence."""
    for path in sorted(DEV_CORPUS.glob("*.facts.jsonl")):
        text = path.with_name(path.name.replace(".facts.jsonl", ".txt")).read_text("utf-8")
        for line in path.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line) if line.strip() else {}
            payment = (fact.get("terms") or {}).get("payment")
            if payment:
                yield payment, text


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus not available")
def test_dev_corpus_gold_payments_are_found():
    # A bare "$" is read as USD; the gold gives AUD where the article is Australian, which
    # needs the country context the caller has.
    payments = list(_gold_payments())
    for payment, text in payments:
        found = {(m.amount, m.currency) for m in find_money(text)}
        assert payment["amount"] in {amount for amount, _ in found}, payment
        if payment["currency"] != "AUD":
            assert (payment["amount"], payment["currency"]) in found, payment
    assert payments
