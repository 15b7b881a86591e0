"""``/api/changes``: new facts and pair status changes by the day the database learnt them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from thirdcountry.api.changes import ChangeDay, recent_changes
from thirdcountry.api.csvformat import CSV_RESPONSES, csv_response
from thirdcountry.api.deps import FormatQuery, SessionDep
from thirdcountry.api.schemas import ChangeList, ChangePublic
from thirdcountry.web.present import fact_label, pair_text, stage_label

router = APIRouter(tags=["changes"])


def change_items(days: list[ChangeDay]) -> list[ChangePublic]:
    """Flatten change days into items: each day's status changes first, then its new facts."""
    items = []
    for day in days:
        for change in day.status_changes:
            before = stage_label(change.from_stage) if change.from_stage else "first reported"
            items.append(ChangePublic(
                day=day.day.isoformat(), change="status_change",
                summary=f"{pair_text(change.deporting, change.receiving)}: {before} → "
                        f"{stage_label(change.to_stage)} ({change.certainty})",
                deporting_country=change.deporting, receiving_country=change.receiving,
                from_stage=change.from_stage, to_stage=change.to_stage,
                fact_id=change.fact_ids[0] if change.fact_ids else None, fact_type=None,
                document_id=None,
            ))
        for record, document in day.new_facts:
            items.append(ChangePublic(
                day=day.day.isoformat(), change="new_fact", summary=fact_label(record),
                deporting_country=record.deporting_country,
                receiving_country=record.receiving_country, from_stage=None,
                to_stage=record.stage, fact_id=record.id, fact_type=record.type,
                document_id=document.id,
            ))
    return items


@router.get("/changes", response_model=ChangeList, responses=CSV_RESPONSES)
def changes(
    session: SessionDep,
    days: Annotated[int, Query(ge=1, le=60, description="Active days (days with new facts) "
                                                        "to cover")] = 7,
    before: Annotated[dt.date | None, Query(description="Only days before this one "
                                                        "(YYYY-MM-DD)")] = None,
    output: FormatQuery = "json",
) -> ChangeList | Response:
    """What changed, newest day first: pairs whose current status moved, and new facts."""
    found, older = recent_changes(session, days=days, before=before)
    items = change_items(found)
    if output == "csv":
        return csv_response(ChangePublic, items, "changes")
    return ChangeList(items=items, next_before=older.isoformat() if older else None)
